-- A quarterly report's mail: the report page as its body, its PDF attached (one copy per recipient,
-- at most ten focal points of an organisation).
alter table notification add column html_body text;
alter table notification add column attachment bytea;
alter table notification add column attachment_name text;
