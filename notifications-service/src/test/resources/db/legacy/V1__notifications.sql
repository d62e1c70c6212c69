-- In-app notifications: one per (event, recipient), rendered in the recipient's language.
create table notification (
    id                    uuid primary key,
    event_id              uuid not null,
    event_type            text not null,
    recipient_official_id uuid not null,
    reason                text not null,
    language              text not null check (language in ('ar', 'en')),
    subject               text not null,
    body                  text not null,
    meeting_id            uuid,
    decision_id           uuid,
    action_id             uuid,
    created_at            timestamptz not null,
    read_at               timestamptz,
    unique (event_id, recipient_official_id)
);
create index notification_inbox on notification (recipient_official_id, created_at desc, id);

-- Consumed event ids: a redelivered event changes nothing twice.
create table processed_event (
    event_id     uuid primary key,
    event_type   text not null,
    processed_at timestamptz not null
);
