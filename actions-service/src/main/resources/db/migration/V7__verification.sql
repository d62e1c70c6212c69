-- Verification: an owner's DONE waits for the secretariat that recorded the meeting, who verifies
-- it (when and by whom is kept here) or returns it with a reason (back in progress).
alter table action add column verified_at timestamptz;
alter table action add column verified_by uuid;
alter table action add constraint action_verified_when_done check (verified_at is null or status = 'DONE');

create index action_awaiting_verification on action (meeting_id) where status = 'DONE' and verified_at is null;
