package org.mutabaa.meetings.domain;

/** The closed vocabularies of the meetings domain. */
public final class Enums {

    private Enums() {
    }

    public enum OrganisationKind { MINISTRY, AGENCY, COMPANY, OTHER }

    public enum MeetingKind { BILATERAL, MULTILATERAL, INTERNAL }

    public enum Modality { IN_PERSON, VIRTUAL, HYBRID }

    public enum Classification { PUBLIC, INTERNAL, CONFIDENTIAL }

    public enum MeetingStatus { SCHEDULED, HELD, MINUTES_APPROVED, CANCELLED }

    public enum Role { HEAD, MEMBER, ADVISOR, SECRETARY }

    public enum DecisionType { AGREEMENT, REQUEST, COMMITMENT, RECOMMENDATION, DIRECTIVE }

    public enum DecisionStatus { DRAFT, ADOPTED, AMENDED, REVOKED }
}
