-- The directory's schema, portable between H2 (embedded default) and PostgreSQL (production).
-- Only varchar, integer, bigint, boolean and date; no vendor types, no sequences.

create table region (
    code        varchar(12)  not null primary key,
    name        varchar(100) not null,
    level       varchar(32)  not null,
    parent_code varchar(12)  references region (code),
    pinyin      varchar(300),
    source      varchar(500) not null
);
create index region_parent_idx on region (parent_code);

create table region_alias (
    region_code varchar(12)  not null references region (code),
    position    integer      not null,
    alias       varchar(100) not null,
    primary key (region_code, position)
);

create table organization (
    id          varchar(64)   not null primary key,
    name        varchar(200)  not null,
    short_name  varchar(100),
    parent_id   varchar(64)   references organization (id),
    region_code varchar(12)   references region (code),
    description varchar(2000),
    source      varchar(500)  not null
);

create table public_service (
    id              varchar(64)   not null primary key,
    name            varchar(200)  not null,
    description     varchar(2000),
    organization_id varchar(64)   references organization (id),
    source          varchar(500)  not null
);

create table service_alias (
    service_id varchar(64)  not null references public_service (id),
    position   integer      not null,
    alias      varchar(100) not null,
    primary key (service_id, position)
);

create table location (
    id          varchar(64)  not null primary key,
    name        varchar(200) not null,
    address     varchar(500),
    region_code varchar(12)  not null references region (code),
    source      varchar(500) not null
);

create table service_window (
    id              varchar(64)  not null primary key,
    location_id     varchar(64)  not null references location (id),
    label           varchar(200) not null,
    floor           varchar(50),
    zone            varchar(50),
    number          varchar(50),
    organization_id varchar(64)  references organization (id),
    source          varchar(500) not null
);
create index service_window_location_idx on service_window (location_id);

create table service_window_service (
    window_id  varchar(64) not null references service_window (id),
    service_id varchar(64) not null references public_service (id),
    primary key (window_id, service_id)
);
create index service_window_service_idx on service_window_service (service_id);

create table hotline (
    id              varchar(64)   not null primary key,
    number_key      varchar(20)   not null,
    e164            varchar(20),
    display         varchar(32)   not null,
    kind            varchar(16)   not null,
    type            varchar(16)   not null,
    label           varchar(200)  not null,
    description     varchar(2000),
    hours           varchar(500),
    organization_id varchar(64)   references organization (id),
    nationwide      boolean       not null,
    status          varchar(16)   not null,
    merged_into_id  varchar(64)   references hotline (id),
    status_note     varchar(1000),
    source          varchar(500)  not null,
    last_verified   date
);
create index hotline_number_idx on hotline (number_key);
create index hotline_organization_idx on hotline (organization_id);

create table hotline_service (
    hotline_id varchar(64) not null references hotline (id),
    service_id varchar(64) not null references public_service (id),
    primary key (hotline_id, service_id)
);
create index hotline_service_idx on hotline_service (service_id);

create table hotline_region (
    hotline_id  varchar(64) not null references hotline (id),
    region_code varchar(12) not null references region (code),
    primary key (hotline_id, region_code)
);
create index hotline_region_idx on hotline_region (region_code);
