-- notification: emails to investors and managers, status callbacks to distributors. Written in the transaction of
-- the change they announce (an outbox), sent after it by a poller, retried with backoff; nothing lost on a restart.
create table outbound_message (
    id              varchar(36)  primary key,
    application_id  varchar(20)  not null,
    channel         varchar(16)  not null,
    -- callbacks: whose secret signs them (read at sending time, so a rotated secret applies to retries too)
    distributor_arn varchar(20),
    event           varchar(32)  not null,
    recipient       varchar(500) not null,
    subject         varchar(500),
    body            text         not null,
    status          varchar(16)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    claimed_until   timestamp with time zone,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index outbound_message_due_idx on outbound_message (status, next_attempt_at);
create index outbound_message_application_idx on outbound_message (application_id, created_at);

create table outbound_attempt (
    id           varchar(36)  primary key,
    message_id   varchar(36)  not null references outbound_message (id),
    attempted_at timestamp with time zone not null,
    outcome      varchar(16)  not null,
    detail       varchar(500)
);
create index outbound_attempt_message_idx on outbound_attempt (message_id, attempted_at);

-- distribution: where a distributor wants status callbacks, per event, and the secret that signs them.
alter table distributor add column callback_secret varchar(64);
create table distributor_callback (
    arn   varchar(20)  not null references distributor (arn),
    event varchar(32)  not null,
    url   varchar(500) not null,
    primary key (arn, event)
);
