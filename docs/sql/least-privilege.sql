-- Gatherwell on PostgreSQL with least privilege (README, "Running in production").
-- Two roles: gatherwell_owner owns the tables and runs migrations (DATABASE_OWNER_URL);
-- gatherwell_app is what the app connects as (DATABASE_URL). The app's role may read and write
-- rows, but may not change the schema, switch off the audit log's append-only trigger, or
-- change or delete what the audit log holds. src/db/least-privilege.test.ts runs this file.

-- 1. Once, as a superuser, connected to any database (psql -U postgres):
CREATE ROLE gatherwell_owner LOGIN PASSWORD 'replace-with-a-long-random-password';
CREATE ROLE gatherwell_app LOGIN PASSWORD 'replace-with-another-long-random-password';
CREATE DATABASE gatherwell OWNER gatherwell_owner;

-- 2. Still as the superuser, connected to the new database (\connect gatherwell).
-- earthdistance is not a "trusted" extension (PostgreSQL 15 marks cube and pg_trgm trusted,
-- not earthdistance), so only a superuser may create it; the first migration then finds all
-- three in place. Debian ships them in postgresql-contrib.
\connect gatherwell
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO gatherwell_app;
-- Tables and sequences the owner creates later (every migration) are open to the app's role
-- for rows only. Migration 0007 takes UPDATE, DELETE and TRUNCATE on the audit log back.
ALTER DEFAULT PRIVILEGES FOR ROLE gatherwell_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO gatherwell_app;
ALTER DEFAULT PRIVILEGES FOR ROLE gatherwell_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO gatherwell_app;

-- 3. Only for a database whose tables existed before these roles (an older deployment moving to
-- least privilege), as the superuser or the owner, after `npm run db:migrate`:
-- @after-migrations
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gatherwell_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO gatherwell_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM gatherwell_app;
REVOKE DELETE, TRUNCATE ON audit_chain FROM gatherwell_app;
