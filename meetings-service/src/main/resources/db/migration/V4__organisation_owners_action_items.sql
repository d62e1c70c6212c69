-- A decision may be owned by an organisation until a person is named, and may list explicit
-- action items, each with its own owner (an official or an organisation) and due date.
create table decision_owner_organisation (
    decision_id     uuid not null references decision (id) on delete cascade,
    position        int not null,
    organisation_id uuid not null references organisation (id),
    primary key (decision_id, position),
    unique (decision_id, organisation_id)
);

create table decision_action_item (
    id                    uuid primary key,
    decision_id           uuid not null references decision (id) on delete cascade,
    position              int not null,
    text_ar               text,
    text_en               text,
    owner_official_id     uuid references official (id),
    owner_organisation_id uuid references organisation (id),
    due_date              date,
    unique (decision_id, position),
    check (text_ar is not null or text_en is not null),
    check ((owner_official_id is null) <> (owner_organisation_id is null))
);
