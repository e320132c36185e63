-- Daily work at a site (docs/operations.md, "Voided records"; docs/api.md).
--
-- A source record entered in error is voided with a reason instead of deleted: it stays in its table and in
-- the audit trail, is shown struck through, and is left out of every derivation (the study data the rules and
-- marrow-analysis read: org.marrow.app.record.SourceRecords). An administrator can restore it. A void and a
-- restore are UPDATEs of these columns, audited with their reason like any change; the application role
-- needs no new privilege (afterMigrate.sql grants UPDATE on the source tables already).
ALTER TABLE lab ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
ALTER TABLE transfusion ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
ALTER TABLE dose ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
ALTER TABLE adverse_event ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
ALTER TABLE study_event ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
ALTER TABLE screening_history ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text,
    ADD COLUMN void_reason text;

-- A query's times, for the monitor's list (age, time to answer). Existing queries take theirs from the audit
-- trail, which has recorded every raise, answer and close.
ALTER TABLE data_query ADD COLUMN raised_at timestamptz, ADD COLUMN answered_at timestamptz,
    ADD COLUMN closed_at timestamptz;
UPDATE data_query q SET raised_at = (SELECT min(a.at) FROM audit_log a
                                     WHERE a.table_name = 'data_query' AND a.record_id = q.id AND a.action = 'INSERT');
UPDATE data_query q SET answered_at = (SELECT min(a.at) FROM audit_log a
                                       WHERE a.table_name = 'data_query' AND a.record_id = q.id
                                         AND a.action = 'UPDATE' AND a.new_value ->> 'status' = 'ANSWERED')
    WHERE q.status IN ('ANSWERED', 'CLOSED');
UPDATE data_query q SET closed_at = (SELECT min(a.at) FROM audit_log a
                                     WHERE a.table_name = 'data_query' AND a.record_id = q.id
                                       AND a.action = 'UPDATE' AND a.new_value ->> 'status' = 'CLOSED')
    WHERE q.status = 'CLOSED';
UPDATE data_query SET raised_at = now() WHERE raised_at IS NULL;
ALTER TABLE data_query ALTER COLUMN raised_at SET NOT NULL;

-- The subject list, the status grid and the query list with 1,000 subjects: every filter and join indexed.
CREATE INDEX subject_study_site ON subject (study_id, site_id);
CREATE INDEX lab_subject_date ON lab (subject_id, date);
DROP INDEX lab_subject;
CREATE INDEX data_query_subject_status ON data_query (subject_id, status);
DROP INDEX data_query_subject;
CREATE INDEX data_query_record ON data_query (record_table, record_id) WHERE record_id IS NOT NULL;
-- A subject's whole audit history (the subject and every record that names it).
-- (As text: no cast can fail on a row of another table.)
CREATE INDEX audit_log_subject ON audit_log ((coalesce(new_value, old_value) ->> 'subject_id'))
    WHERE table_name <> 'subject';
