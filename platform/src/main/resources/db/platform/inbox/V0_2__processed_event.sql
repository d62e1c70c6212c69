-- The platform's inbox (org.mutabaa.platform.inbox): the ids of consumed events, so that a
-- redelivered event changes nothing twice. Shipped once, here, for every service that consumes
-- events (quarkus.flyway.locations names db/platform/inbox); a database made before it moved
-- here already holds it.
create table if not exists processed_event (
    event_id     uuid primary key,
    event_type   text not null,
    processed_at timestamptz not null
);
