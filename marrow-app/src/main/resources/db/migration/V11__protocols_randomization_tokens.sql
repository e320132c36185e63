-- Issue 6 (numbered after the web pages' V10): studies take their response criteria set from their protocol. The chosen set is kept,
-- renamed, for studies created before protocols were bound whose protocol is not known to the
-- server; new studies leave it empty.
ALTER TABLE study RENAME COLUMN criteria_set TO legacy_criteria_set;
ALTER TABLE study ALTER COLUMN legacy_criteria_set DROP NOT NULL;

-- Randomization: one permuted-block list per study and stratum, generated from a seed drawn when
-- the stratum's first subject is enrolled (org.marrow.stats.randomization; the design text says how
-- to regenerate it: marrow design randomize --arms ... --ratio ... --block ... --seed ...).
CREATE TABLE randomization_stratum (
    id       bigserial PRIMARY KEY,
    study_id bigint NOT NULL REFERENCES study(id),
    stratum  text NOT NULL,
    seed     bigint NOT NULL,
    design   text NOT NULL,
    created  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (study_id, stratum)
);

CREATE TABLE randomization_slot (
    id          bigserial PRIMARY KEY,
    stratum_id  bigint NOT NULL REFERENCES randomization_stratum(id),
    sequence    integer NOT NULL CHECK (sequence >= 1),
    block       integer NOT NULL,
    block_size  integer NOT NULL,
    arm         text NOT NULL,
    subject_id  bigint UNIQUE REFERENCES subject(id),
    assigned_at timestamptz,
    UNIQUE (stratum_id, sequence)
);

-- A list is never rewritten: a slot may only be taken once, and nothing else in it changes.
CREATE FUNCTION randomization_slot_taken_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'randomization_slot rows cannot be deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.subject_id IS NOT NULL OR NEW.subject_id IS NULL
       OR NEW.stratum_id <> OLD.stratum_id OR NEW.sequence <> OLD.sequence OR NEW.block <> OLD.block
       OR NEW.block_size <> OLD.block_size OR NEW.arm <> OLD.arm THEN
        RAISE EXCEPTION 'randomization slot % can only be assigned once, to a subject', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER randomization_slot_immutable BEFORE UPDATE OR DELETE ON randomization_slot
    FOR EACH ROW EXECUTE FUNCTION randomization_slot_taken_once();

-- API tokens: only the SHA-256 of the token is stored; the token itself is shown once.
CREATE TABLE api_token (
    id         bigserial PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES app_user(id),
    token_hash char(64) NOT NULL UNIQUE,
    label      text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_token_user ON api_token (user_id);

-- The audit trail as 16 hash chains instead of one. With one chain every writing transaction held
-- the single chain head from its audit insert to the end of its commit (a disk flush), so commits
-- were strictly serial. A transaction now appends all its rows to one chain picked at random; commits
-- on different chains overlap (and share disk flushes). Each chain is verified on its own: `position`
-- is the row's place in its chain (from 1, no gaps) and is what the row's hash covers; `seq` stays a
-- global key, in append order, with gaps allowed. The existing rows are chain 1 with position = seq,
-- so their hashes are unchanged.
ALTER TABLE audit_log ADD COLUMN chain integer NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN position bigint;
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log SET position = seq;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
ALTER TABLE audit_log ALTER COLUMN position SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN chain DROP DEFAULT;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_chain_position UNIQUE (chain, position);
CREATE SEQUENCE audit_log_seq OWNED BY audit_log.seq;
SELECT setval('audit_log_seq', coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);
ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT nextval('audit_log_seq');
ALTER TABLE audit_head DROP CONSTRAINT audit_head_id_check;
ALTER TABLE audit_head ADD CONSTRAINT audit_head_chain CHECK (id BETWEEN 1 AND 16);
INSERT INTO audit_head SELECT g, 0, repeat('0', 64) FROM generate_series(2, 16) g;
