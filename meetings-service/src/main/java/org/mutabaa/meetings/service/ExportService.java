package org.mutabaa.meetings.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.meetings.domain.Meeting;
import org.mutabaa.meetings.repository.DecisionRepository;

import java.time.Instant;
import java.util.UUID;

/** The minutes of a meeting (bilingual HTML and Markdown) and its calendar file. */
@ApplicationScoped
public class ExportService {

    private final MeetingService meetings;
    private final DecisionRepository decisions;
    private final Template html;
    private final Template markdown;

    public ExportService(MeetingService meetings, DecisionRepository decisions,
                         @Location("minutes/minutes.html") Template html,
                         @Location("minutes/minutes.md") Template markdown) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.html = html;
        this.markdown = markdown;
    }

    @Transactional
    public String minutesHtml(UUID meetingId) {
        return html.data("m", minutes(meetingId)).render();
    }

    @Transactional
    public String minutesMarkdown(UUID meetingId) {
        return markdown.data("m", minutes(meetingId)).render();
    }

    @Transactional
    public String calendar(UUID meetingId) {
        return ICalendar.of(meetings.read(meetingId), Instant.now());
    }

    private Minutes minutes(UUID meetingId) {
        Meeting meeting = meetings.read(meetingId);
        return Minutes.of(meeting, decisions.ofMeeting(meetingId));
    }
}
