-- Several KRAs may be configured: each call is recorded with the KRA it went to.
alter table kra_attempt add column kra varchar(8);
update kra_attempt set kra = 'CVL';
