-- Emails about an account (a lock-out told to its owner) go through the outbox too, and belong to no application.
alter table outbound_message alter column application_id drop not null;
