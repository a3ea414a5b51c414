-- identity: investors sign in too (role INVESTOR); an auto-login link carries a one-time token, stored hashed.
create table login_token (
    token_hash  varchar(64) primary key,
    username    varchar(64) not null references backoffice_user (username),
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index login_token_username_idx on login_token (username);

-- application: who submitted it, so that an investor sees and resubmits his own and nothing else.
alter table investor_application add column submitted_by varchar(64);
create index investor_application_submitted_by_idx on investor_application (submitted_by, submitted_at);
