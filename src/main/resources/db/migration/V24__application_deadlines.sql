-- application: each application's clocks (review, approval, KRA upload, KRA validation). One row per clock holds its
-- current round: a review that starts again (resubmission, refused approval, reversal) reopens its row. A breach is
-- recorded once per round (breach_recorded_at), by whichever node claims it first.
create table application_deadline (
    application_id     varchar(20) not null references investor_application (id),
    name               varchar(20) not null,
    started_at         timestamp with time zone not null,
    due_at             timestamp with time zone not null,
    met_at             timestamp with time zone,
    breach_recorded_at timestamp with time zone,
    primary key (application_id, name)
);

-- The breach watch and GET /api/deadlines read open clocks by when they are due.
create index application_deadline_open on application_deadline (met_at, due_at);
