-- application: the list's tab counts per scope, kept by every transition in the same transaction (TabCounts), so a
-- tab's count costs a handful of rows however many applications the years have brought. V27.1 fills it.
-- dimension: EVERYONE (scope_key '*'), ASSIGNEE, CHANNEL (a distributor's ARN) or SUBMITTER (an investor);
-- tab: a status, or AWAITING_APPROVAL (pending with a decision waiting for its checker).
create table application_tab_count (
    dimension varchar(16) not null,
    scope_key varchar(128) not null,
    tab varchar(24) not null,
    n bigint not null,
    constraint pk_application_tab_count primary key (dimension, scope_key, tab)
);
