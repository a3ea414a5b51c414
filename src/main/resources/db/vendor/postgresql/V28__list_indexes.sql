-- PostgreSQL only (db/vendor/postgresql; H2 has its own V28 without the partial index). Each list the back office
-- opens, whatever it filters on, walks one index in the list's own order (submitted_at, id) and stops after the page,
-- so a page costs the same at 100,000 applications as at 10,000,000 (docs/indexes.md has each list and its plan).
-- Plain builds, in Flyway's transaction: CONCURRENTLY would wait forever for Flyway's own lock transaction. On a large
-- table they hold back writes to it while they run (minutes at 10,000,000 rows: docs/indexes.md says how to avoid it).

-- A reviewer's own tabs and a manager's team (assignee = ?, status = ?), and everything assigned to someone.
create index if not exists investor_application_assignee_list_idx
    on investor_application (assignee, status, submitted_at, id);
create index if not exists investor_application_assignee_all_idx
    on investor_application (assignee, submitted_at, id);
-- A distributor's list (his channel), and the distributor filter of everyone else, by tab and across tabs.
create index if not exists investor_application_distributor_list_idx
    on investor_application (distributor_arn, status, submitted_at, id);
create index if not exists investor_application_distributor_all_idx
    on investor_application (distributor_arn, submitted_at, id);
-- The AMC filter.
create index if not exists investor_application_amc_idx
    on investor_application (amc, submitted_at, id);
-- An investor's own applications (the old index lacked the id that breaks ties in the order).
create index if not exists investor_application_submitter_idx
    on investor_application (submitted_by, submitted_at, id);
-- The Awaiting approval tab and its gauge: the few decisions waiting for a checker, not every pending application.
create index if not exists investor_application_awaiting_idx
    on investor_application (status, submitted_at, id) where approval_decision is not null;
-- The open-work gauges (monitoring): pending applications and drafts still waiting for the investor, by assignee.
create index if not exists investor_application_open_idx
    on investor_application (status, assignee, escalated) where status in ('PENDING', 'DRAFT') and dropped_off_at is null;
-- The dashboard's "KRA refused" rows: the latest failures, not every application ever pushed.
create index if not exists kra_submission_status_idx
    on kra_submission (status, updated_at, application_id);

-- Left-hand parts of the indexes above or of investor_application_list_idx (status, submitted_at, id): every query
-- they served uses the longer index, and each index costs every write.
drop index if exists investor_application_status_idx;
drop index if exists investor_application_assignee_idx;
drop index if exists investor_application_submitted_by_idx;
