-- Opening hours on service centres and windows, as the offices publish them (hotlines have had theirs since V1):
-- the text is the record; hours/HoursParser reads it into the schedule the API shows beside it.
alter table location add column hours varchar(500);
alter table location_aud add column hours varchar(500);
alter table service_window add column hours varchar(500);
alter table service_window_aud add column hours varchar(500);
