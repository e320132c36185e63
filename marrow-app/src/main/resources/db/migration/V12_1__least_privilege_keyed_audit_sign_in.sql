-- A record a regulator can trust (docs/operations.md): the keyed audit chain, the sign-in throttle and
-- events kept in the database, disabling users, and the log of exports. The privileges of the application
-- role are granted in afterMigrate.sql, after every migration.

-- Rows that must never change once written, whoever the application connects as.
CREATE FUNCTION marrow_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- The audit key: only its fingerprint (an HMAC of a fixed text under the key) is kept here, so that a wrong
-- key is recognised before anything is written with it.
CREATE TABLE audit_key (
    id          integer PRIMARY KEY CHECK (id = 1),
    fingerprint char(64) NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Where each chain's keyed part starts: the rows up to `position` were written before the key (plain
-- SHA-256; `hash` is the last of them, GENESIS when none); the rows after it are HMAC-SHA-256. `mac` is the
-- HMAC of chain, position and hash under the key: a switch point moved or forged does not verify.
CREATE TABLE audit_chain_start (
    chain      integer PRIMARY KEY CHECK (chain BETWEEN 1 AND 16),
    position   bigint NOT NULL CHECK (position >= 0),
    hash       char(64) NOT NULL,
    mac        char(64) NOT NULL
);
CREATE TRIGGER audit_key_append_only BEFORE UPDATE OR DELETE ON audit_key
    FOR EACH ROW EXECUTE FUNCTION marrow_append_only();
CREATE TRIGGER audit_key_no_truncate BEFORE TRUNCATE ON audit_key
    FOR EACH STATEMENT EXECUTE FUNCTION marrow_append_only();
CREATE TRIGGER audit_chain_start_append_only BEFORE UPDATE OR DELETE ON audit_chain_start
    FOR EACH ROW EXECUTE FUNCTION marrow_append_only();
CREATE TRIGGER audit_chain_start_no_truncate BEFORE TRUNCATE ON audit_chain_start
    FOR EACH STATEMENT EXECUTE FUNCTION marrow_append_only();

-- Sign-in throttle: attempts counted before the password is checked, per user name, per client address and
-- per both (org.marrow.app.security.SignInThrottle). Kept here so that a restart does not clear it.
CREATE TABLE sign_in_throttle (
    scope        text NOT NULL CHECK (scope IN ('USER', 'ADDRESS', 'USER_ADDRESS')),
    key          text NOT NULL,
    attempts     integer NOT NULL,
    last_attempt timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

-- Failed and throttled sign-ins (and page sign-ins), each audited.
CREATE TABLE sign_in_event (
    id       bigserial PRIMARY KEY,
    at       timestamptz NOT NULL,
    username text NOT NULL,
    address  text NOT NULL,
    outcome  text NOT NULL CHECK (outcome IN ('SIGNED_IN', 'FAILED', 'THROTTLED'))
);

-- A password change or a disable ends the user's sessions: a session remembers the epoch it was opened in.
ALTER TABLE app_user ADD COLUMN session_epoch integer NOT NULL DEFAULT 0;

-- Every export and report download: who, what, when (audited as an INSERT of this table).
CREATE TABLE data_export (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    study_id     bigint REFERENCES study(id),
    what         text NOT NULL,
    content_hash text
);
