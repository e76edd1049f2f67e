-- 合作方密钥 (partner API keys): a partner's key gets its own read quota. Only the SHA-256 of the key is kept;
-- the key itself is shown once, when an admin issues it. Revoked keys stay, with who revoked them and when.
-- Portable between H2 and PostgreSQL, like V1.

create table api_key (
    id          varchar(36)   not null primary key,
    name        varchar(100)  not null,
    key_hash    varchar(64)   not null,
    per_minute  bigint        not null,
    burst       bigint        not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100)  not null,
    revoked_at  timestamp(6) with time zone,
    revoked_by  varchar(100)
);
create unique index api_key_hash_idx on api_key (key_hash);
