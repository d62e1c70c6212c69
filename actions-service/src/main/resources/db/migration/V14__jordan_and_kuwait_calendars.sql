-- Jordan and Kuwait, whose ministries and funds take part in the follow-up beside Syria and Oman:
-- weekend Friday and Saturday in both; their public holidays by rule, the Islamic ones placed by the
-- Umm al-Qura table (a secretariat announces a day the country observes apart from it).
insert into working_calendar (country_code, weekend, updated_at) values
    ('JO', 'FRIDAY,SATURDAY', now()),
    ('KW', 'FRIDAY,SATURDAY', now());

insert into holiday_rule (id, country_code, kind, month, day, days, name_ar, name_en) values
    (gen_random_uuid(), 'JO', 'GREGORIAN', 1, 1, 1, 'رأس السنة الميلادية', 'New Year''s Day'),
    (gen_random_uuid(), 'JO', 'GREGORIAN', 5, 1, 1, 'عيد العمال', 'Labour Day'),
    (gen_random_uuid(), 'JO', 'GREGORIAN', 5, 25, 1, 'عيد الاستقلال', 'Independence Day'),
    (gen_random_uuid(), 'JO', 'GREGORIAN', 12, 25, 1, 'عيد الميلاد المجيد', 'Christmas Day'),
    (gen_random_uuid(), 'JO', 'HIJRI', 1, 1, 1, 'رأس السنة الهجرية', 'Islamic New Year'),
    (gen_random_uuid(), 'JO', 'HIJRI', 3, 12, 1, 'المولد النبوي الشريف', 'The Prophet''s Birthday'),
    (gen_random_uuid(), 'JO', 'HIJRI', 7, 27, 1, 'الإسراء والمعراج', 'Isra and Mi''raj'),
    (gen_random_uuid(), 'JO', 'HIJRI', 10, 1, 3, 'عيد الفطر', 'Eid al-Fitr'),
    (gen_random_uuid(), 'JO', 'HIJRI', 12, 9, 4, 'يوم عرفة وعيد الأضحى', 'Arafat Day and Eid al-Adha'),
    (gen_random_uuid(), 'KW', 'GREGORIAN', 1, 1, 1, 'رأس السنة الميلادية', 'New Year''s Day'),
    (gen_random_uuid(), 'KW', 'GREGORIAN', 2, 25, 1, 'العيد الوطني', 'National Day'),
    (gen_random_uuid(), 'KW', 'GREGORIAN', 2, 26, 1, 'عيد التحرير', 'Liberation Day'),
    (gen_random_uuid(), 'KW', 'HIJRI', 1, 1, 1, 'رأس السنة الهجرية', 'Islamic New Year'),
    (gen_random_uuid(), 'KW', 'HIJRI', 3, 12, 1, 'المولد النبوي الشريف', 'The Prophet''s Birthday'),
    (gen_random_uuid(), 'KW', 'HIJRI', 7, 27, 1, 'الإسراء والمعراج', 'Isra and Mi''raj'),
    (gen_random_uuid(), 'KW', 'HIJRI', 10, 1, 3, 'عيد الفطر', 'Eid al-Fitr'),
    (gen_random_uuid(), 'KW', 'HIJRI', 12, 9, 4, 'يوم عرفة وعيد الأضحى', 'Arafat Day and Eid al-Adha');
