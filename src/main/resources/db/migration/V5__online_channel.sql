-- 渠道 (online channels): the ways citizens reach an office other than a phone call — a web mailbox,
-- an online platform, a WeChat official account, a mini-program or app — with their history.
-- Portable between H2 and PostgreSQL, like V1.

create table online_channel (
    id              varchar(64)   not null primary key,
    type            varchar(32)   not null,
    name            varchar(200)  not null,
    handle          varchar(100),
    url             varchar(500),
    description     varchar(2000),
    organization_id varchar(64)   references organization (id),
    source          varchar(500)  not null,
    retired         boolean       default false not null,
    version         bigint        default 0 not null,
    last_verified   date,
    verified_by     varchar(100),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(100)
);
create index online_channel_organization_idx on online_channel (organization_id);

create table online_channel_service (
    channel_id varchar(64) not null references online_channel (id),
    service_id varchar(64) not null references public_service (id),
    primary key (channel_id, service_id)
);
create index online_channel_service_idx on online_channel_service (service_id);

create table online_channel_region (
    channel_id  varchar(64) not null references online_channel (id),
    region_code varchar(12) not null references region (code),
    primary key (channel_id, region_code)
);
create index online_channel_region_idx on online_channel_region (region_code);

create table online_channel_aud (
    rev             bigint        not null references revision (id),
    revtype         smallint,
    id              varchar(64)   not null,
    type            varchar(32),
    name            varchar(200),
    handle          varchar(100),
    url             varchar(500),
    description     varchar(2000),
    organization_id varchar(64),
    source          varchar(500),
    retired         boolean,
    version         bigint,
    last_verified   date,
    verified_by     varchar(100),
    updated_at      timestamp(6) with time zone,
    updated_by      varchar(100),
    primary key (rev, id)
);

create table online_channel_service_aud (
    rev        bigint      not null references revision (id),
    revtype    smallint,
    channel_id varchar(64) not null,
    service_id varchar(64) not null,
    primary key (rev, channel_id, service_id)
);

create table online_channel_region_aud (
    rev         bigint      not null references revision (id),
    revtype     smallint,
    channel_id  varchar(64) not null,
    region_code varchar(12) not null,
    primary key (rev, channel_id, region_code)
);
