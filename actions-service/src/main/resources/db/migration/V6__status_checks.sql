-- Follow-up without a due date: an open action that has none is asked about every N days (per meeting,
-- the service's default unless the secretariat chose), once per action and day, as the other reminders.
create table meeting_follow_up (
    meeting_id        uuid primary key,
    status_check_days int not null check (status_check_days between 1 and 365),
    updated_at        timestamptz not null
);

alter table action_reminder drop constraint action_reminder_kind_check;
alter table action_reminder add constraint action_reminder_kind_check
    check (kind in ('DUE_SOON', 'OVERDUE', 'ESCALATED', 'STATUS_CHECK'));

create index action_without_due_date on action (created_at)
    where due_date is null and status in ('OPEN', 'IN_PROGRESS', 'BLOCKED');
