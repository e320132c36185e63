-- Marrow trial database. Source data only: severity, response, grades and eligibility are derived
-- on demand by marrow-clinical / marrow-protocol and never stored.

CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    enabled       boolean NOT NULL DEFAULT true,
    version       integer NOT NULL DEFAULT 0
);

CREATE TABLE user_role (
    user_id bigint NOT NULL REFERENCES app_user(id),
    role    text NOT NULL CHECK (role IN ('ADMIN', 'INVESTIGATOR', 'COORDINATOR', 'MONITOR', 'STATISTICIAN')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE site (
    id      bigserial PRIMARY KEY,
    code    text NOT NULL UNIQUE,
    name    text NOT NULL,
    version integer NOT NULL DEFAULT 0
);

CREATE TABLE site_member (
    user_id bigint NOT NULL REFERENCES app_user(id),
    site_id bigint NOT NULL REFERENCES site(id),
    PRIMARY KEY (user_id, site_id)
);

CREATE TABLE study (
    id               bigserial PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    title            text NOT NULL,
    protocol_id      text NOT NULL,
    protocol_version text NOT NULL,
    criteria_set     text NOT NULL CHECK (criteria_set IN ('five-tier', 'standard', 'lineage')),
    -- data set files the study has even when empty (docs/dataset-format.md), for a lossless export
    dataset_files    text NOT NULL DEFAULT '',
    version          integer NOT NULL DEFAULT 0
);

CREATE TABLE subject (
    id                bigserial PRIMARY KEY,
    study_id          bigint NOT NULL REFERENCES study(id),
    site_id           bigint NOT NULL REFERENCES site(id),
    subject_code      text NOT NULL,
    sex               char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date        date NOT NULL,
    weight_kg         numeric NOT NULL CHECK (weight_kg > 0),
    height_cm         numeric NOT NULL CHECK (height_cm > 0),
    screened_on       date,
    arm               text,
    enrolled_on       date,
    first_dose_on     date,
    withdrawn_on      date,
    withdrawal_reason text,
    version           integer NOT NULL DEFAULT 0,
    UNIQUE (study_id, subject_code)
);
CREATE INDEX subject_site ON subject (site_id);

CREATE TABLE lab (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    date       date NOT NULL,
    test       text NOT NULL,
    value      numeric NOT NULL,
    unit       text NOT NULL,
    uln        numeric,
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX lab_subject ON lab (subject_id);

CREATE TABLE transfusion (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    date       date NOT NULL,
    product    text NOT NULL,
    units      integer NOT NULL,
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX transfusion_subject ON transfusion (subject_id);

CREATE TABLE dose (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    date       date NOT NULL,
    drug       text NOT NULL,
    dose       numeric NOT NULL,
    unit       text NOT NULL,
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX dose_subject ON dose (subject_id);

CREATE TABLE adverse_event (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    term       text NOT NULL,
    grade      integer NOT NULL,
    start_date date NOT NULL,
    end_date   date,
    serious    boolean NOT NULL,
    related_to text NOT NULL DEFAULT '',
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX adverse_event_subject ON adverse_event (subject_id);

CREATE TABLE study_event (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    date       date NOT NULL,
    type       text NOT NULL,
    note       text NOT NULL DEFAULT '',
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX study_event_subject ON study_event (subject_id);

CREATE TABLE screening_history (
    id         bigserial PRIMARY KEY,
    subject_id bigint NOT NULL REFERENCES subject(id),
    item       text NOT NULL,
    value      text NOT NULL,
    date       date,
    note       text NOT NULL DEFAULT '',
    version    integer NOT NULL DEFAULT 0
);
CREATE INDEX screening_history_subject ON screening_history (subject_id);

CREATE TABLE data_query (
    id          bigserial PRIMARY KEY,
    subject_id  bigint NOT NULL REFERENCES subject(id),
    record_table text,
    record_id   bigint,
    field       text,
    question    text NOT NULL,
    status      text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    raised_by   text NOT NULL,
    answer      text,
    answered_by text,
    closed_by   text,
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX data_query_subject ON data_query (subject_id);

-- The audit trail: append-only, hash-chained. seq is assigned under the lock on audit_head, so the
-- chain order is the commit order.
CREATE TABLE audit_log (
    seq        bigint PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    table_name text NOT NULL,
    record_id  bigint NOT NULL,
    action     text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    -- json (not jsonb) keeps the text exactly as hashed
    old_value  json,
    new_value  json,
    reason     text,
    prev_hash  char(64) NOT NULL,
    hash       char(64) NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);

CREATE TABLE audit_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    hash char(64) NOT NULL
);
INSERT INTO audit_head VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
