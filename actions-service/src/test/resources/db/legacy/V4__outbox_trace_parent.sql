-- The event's trace context, kept beside it so the relay continues the trace without reading the payload.
alter table outbox_event add column trace_parent text;
