-- PostgreSQL only (db/vendor/postgresql): searching a part of a name ("like '%...%'") uses a trigram index instead
-- of reading every application. H2 has no such index and scans, which is fine at its sizes. Versions are shared with
-- db/migration: the next common migration is V7.
create extension if not exists pg_trgm;
create index investor_application_name_trgm_idx on investor_application using gin (upper(applicant_name) gin_trgm_ops);
