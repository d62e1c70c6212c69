-- Reminders count the owner's country's working days: the instant an action is due soon is worked out
-- with its calendar when it is scheduled, like the instant it is late. Actions scheduled before keep
-- their calendar-day thresholds until they are scheduled again (a new due date, owner or holiday).
alter table action add column due_soon_at timestamptz;
update action set due_soon_at = overdue_at - interval '3 days' where overdue_at is not null;
create index action_due_soon on action (due_soon_at) where status in ('OPEN', 'IN_PROGRESS', 'BLOCKED');
