-- application: a four-eyes decision waiting for its checker, a reversal waiting for its second person, and the KRA
-- push's claim (set before any KRA is called, so a reversal cannot race a push).
alter table investor_application add column approval_decision varchar(16);
alter table investor_application add column approval_reason varchar(1000);
alter table investor_application add column approval_maker varchar(64);
alter table investor_application add column approval_requested_at timestamp with time zone;
alter table investor_application add column reversal_requested_by varchar(64);
alter table investor_application add column reversal_reason varchar(1000);
alter table investor_application add column reversal_requested_at timestamp with time zone;
alter table investor_application add column kra_push_claimed_at timestamp with time zone;
create index investor_application_approval_idx on investor_application (approval_requested_at);
