-- H2's side of the PostgreSQL V28 (db/vendor/postgresql): the same indexes for each list, less the partial one H2
-- cannot build, so that both databases keep the same set of indexes to reason about.
create index if not exists investor_application_assignee_list_idx
    on investor_application (assignee, status, submitted_at, id);
create index if not exists investor_application_assignee_all_idx
    on investor_application (assignee, submitted_at, id);
create index if not exists investor_application_distributor_list_idx
    on investor_application (distributor_arn, status, submitted_at, id);
create index if not exists investor_application_distributor_all_idx
    on investor_application (distributor_arn, submitted_at, id);
create index if not exists investor_application_amc_idx
    on investor_application (amc, submitted_at, id);
create index if not exists investor_application_submitter_idx
    on investor_application (submitted_by, submitted_at, id);
create index if not exists kra_submission_status_idx
    on kra_submission (status, updated_at, application_id);

drop index if exists investor_application_status_idx;
drop index if exists investor_application_assignee_idx;
drop index if exists investor_application_submitted_by_idx;
