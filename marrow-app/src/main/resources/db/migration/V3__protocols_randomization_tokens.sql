-- Issue 6: studies take their response criteria set from their protocol. The chosen set is kept,
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
