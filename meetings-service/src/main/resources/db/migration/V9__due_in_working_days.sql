-- A decision may be due a number of working days after its meeting instead of on a date: each
-- owner's due date is then counted on the working calendar of the owner's country (actions-service).
alter table decision add column due_in_working_days int check (due_in_working_days between 1 and 365);
alter table decision add constraint decision_one_due check (due_date is null or due_in_working_days is null);
