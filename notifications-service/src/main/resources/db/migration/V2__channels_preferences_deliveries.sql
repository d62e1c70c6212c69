-- Who may be told what, over which channel, and every delivery with its fate.

-- Local projection of directory.officials: contacts, language, time zone.
create table official (
    id                 uuid primary key,
    organisation_id    uuid not null,
    country_code       char(2),
    name_ar            text,
    name_en            text,
    title_ar           text,
    title_en           text,
    email              text,
    preferred_language text not null check (preferred_language in ('ar', 'en')),
    time_zone          text,
    active             boolean not null,
    changed_at         timestamptz not null
);
create index official_organisation on official (organisation_id);

-- An official's choices: channels per kind of event (JSON object; absent: the defaults), mute,
-- and a daily digest at a local hour instead of immediate email for what is not urgent.
create table preference (
    official_id    uuid primary key,
    channels       text,
    muted          boolean not null default false,
    digest         boolean not null default false,
    digest_hour    int not null default 8 check (digest_hour between 0 and 23),
    last_digest_on date,
    updated_at     timestamptz not null
);

-- Webhooks of organisations: signed JSON POSTs of their officials' notifications.
create table webhook (
    id              uuid primary key,
    organisation_id uuid not null,
    url             text not null,
    secret          text not null,
    active          boolean not null default true,
    created_at      timestamptz not null
);
create index webhook_organisation on webhook (organisation_id) where active;

alter table notification add column seq bigint generated always as identity;
alter table notification add column urgent boolean not null default false;
-- false when the recipient chose not to have this kind of event in their inbox (email only, say)
alter table notification add column in_app boolean not null default true;
alter table notification add column link text;
alter table notification add column recipient_time_zone text;
create unique index notification_seq on notification (seq);
create index notification_unread on notification (recipient_official_id) where read_at is null;

-- One row per (event, recipient, channel): delivered at most once, retried until delivered or dead.
create table delivery (
    id              uuid primary key,
    notification_id uuid references notification (id),
    event_id        uuid not null,
    recipient_id    uuid not null,
    channel         text not null check (channel in ('EMAIL', 'WEBHOOK')),
    target          text not null,
    status          text not null check (status in ('PENDING', 'HELD', 'SENT', 'FAILED', 'DEAD', 'DIGESTED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    subject         text,
    body_text       text,
    body_html       text,
    digest_id       uuid,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    sent_at         timestamptz,
    unique (event_id, recipient_id, channel, target)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
create index delivery_held on delivery (recipient_id) where status = 'HELD';
create index delivery_status on delivery (status, created_at);
