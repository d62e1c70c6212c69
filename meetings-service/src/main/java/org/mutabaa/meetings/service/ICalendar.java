package org.mutabaa.meetings.service;

import org.mutabaa.meetings.domain.AgendaItem;
import org.mutabaa.meetings.domain.Enums;
import org.mutabaa.meetings.domain.Meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as an RFC 5545 iCalendar file: the start in the meeting's own time zone (with a
 * VTIMEZONE giving that zone's offset at the meeting), text escaped, lines folded at 75 octets
 * without splitting a character, CRLF line ends.
 */
final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");

    private ICalendar() {
    }

    static String of(Meeting m, Instant now) {
        ZoneId zone = ZoneId.of(m.timeZone);
        ZonedDateTime start = m.startsAt.atZoneSameInstant(zone);
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Mutabaa//meetings-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + m.timeZone);
        lines.add("BEGIN:STANDARD");
        lines.add("DTSTART:19700101T000000");
        lines.add("TZOFFSETFROM:" + OFFSET.format(start));
        lines.add("TZOFFSETTO:" + OFFSET.format(start));
        lines.add("END:STANDARD");
        lines.add("END:VTIMEZONE");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + m.id + "@mutabaa");
        lines.add("DTSTAMP:" + LOCAL.format(now.atZone(ZoneOffset.UTC)) + "Z");
        lines.add("DTSTART;TZID=" + m.timeZone + ":" + LOCAL.format(start));
        if (m.titleAr != null) {
            lines.add("SUMMARY;LANGUAGE=ar:" + text(m.titleAr));
        } else {
            lines.add("SUMMARY;LANGUAGE=en:" + text(m.titleEn));
        }
        lines.add("DESCRIPTION:" + text(description(m)));
        if (m.platform != null) {
            lines.add("LOCATION:" + text(m.platform));
        }
        lines.add("CLASS:" + switch (m.classification) {
            case PUBLIC -> "PUBLIC";
            case INTERNAL -> "PRIVATE";
            case CONFIDENTIAL -> "CONFIDENTIAL";
        });
        lines.add("STATUS:" + (m.status == Enums.MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(line, out);
        }
        return out.toString();
    }

    private static String description(Meeting m) {
        StringBuilder d = new StringBuilder();
        if (m.titleAr != null && m.titleEn != null) {
            d.append(m.titleEn).append("\n\n");
        }
        for (AgendaItem item : m.agenda) {
            d.append(item.position).append(". ").append(item.titleAr != null ? item.titleAr : item.titleEn);
            if (item.titleAr != null && item.titleEn != null) {
                d.append(" / ").append(item.titleEn);
            }
            d.append('\n');
        }
        return d.toString().strip();
    }

    /** RFC 5545 TEXT escaping; a line break of any kind (CRLF, LF, a lone CR) becomes {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line into physical lines of at most 75 octets, never inside a character. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
