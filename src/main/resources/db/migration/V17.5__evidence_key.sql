-- The evidence signing key generated when none is configured (backops.evidence.*): one row, shared by every node.
create table evidence_signing_key (
    id          integer      primary key,
    private_key varchar(200) not null,
    public_key  varchar(200) not null,
    created_at  timestamp with time zone not null
);
