-- Where an official works: their due dates and reminders are dates and days in this zone.
alter table official add column time_zone text;
