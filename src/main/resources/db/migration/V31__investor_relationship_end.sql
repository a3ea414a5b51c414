-- application: when an investor's relationship with the AMC ended, recorded by an IT admin. PMLA keeps an investor's
-- records for five years after it; then his accepted applications may be erased like any other (docs/retention.md).
-- The row goes when the last application of its PAN is erased.
create table investor_relationship_end (
    pan         varchar(10)              not null,
    ended_on    date                     not null,
    recorded_by varchar(64)              not null,
    recorded_at timestamp with time zone not null,
    reason      varchar(1000)            not null,
    constraint pk_investor_relationship_end primary key (pan)
);
