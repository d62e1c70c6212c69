-- A decision's lead and counterpart (owners on two delegations) each have an action; the two are
-- linked both ways, each saying which side it is.
alter table action add column counterpart_action_id uuid references action (id);
alter table action add column pair_side text check (pair_side in ('LEAD', 'COUNTERPART'));
alter table action add constraint action_pair_whole check ((counterpart_action_id is null) = (pair_side is null));
create index action_counterpart on action (counterpart_action_id) where counterpart_action_id is not null;
