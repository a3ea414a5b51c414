-- Every entry is chained now (17.1, 17.2): no entry may be written without its link, and no position twice.
alter table security_audit alter column chain_seq set not null;
alter table security_audit alter column prev_hash set not null;
alter table security_audit alter column hash set not null;
create unique index security_audit_chain_idx on security_audit (chain_seq);

alter table application_event alter column chain_seq set not null;
alter table application_event alter column prev_hash set not null;
alter table application_event alter column hash set not null;
create unique index application_event_chain_idx on application_event (application_id, chain_seq);
