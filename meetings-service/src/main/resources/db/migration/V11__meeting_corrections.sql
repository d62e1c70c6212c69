-- A meeting is corrected (title, time, delegations, agenda) until its minutes are approved; each
-- correction is kept with who made it, why, and each field before and after.
create table meeting_correction (
    id           uuid primary key,
    meeting_id   uuid not null references meeting (id) on delete cascade,
    corrected_at timestamptz not null,
    corrected_by uuid,
    reason       text not null,
    changes      text not null
);
create index meeting_correction_meeting on meeting_correction (meeting_id, corrected_at);
