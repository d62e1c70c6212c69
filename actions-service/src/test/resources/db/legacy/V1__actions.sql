-- Tracked actions: one per owner of an adopted decision.
create table action (
    id                    uuid primary key,
    decision_id           uuid not null,
    meeting_id            uuid not null,
    title_ar              text,
    title_en              text,
    owner_official_id     uuid not null,
    owner_organisation_id uuid,
    owner_country_code    char(2),
    owner_name_ar         text,
    owner_name_en         text,
    owner_title_ar        text,
    owner_title_en        text,
    owner_language        text not null check (owner_language in ('ar', 'en')),
    due_date              date,
    priority              text not null,
    status                text not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               int not null default 0,
    unique (decision_id, owner_official_id)
);
create index action_owner on action (owner_official_id, created_at);
create index action_meeting on action (meeting_id);

-- Consumed event ids: a redelivered event changes nothing twice.
create table processed_event (
    event_id     uuid primary key,
    event_type   text not null,
    processed_at timestamptz not null
);

-- Transactional outbox: written with the state change, published by the relay.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid not null unique,
    channel      text not null,
    record_key   text not null,
    event_type   text not null,
    payload      text not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
