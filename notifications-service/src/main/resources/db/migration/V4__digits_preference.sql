-- The digits an official reads dates and numbers in: WESTERN (0-9) unless they choose ARABIC_INDIC (٠-٩).
alter table preference add column digits text not null default 'WESTERN';
alter table preference add constraint preference_digits check (digits in ('WESTERN', 'ARABIC_INDIC'));
