package org.mutabaa.actions.service.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's follow-up over a period (docs/decisions/0035): every decision it recorded or owns
 * an action of, each action's state at the period's end, counts per meeting and per country of the
 * owners, the five actions late the longest, and the counts at the end of the period before.
 */
public record OrganisationReport(Organisation organisation, Period period, Period previousPeriod, OffsetDateTime asOf,
                                 OffsetDateTime generatedAt, int atRiskWorkingDays, Counts totals, Counts previous,
                                 List<Group> byMeeting, List<Group> byCountry, List<LateItem> oldestLate,
                                 List<DecisionItem> decisions) {

    /** Where an action stands at a moment. */
    public enum State {
        ON_TRACK("في المسار", "On track"),
        AT_RISK("معرّضة للتأخر", "At risk"),
        LATE("متأخرة", "Late"),
        DONE("منجزة بانتظار التحقق", "Done, awaiting verification"),
        VERIFIED("منجزة ومتحقق منها", "Verified"),
        CANCELLED("ملغاة", "Cancelled");

        public final String ar;
        public final String en;

        State(String ar, String en) {
            this.ar = ar;
            this.en = en;
        }
    }

    public record Organisation(UUID id, String nameAr, String nameEn, String countryCode) {
    }

    /** How many actions are in each state; {@code total} leaves out the cancelled ones. */
    public record Counts(int onTrack, int atRisk, int late, int done, int verified, int cancelled) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        public int total() {
            return onTrack + atRisk + late + done + verified;
        }

        public int of(State state) {
            return switch (state) {
                case ON_TRACK -> onTrack;
                case AT_RISK -> atRisk;
                case LATE -> late;
                case DONE -> done;
                case VERIFIED -> verified;
                case CANCELLED -> cancelled;
            };
        }

        Counts plus(State state) {
            return new Counts(onTrack + (state == State.ON_TRACK ? 1 : 0), atRisk + (state == State.AT_RISK ? 1 : 0),
                    late + (state == State.LATE ? 1 : 0), done + (state == State.DONE ? 1 : 0),
                    verified + (state == State.VERIFIED ? 1 : 0), cancelled + (state == State.CANCELLED ? 1 : 0));
        }
    }

    /** Counts of one meeting, or of the owners of one country. */
    public record Group(String key, String labelAr, String labelEn, Counts counts) {
    }

    /** A late action by name, with how many of its owner's working days it is late. */
    public record LateItem(UUID actionId, String titleAr, String titleEn, String ownerAr, String ownerEn,
                           String countryCode, LocalDate dueDate, long workingDaysLate) {
    }

    public record DecisionItem(UUID decisionId, String textAr, String textEn, UUID meetingId, String meetingTitleAr,
                               String meetingTitleEn, List<ActionItem> actions) {
    }

    public record ActionItem(UUID actionId, String titleAr, String titleEn, String ownerAr, String ownerEn,
                             String countryCode, LocalDate dueDate, State state, int progress) {
    }
}
