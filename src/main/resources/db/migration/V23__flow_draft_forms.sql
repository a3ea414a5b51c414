-- review: the Camunda Forms an IT admin edited for a flow draft, deployed with it (gone with the draft).
create table flow_draft_form (
    draft_id   bigint                   not null references flow_draft (id) on delete cascade,
    form_id    varchar(100)             not null,
    form       text                     not null,
    updated_by varchar(100)             not null,
    updated_at timestamp with time zone not null,
    primary key (draft_id, form_id)
);
