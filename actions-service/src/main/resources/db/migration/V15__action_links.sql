-- Signed action links: a page for one action, for a person told of it by mail who has no account
-- (an organisation's focal point named by address, or an owner the directory marks as not signing
-- in). The link's token is signed by the service and never stored; a row is what the secretariat
-- sees and revokes. One live link per action and person: each new mail renews its expiry; a revoked
-- one stays revoked, and the next mail carries a new one.
create table action_link (
    id                 uuid        primary key,
    action_id          uuid        not null references action (id) on delete cascade,
    email              text,
    official_id        uuid,
    name_ar            text,
    name_en            text,
    preferred_language text        not null check (preferred_language in ('ar', 'en')),
    issued_at          timestamptz not null,
    expires_at         timestamptz not null,
    last_used_at       timestamptz,
    revoked_at         timestamptz,
    revoked_by         uuid,
    constraint action_link_to_someone check (email is not null or official_id is not null)
);
create unique index action_link_live on action_link (action_id, lower(email)) where revoked_at is null and official_id is null;
create unique index action_link_live_official on action_link (action_id, official_id) where revoked_at is null and official_id is not null;

-- The directory says who signs in; an official who does not is given links for the actions they own.
alter table official add column signs_in boolean not null default true;
create index action_link_action on action_link (action_id, issued_at);

-- What was done through a link is attributed to the person it was given to, by name.
alter table action_history add column by_link boolean not null default false;
alter table action_history add column actor_name_ar text;
alter table action_history add column actor_name_en text;

-- The link's page shows the decision and the meeting as the owner would read them in the minutes.
alter table decision_ref add column text_ar text;
alter table decision_ref add column text_en text;
alter table decision_ref add column meeting_starts_at timestamptz;
