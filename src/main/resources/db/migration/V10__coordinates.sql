-- Where a service centre is: latitude and longitude as a source gives them, with the datum they are in (WGS-84 from
-- GPS, GCJ-02 from a Chinese map app), so that the two are never mixed silently. All three or none (LocationKind).
alter table location add column latitude double precision;
alter table location add column longitude double precision;
alter table location add column datum varchar(10);
alter table location_aud add column latitude double precision;
alter table location_aud add column longitude double precision;
alter table location_aud add column datum varchar(10);
