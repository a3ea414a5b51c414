-- distribution: the flow (BPMN process key, and a version or the latest) a distributor's applications start.
alter table distributor add column flow_key varchar(100);
alter table distributor add column flow_version integer;
