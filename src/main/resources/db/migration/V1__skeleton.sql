-- Backops' own tables (Camunda keeps its ACT_* tables itself). Portable between H2 and PostgreSQL.

-- identity
create table backoffice_user (
    username                 varchar(64)  primary key,
    name                     varchar(100) not null,
    email                    varchar(254) not null,
    employee_code            varchar(32),
    mobile                   varchar(10),
    role                     varchar(16)  not null,
    manager                  varchar(64)  references backoffice_user (username),
    distributor_arn          varchar(20),
    status                   varchar(16)  not null,
    password_hash            varchar(200) not null,
    password_change_required boolean      not null,
    created_at               timestamp with time zone not null
);

-- distribution
create table distributor (
    arn     varchar(20)  primary key,
    name    varchar(200) not null,
    enabled boolean      not null
);

-- application
create sequence application_number_seq start with 1;

create table investor_application (
    id                  varchar(20)  primary key,
    distributor_arn     varchar(20)  not null,
    amc                 varchar(200) not null,
    application_type    varchar(16)  not null,
    applicant_name      varchar(100) not null,
    pan                 varchar(10)  not null,
    date_of_birth       date         not null,
    applicant           text         not null,
    status              varchar(16)  not null,
    kra_status          varchar(16)  not null,
    assignee            varchar(64),
    submitted_at        timestamp with time zone not null,
    decided_at          timestamp with time zone,
    decided_by          varchar(64),
    decision_reason     varchar(1000),
    version             integer      not null
);
create index investor_application_status_idx on investor_application (status, submitted_at);
create index investor_application_assignee_idx on investor_application (assignee, status);

create table application_document (
    id             varchar(36)  primary key,
    application_id varchar(20)  not null references investor_application (id),
    doc_type       varchar(32)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     integer      not null,
    content        bytea        not null
);
create index application_document_application_idx on application_document (application_id);

-- review
create table assignment_rotation (
    pool          varchar(32) primary key,
    last_assignee varchar(64)
);
insert into assignment_rotation (pool, last_assignee) values ('REVIEWERS', null);

-- kra
create table kra_submission (
    application_id varchar(20) primary key,
    kra            varchar(16) not null,
    pan            varchar(10) not null,
    ack_number     varchar(40),
    status         varchar(16) not null,
    status_reason  varchar(500),
    updated_at     timestamp with time zone not null
);

create table kra_attempt (
    id             varchar(36)  primary key,
    application_id varchar(20)  not null,
    attempted_at   timestamp with time zone not null,
    triggered_by   varchar(64)  not null,
    operation      varchar(32)  not null,
    outcome        varchar(16)  not null,
    kra_code       varchar(32),
    message        varchar(500)
);
create index kra_attempt_application_idx on kra_attempt (application_id, attempted_at);
