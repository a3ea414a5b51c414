-- Every bulk action's full answer (ids and outcomes), and its idempotency key: a repeat gets the stored answer.
create table bulk_action (
    id              varchar(36)              primary key,
    actor           varchar(64)              not null,
    idempotency_key varchar(64),
    action          varchar(16)              not null,
    created_at      timestamp with time zone not null,
    result          text
);
create unique index bulk_action_key_idx on bulk_action (actor, idempotency_key);
