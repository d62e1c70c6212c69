package org.mutabaa.meetings.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An official in a delegation, with their role in it. */
@Embeddable
public class Participant {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    public Official official;

    @Enumerated(EnumType.STRING)
    public Enums.Role role;

    public Participant() {
    }

    public Participant(Official official, Enums.Role role) {
        this.official = official;
        this.role = role;
    }
}
