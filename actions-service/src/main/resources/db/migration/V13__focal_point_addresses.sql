-- An organisation outside the directory's countries (a development bank, a foreign company) names
-- its follow-up focal points as addresses: told by mail in their language, in order after its officials.
create table organisation_focal_address (
    organisation_id    uuid not null references organisation_follow_up (organisation_id) on delete cascade,
    position           int  not null,
    email              text not null,
    name_ar            text,
    name_en            text,
    preferred_language text not null check (preferred_language in ('ar', 'en')),
    primary key (organisation_id, position)
);
