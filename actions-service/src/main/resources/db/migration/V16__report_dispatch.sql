-- Each organisation's quarterly report is sent once: the replica that inserts the row for the
-- organisation and quarter sends it, in the same transaction; any other finds the row and does not.
create table report_dispatch (
    organisation_id uuid        not null,
    period          text        not null,
    sent_at         timestamptz not null,
    event_id        uuid        not null,
    recipients      int         not null,
    primary key (organisation_id, period)
);
