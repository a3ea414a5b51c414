-- application: when an application's personal data was erased (retention, or an admin's erasure request). The row
-- stays, without personal data, for the MIS and the summary; its timeline says who erased it and why.
alter table investor_application add column erased_at timestamp with time zone;
alter table investor_application add column erased_by varchar(64);
