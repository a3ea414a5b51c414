-- identity: two-factor sign-in (RFC 6238 codes). The secret is kept encrypted (AES-GCM, key outside the database);
-- recovery codes only as their SHA-256; the last time step a code was accepted for, so that no code counts twice.
create table two_factor (
    username        varchar(64)  primary key references backoffice_user (username),
    secret_cipher   varchar(200) not null,
    started_at      timestamp with time zone not null,
    confirmed_at    timestamp with time zone,
    last_used_step  bigint
);

create table two_factor_recovery_code (
    username   varchar(64) not null references backoffice_user (username),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone,
    primary key (username, code_hash)
);

-- Who must use two factors (a product setting); no row: the configured default.
create table two_factor_policy (
    id            integer     primary key,
    required_for  varchar(32) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(64) not null
);
