-- One counter for the whole directory, raised by every committed change (API write or data/ import).
-- Each instance polls it and rebuilds its in-memory directory and search index when it moves, so
-- several instances on one database serve the same answers within a second or two.
create table directory_change (
    id      integer not null primary key,
    version bigint  not null
);
insert into directory_change (id, version) values (1, 0);
