-- A decision may name, per owning official, a counterpart on another delegation of the meeting:
-- the lead and the counterpart each get an action, and actions-service links the two.
create table decision_counterpart (
    decision_id uuid not null references decision (id) on delete cascade,
    position int not null,
    owner_official_id uuid not null references official (id),
    counterpart_official_id uuid not null references official (id),
    primary key (decision_id, position)
);
create index decision_counterpart_counterpart on decision_counterpart (counterpart_official_id);
