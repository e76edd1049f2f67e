-- 导入预览 (spreadsheet import previews): an uploaded sheet's preview, kept until it expires so that any instance
-- can apply it; body is the preview and its steps as JSON (H2: CLOB, PostgreSQL: text). Portable, like V1.
create table spreadsheet_import (
    id          varchar(36)   not null primary key,
    uploaded_by varchar(100)  not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    applied_at  timestamp(6) with time zone,
    applied_by  varchar(100),
    body        text          not null
);
create index spreadsheet_import_expires_idx on spreadsheet_import (expires_at);
