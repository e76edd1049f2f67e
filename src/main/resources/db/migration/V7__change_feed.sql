-- The change log becomes partners' change feed (GET /api/v1/changes): each entry says what happened to the
-- record (created, updated, retired, restored, deleted), the version it left, and the record as the export
-- writes it (JSON; none for deleted). Whole-directory entries ('*') keep these empty: the feed skips them.
alter table directory_change_log add column change_type varchar(16);
alter table directory_change_log add column version bigint;
alter table directory_change_log add column record varchar(1000000);

-- One row that every writer to the log updates first, holding it until commit: entries are numbered in the
-- order they commit, so a reader that saw entry n has seen every entry before it, and the export, holding it
-- too, reads the directory exactly as of one position. pruned_through: the last position forgotten by the
-- retention; a cursor before it is answered 410.
create table directory_change_lock (
    id             integer not null primary key,
    taken          bigint  not null,
    pruned_through bigint  not null
);
insert into directory_change_lock (id, taken, pruned_through)
    select 1, 0, coalesce(min(seq) - 1, 0) from directory_change_log;
