-- application: a draft nobody resubmitted in time has dropped off; it stays DRAFT, but cannot come back.
alter table investor_application add column dropped_off_at timestamp with time zone;
