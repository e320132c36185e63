-- Marrow on an external PostgreSQL: the roles and the database, run once by a superuser with psql:
--   psql -h HOST -U postgres -v owner_password='...' -v app_password='...' -f external-roles.sql
-- marrow_owner owns the schema and runs the migrations; marrow_app is what the application connects as:
-- it reads and writes the data, can only append to the audit trail, and can change no table's triggers.
CREATE ROLE marrow_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE marrow_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
CREATE DATABASE marrow OWNER marrow_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE marrow FROM PUBLIC;
GRANT CONNECT ON DATABASE marrow TO marrow_app;
\connect marrow
ALTER SCHEMA public OWNER TO marrow_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO marrow_app;
