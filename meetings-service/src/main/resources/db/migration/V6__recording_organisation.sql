-- The organisation whose secretariat recorded a meeting manages it and its decisions, and sees
-- it even when it is confidential. Null for meetings recorded by an administrator for nobody.
alter table meeting add column organisation_id uuid references organisation (id);
create index meeting_organisation on meeting (organisation_id);

-- The organisation whose secretariat entered an official into the directory may correct them
-- (a host secretariat enters the visiting delegation); their own organisation's may too.
alter table official add column recorded_by uuid references organisation (id);

-- Who other than an administrator may read a meeting, in one place for lists, search and single
-- reads (docs/decisions/0011): a participant; the secretariat of the organisation that recorded
-- it; and, unless it is confidential, any secretariat (the government's follow-up desk).
create function mutabaa_meeting_visible(meeting uuid, reader uuid, reader_organisation uuid,
                                        secretariat boolean) returns boolean
    language sql stable as $$
select exists (select 1 from delegation d join participant p on p.delegation_id = d.id
                where d.meeting_id = meeting and p.official_id = reader)
    or (secretariat and exists (
           select 1 from meeting m
            where m.id = meeting
              and (m.organisation_id = reader_organisation or m.classification <> 'CONFIDENTIAL')))
$$;

-- A decision is read by whoever reads its meeting, by an official it names as an owner (of it
-- or of one of its items) and, unless its meeting is confidential, by the officials and
-- secretariat of an organisation it names as an owner.
create function mutabaa_decision_visible(decision uuid, reader uuid, reader_organisation uuid,
                                         secretariat boolean) returns boolean
    language sql stable as $$
select exists (
    select 1 from decision dc join meeting m on m.id = dc.meeting_id
     where dc.id = decision
       and (mutabaa_meeting_visible(m.id, reader, reader_organisation, secretariat)
            or exists (select 1 from decision_owner o where o.decision_id = dc.id and o.official_id = reader)
            or exists (select 1 from decision_action_item i where i.decision_id = dc.id and i.owner_official_id = reader)
            or (m.classification <> 'CONFIDENTIAL'
                and (exists (select 1 from decision_owner_organisation o
                              where o.decision_id = dc.id and o.organisation_id = reader_organisation)
                     or exists (select 1 from decision_action_item i
                                 where i.decision_id = dc.id and i.owner_organisation_id = reader_organisation)))))
$$;
