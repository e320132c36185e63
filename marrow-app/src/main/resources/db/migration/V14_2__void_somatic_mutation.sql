-- Somatic mutation results are voided and restored like every other source record (V14_1).
ALTER TABLE somatic_mutation ADD COLUMN voided_at timestamptz, ADD COLUMN voided_by text, ADD COLUMN void_reason text;
