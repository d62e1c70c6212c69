-- Working calendars per country: the weekend, public holidays by rule (a Gregorian month and day, or
-- an Islamic one placed on the Umm al-Qura calendar, for one or more days), and holidays a
-- secretariat announces for a date (observed) or takes back (a rule's day moved; not observed).
create table working_calendar (
    country_code text primary key check (country_code ~ '^[A-Z]{2}$'),
    weekend      text not null,
    updated_at   timestamptz not null
);

create table holiday_rule (
    id           uuid primary key,
    country_code text not null references working_calendar (country_code),
    kind         text not null check (kind in ('GREGORIAN', 'HIJRI')),
    month        int not null check (month between 1 and 12),
    day          int not null check (day between 1 and 31),
    days         int not null default 1 check (days between 1 and 10),
    name_ar      text not null,
    name_en      text not null
);
create index holiday_rule_country on holiday_rule (country_code);

create table announced_holiday (
    country_code text not null references working_calendar (country_code),
    on_date      date not null,
    observed     boolean not null,
    name_ar      text,
    name_en      text,
    announced_by uuid,
    announced_at timestamptz not null,
    primary key (country_code, on_date)
);

-- The countries of the first meetings followed up: Syria and Oman (weekend Friday and Saturday in
-- both). The Islamic holidays are placed by the Umm al-Qura table; where a country observes them a
-- day apart, its secretariat announces the day and withdraws the table's.
insert into working_calendar (country_code, weekend, updated_at) values
    ('SY', 'FRIDAY,SATURDAY', now()),
    ('OM', 'FRIDAY,SATURDAY', now());

insert into holiday_rule (id, country_code, kind, month, day, days, name_ar, name_en) values
    (gen_random_uuid(), 'SY', 'GREGORIAN', 1, 1, 1, 'رأس السنة الميلادية', 'New Year''s Day'),
    (gen_random_uuid(), 'SY', 'GREGORIAN', 3, 21, 1, 'عيد الأم', 'Mother''s Day'),
    (gen_random_uuid(), 'SY', 'GREGORIAN', 4, 17, 1, 'عيد الجلاء', 'Evacuation Day'),
    (gen_random_uuid(), 'SY', 'GREGORIAN', 5, 1, 1, 'عيد العمال', 'Labour Day'),
    (gen_random_uuid(), 'SY', 'GREGORIAN', 5, 6, 1, 'عيد الشهداء', 'Martyrs'' Day'),
    (gen_random_uuid(), 'SY', 'GREGORIAN', 12, 25, 1, 'عيد الميلاد المجيد', 'Christmas Day'),
    (gen_random_uuid(), 'SY', 'HIJRI', 1, 1, 1, 'رأس السنة الهجرية', 'Islamic New Year'),
    (gen_random_uuid(), 'SY', 'HIJRI', 3, 12, 1, 'المولد النبوي الشريف', 'The Prophet''s Birthday'),
    (gen_random_uuid(), 'SY', 'HIJRI', 10, 1, 3, 'عيد الفطر', 'Eid al-Fitr'),
    (gen_random_uuid(), 'SY', 'HIJRI', 12, 10, 4, 'عيد الأضحى', 'Eid al-Adha'),
    (gen_random_uuid(), 'OM', 'GREGORIAN', 1, 11, 1, 'ذكرى تولي السلطان مقاليد الحكم', 'Accession Day'),
    (gen_random_uuid(), 'OM', 'GREGORIAN', 11, 20, 2, 'العيد الوطني', 'National Day'),
    (gen_random_uuid(), 'OM', 'HIJRI', 1, 1, 1, 'رأس السنة الهجرية', 'Islamic New Year'),
    (gen_random_uuid(), 'OM', 'HIJRI', 3, 12, 1, 'المولد النبوي الشريف', 'The Prophet''s Birthday'),
    (gen_random_uuid(), 'OM', 'HIJRI', 7, 27, 1, 'الإسراء والمعراج', 'Isra and Mi''raj'),
    (gen_random_uuid(), 'OM', 'HIJRI', 10, 1, 3, 'عيد الفطر', 'Eid al-Fitr'),
    (gen_random_uuid(), 'OM', 'HIJRI', 12, 9, 4, 'عيد الأضحى', 'Eid al-Adha');
