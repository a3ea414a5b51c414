-- The tamper-evident trail (ADR 0005): every timeline and security-audit entry stores its position in its chain,
-- the previous entry's hash and its own; a head row per chain names the count and the last hash. Existing entries
-- are chained by the Java migrations 17.1 (security audit) and 17.2 (timelines); 17.3 then makes the columns required.
alter table security_audit add column chain_seq bigint;
alter table security_audit add column prev_hash varchar(64);
alter table security_audit add column hash varchar(64);

create table security_audit_chain (
    id        integer     primary key,
    entries   bigint      not null,
    head_hash varchar(64) not null
);
insert into security_audit_chain (id, entries, head_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

alter table application_event add column chain_seq bigint;
alter table application_event add column prev_hash varchar(64);
alter table application_event add column hash varchar(64);

create table application_event_chain (
    application_id varchar(20) primary key references investor_application (id),
    entries        bigint      not null,
    head_hash      varchar(64) not null
);
