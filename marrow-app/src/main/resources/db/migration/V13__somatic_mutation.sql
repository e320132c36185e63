-- Somatic mutation test results (mutations.csv, docs/dataset-format.md): one row per mutation found,
-- or one row with gene 'none' (and no variant or VAF) for a test that detected none. Audited like the
-- other source tables, by the application's audit trail.
CREATE TABLE somatic_mutation (
    id          bigserial PRIMARY KEY,
    subject_id  bigint NOT NULL REFERENCES subject(id),
    date        date NOT NULL,
    gene        text NOT NULL,
    variant     text,
    vaf_percent numeric,
    version     integer NOT NULL DEFAULT 0
);
CREATE INDEX somatic_mutation_subject ON somatic_mutation (subject_id);
