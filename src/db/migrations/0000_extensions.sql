-- Search needs these three everywhere we run (PGlite loads them as WASM contrib modules,
-- Debian's PostgreSQL ships them in postgresql-contrib). All three are "trusted" since
-- PostgreSQL 13, so a database owner without superuser rights can create them.
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
