-- The request (or the job a request started) behind a timeline entry and a KRA call, as in the log lines.
alter table application_event add column request_id varchar(64);
alter table kra_attempt add column request_id varchar(64);
