-- settings: the product settings an admin saved (JSON, one row); until then the configuration's values hold.
create table product_settings (
    id         integer primary key,
    document   text                     not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(64)              not null
);
