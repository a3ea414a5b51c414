-- Documents move out of the database into a document store (file system or S3), encrypted; the row keeps the
-- metadata, the content's SHA-256, where the sealed bytes are and the wrapped data key. content stays only for
-- rows the migration (DocumentMigration) has not moved yet.
alter table application_document add column storage_key varchar(200);
alter table application_document add column sha256 varchar(64);
alter table application_document add column kek_id varchar(64);
alter table application_document add column wrapped_key varchar(200);
alter table application_document alter column content drop not null;
create index application_document_kek_idx on application_document (kek_id);
