-- The follow-up desk: owners that are organisations, explicit action items, work on an action
-- (status reasons, progress, comments, evidence, collaborators), its history, reminders that fire
-- once, and what this service knows of decisions and officials from the events it reads.

-- Where an action comes from within its decision: 'official:<id>', 'organisation:<id>' or
-- 'item:<position>'. It stays when the action is reassigned, so a redelivered or amended
-- decision finds the same action.
alter table action add column origin text;
update action set origin = 'official:' || owner_official_id;
alter table action alter column origin set not null;
alter table action drop constraint action_decision_id_owner_official_id_key;
alter table action add constraint action_origin unique (decision_id, origin);

alter table action alter column owner_official_id drop not null;
alter table action alter column owner_language drop not null;
alter table action add column owner_organisation_name_ar text;
alter table action add column owner_organisation_name_en text;
alter table action add constraint action_owner check (owner_official_id is not null or owner_organisation_id is not null);

alter table action add column item_position int;
alter table action add column status_reason text;
alter table action add column progress int not null default 0 check (progress between 0 and 100);
-- The owner's time zone; the action is overdue from the start of the day after its due date there.
alter table action add column time_zone text not null default 'UTC';
alter table action add column overdue_at timestamptz;
alter table action add column completed_at timestamptz;
create index action_overdue on action (overdue_at) where status in ('OPEN', 'IN_PROGRESS', 'BLOCKED');
create index action_decision on action (decision_id);
create index action_owner_organisation on action (owner_organisation_id);
create index action_owner_country on action (owner_country_code);

create table action_collaborator (
    action_id   uuid not null references action (id),
    official_id uuid not null,
    primary key (action_id, official_id)
);

-- Every change to an action: who, when, which field, old -> new, and why.
create table action_history (
    id          bigint generated always as identity primary key,
    action_id   uuid not null references action (id),
    at          timestamptz not null,
    actor_id    uuid,
    source      text not null check (source in ('API', 'DECISION', 'DIRECTORY', 'SCHEDULER')),
    change      text not null,
    old_value   text,
    new_value   text,
    note        text
);
create index action_history_action on action_history (action_id, id);

create table action_progress (
    id         uuid primary key,
    action_id  uuid not null references action (id),
    percent    int not null check (percent between 0 and 100),
    text       text,
    author_id  uuid,
    created_at timestamptz not null
);
create index action_progress_action on action_progress (action_id, created_at);

create table action_comment (
    id         uuid primary key,
    action_id  uuid not null references action (id),
    text       text not null,
    author_id  uuid,
    created_at timestamptz not null
);
create index action_comment_action on action_comment (action_id, created_at);

-- Evidence: links to documents held elsewhere (a signed memorandum, a report).
create table action_attachment (
    id         uuid primary key,
    action_id  uuid not null references action (id),
    url        text not null,
    title      text,
    added_by   uuid,
    created_at timestamptz not null
);
create index action_attachment_action on action_attachment (action_id, created_at);

-- A reminder fired for an action at a threshold of one due date: the primary key is what makes
-- it fire once, whichever replica gets there first and however often the sweep runs.
create table action_reminder (
    action_id uuid not null references action (id),
    kind      text not null check (kind in ('DUE_SOON', 'OVERDUE', 'ESCALATED')),
    due_date  date not null,
    fired_at  timestamptz not null,
    primary key (action_id, kind, due_date)
);

-- What the decision events said: owners and heads of delegation (JSON as received), status.
create table decision_ref (
    decision_id    uuid primary key,
    meeting_id     uuid not null,
    meeting_title_ar text,
    meeting_title_en text,
    classification text not null,
    time_zone      text not null,
    status         text not null check (status in ('ADOPTED', 'REVOKED')),
    owners         text not null,
    heads          text not null,
    updated_at     timestamptz not null
);
create index decision_ref_meeting on decision_ref (meeting_id);

-- Local projection of directory.officials (compacted topic, key: official id).
create table official (
    id                   uuid primary key,
    organisation_id      uuid not null,
    organisation_name_ar text,
    organisation_name_en text,
    country_code         char(2) not null,
    name_ar              text,
    name_en              text,
    title_ar             text,
    title_en             text,
    preferred_language   text not null check (preferred_language in ('ar', 'en')),
    time_zone            text,
    active               boolean not null,
    changed_at           timestamptz not null
);
