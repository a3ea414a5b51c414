-- application: search by PAN is an exact match; keep it off a full scan.
create index investor_application_pan_idx on investor_application (pan);
