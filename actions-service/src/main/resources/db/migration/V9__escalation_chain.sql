-- The escalation chain of a meeting's late actions: levels in order, each after so many days late,
-- to the owner's head of delegation, the recording secretariat's focal points or a named official.
-- Without a chosen chain the service's default applies (head of delegation, then the secretariat).
alter table meeting_follow_up add column escalation_chosen boolean not null default false;

create table meeting_escalation_level (
    meeting_id  uuid not null references meeting_follow_up (meeting_id) on delete cascade,
    position    int not null check (position between 0 and 4),
    target      text not null check (target in ('HEAD_OF_DELEGATION', 'RECORDING_SECRETARIAT', 'OFFICIAL')),
    after_days  int not null check (after_days between 1 and 365),
    official_id uuid,
    primary key (meeting_id, position),
    check ((target = 'OFFICIAL') = (official_id is not null))
);

-- Each level fires once per action and due date: ESCALATED is the first, ESCALATED_2 to _5 the next.
alter table action_reminder drop constraint action_reminder_kind_check;
alter table action_reminder add constraint action_reminder_kind_check
    check (kind in ('DUE_SOON', 'OVERDUE', 'ESCALATED', 'ESCALATED_2', 'ESCALATED_3', 'ESCALATED_4',
                    'ESCALATED_5', 'STATUS_CHECK'));
