-- An event the broker refuses for good is parked (kept, shown to administrators, retried or
-- discarded by them) instead of stopping the outbox; later events of its key wait behind it.
alter table outbox_event
    add column parked_at timestamptz,
    add column park_reason text,
    add column discarded_at timestamptz;

drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (seq)
    where published_at is null and parked_at is null and discarded_at is null;
create index outbox_event_parked on outbox_event (record_key)
    where parked_at is not null and published_at is null and discarded_at is null;
