-- The platform's transactional outbox (org.mutabaa.platform.outbox): written with the state
-- change, published by the relay. Shipped once, here, for every service that publishes events
-- (quarkus.flyway.locations names db/platform/outbox).
--
-- A database made before these tables moved here already holds them, in the shape of whichever
-- of its own migrations it had run; this script brings any such shape to the one below and
-- creates it where there is none. Each statement may therefore run on a table that exists.
create table if not exists outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid not null unique,
    channel      text not null,
    record_key   text not null,
    event_type   text not null,
    payload      text not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

-- The event's trace context, kept beside it so the relay continues the trace without reading the payload.
alter table outbox_event add column if not exists trace_parent text;

-- An event the broker refuses for good is parked (kept, shown to administrators, retried or
-- discarded by them) instead of stopping the outbox; later events of its key wait behind it.
alter table outbox_event
    add column if not exists parked_at timestamptz,
    add column if not exists park_reason text,
    add column if not exists discarded_at timestamptz;

-- What the relay reads next. Made again only where an older shape had the index without the
-- parking conditions.
do $$
begin
    if not exists (select 1 from pg_indexes
                   where schemaname = current_schema() and indexname = 'outbox_event_unpublished'
                     and indexdef like '%parked_at IS NULL%') then
        drop index if exists outbox_event_unpublished;
        create index outbox_event_unpublished on outbox_event (seq)
            where published_at is null and parked_at is null and discarded_at is null;
    end if;
end $$;

create index if not exists outbox_event_parked on outbox_event (record_key)
    where parked_at is not null and published_at is null and discarded_at is null;
