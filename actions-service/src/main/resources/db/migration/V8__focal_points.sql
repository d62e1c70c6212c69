-- Organisation focal points: the officials of an organisation who follow up the actions it owns
-- (told of them, and may hand one to a person of the organisation) and, for a recording
-- secretariat's organisation, who check done actions and receive its escalations.
create table organisation_follow_up (
    organisation_id uuid primary key,
    updated_at      timestamptz not null,
    updated_by      uuid
);

create table organisation_focal_point (
    organisation_id uuid not null references organisation_follow_up (organisation_id) on delete cascade,
    position        int not null,
    official_id     uuid not null,
    primary key (organisation_id, position),
    unique (organisation_id, official_id)
);

-- Focal points read what they follow up, a confidential meeting's included: the actions their
-- organisation owns (also once handed to a person of it), and those of the meetings it recorded.
create or replace function mutabaa_action_visible(action uuid, reader uuid, reader_organisation uuid,
                                                  secretariat boolean) returns boolean
    language sql stable as $$
select exists (
    select 1 from action a join decision_ref d on d.decision_id = a.decision_id
     where a.id = action
       and (a.owner_official_id = reader
            or exists (select 1 from action_collaborator c where c.action_id = a.id and c.official_id = reader)
            or exists (select 1 from decision_reader r
                        where r.decision_id = d.decision_id and r.official_id = reader)
            or (secretariat and d.recorded_by = reader_organisation)
            or exists (select 1 from organisation_focal_point f
                        where f.official_id = reader
                          and (f.organisation_id = d.recorded_by or f.organisation_id = a.owner_organisation_id))
            or (d.classification <> 'CONFIDENTIAL'
                and (secretariat
                     or (a.owner_official_id is null and a.owner_organisation_id = reader_organisation)))))
$$;
