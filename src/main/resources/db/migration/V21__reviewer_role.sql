-- identity: the role of the people who review applications is called REVIEWER (it was USER). The API still accepts
-- the former word for one release; what is stored and answered is the new one. The security audit keeps what it
-- recorded at the time (its rows are append-only).
update backoffice_user set role = 'REVIEWER' where role = 'USER';
