-- Run by Flyway after every migration, as the schema's owner: what the application role may do
-- (docs/operations.md, "Database roles"). Re-run at every start, so new tables get the same rights.
-- The application role reads and writes the source data, but can only append to the audit trail (no
-- UPDATE, DELETE or TRUNCATE), cannot touch the migration history, and owns nothing: only an owner or a
-- superuser can disable a trigger.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user THEN
        RAISE WARNING 'Marrow connects as the schema owner %: the audit trail is not protected by privileges; create an application role (docs/operations.md)', app;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE WARNING 'Marrow: the application role % does not exist; no privileges granted (docs/operations.md)', app;
        RETURN;
    END IF;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log, audit_key, audit_chain_start, sign_in_event, data_export FROM %I', app);
    EXECUTE format('REVOKE DELETE ON randomization_slot FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
END $$;
