-- Directory: organisations and officials. An official may be known only by title.
create table organisation (
    id           uuid primary key,
    kind         text not null check (kind in ('MINISTRY', 'AGENCY', 'COMPANY', 'OTHER')),
    country_code char(2) not null,
    name_ar      text,
    name_en      text,
    created_at   timestamptz not null,
    check (name_ar is not null or name_en is not null)
);

create table official (
    id                 uuid primary key,
    organisation_id    uuid not null references organisation (id),
    name_ar            text,
    name_en            text,
    title_ar           text,
    title_en           text,
    email              text,
    phone              text,
    preferred_language text not null check (preferred_language in ('ar', 'en')),
    active             boolean not null default true,
    created_at         timestamptz not null,
    check (coalesce(name_ar, name_en, title_ar, title_en) is not null)
);
create index official_organisation on official (organisation_id);

-- Meetings with delegations and an ordered agenda.
create table meeting (
    id             uuid primary key,
    title_ar       text,
    title_en       text,
    kind           text not null,
    modality       text not null,
    platform       text,
    starts_at      timestamptz not null,
    time_zone      text not null,
    classification text not null,
    status         text not null,
    created_at     timestamptz not null,
    check (title_ar is not null or title_en is not null)
);
create index meeting_starts_at on meeting (starts_at, id);

create table delegation (
    id              uuid primary key,
    meeting_id      uuid not null references meeting (id) on delete cascade,
    position        int not null,
    country_code    char(2) not null,
    organisation_id uuid references organisation (id),
    unique (meeting_id, position)
);

create table participant (
    delegation_id uuid not null references delegation (id) on delete cascade,
    position      int not null,
    official_id   uuid not null references official (id),
    role          text not null check (role in ('HEAD', 'MEMBER', 'ADVISOR', 'SECRETARY')),
    primary key (delegation_id, position)
);
create index participant_official on participant (official_id);

create table agenda_item (
    id         uuid primary key,
    meeting_id uuid not null references meeting (id) on delete cascade,
    position   int not null,
    title_ar   text,
    title_en   text,
    unique (meeting_id, position)
);

-- Decisions and their owners.
create table decision (
    id                     uuid primary key,
    meeting_id             uuid not null references meeting (id),
    agenda_item_id         uuid references agenda_item (id),
    text_ar                text,
    text_en                text,
    authoritative_language text not null check (authoritative_language in ('ar', 'en')),
    type                   text not null,
    status                 text not null,
    due_date               date,
    created_at             timestamptz not null,
    adopted_at             timestamptz,
    version                int not null default 0,
    check (text_ar is not null or text_en is not null)
);
create index decision_meeting on decision (meeting_id, created_at);

create table decision_owner (
    decision_id uuid not null references decision (id) on delete cascade,
    position    int not null,
    official_id uuid not null references official (id),
    primary key (decision_id, position),
    unique (decision_id, official_id)
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
