-- distribution: the EUINs (employee unique identification numbers of the distributor's advisers) and the AMCs a
-- distributor works with.
create table distributor_euin (
    arn  varchar(20) not null references distributor (arn),
    euin varchar(7)  not null,
    primary key (arn, euin)
);
create table distributor_amc (
    arn varchar(20)  not null references distributor (arn),
    amc varchar(200) not null,
    primary key (arn, amc)
);
