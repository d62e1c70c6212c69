-- Who may read which action (docs/decisions/0011). The decision events say which organisation's
-- secretariat recorded the meeting, and who took part in it or owns the decision.
alter table decision_ref add column recorded_by uuid;

create table decision_reader (
    decision_id uuid not null references decision_ref (decision_id) on delete cascade,
    official_id uuid not null,
    primary key (decision_id, official_id)
);
create index decision_reader_official on decision_reader (official_id);

-- One rule for single reads, lists and the dashboard. Besides administrators, an action is read
-- by its owner and collaborators; by the meeting's participants and the decision's owners; by the
-- secretariat that recorded the meeting; and, unless the meeting is confidential, by any
-- secretariat and, while no person owns it, by the officials of the organisation that does.
create function mutabaa_action_visible(action uuid, reader uuid, reader_organisation uuid,
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
            or (d.classification <> 'CONFIDENTIAL'
                and (secretariat
                     or (a.owner_official_id is null and a.owner_organisation_id = reader_organisation)))))
$$;
