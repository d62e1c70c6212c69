-- The trace the notification belongs to: the request that caused it, across the services.
alter table notification add column trace_id text;
