-- A focal point outside the directory is told by mail at an address: its notifications keep the
-- address, under a recipient id derived from it (so that each is stored once per event).
alter table notification add column recipient_address text;
