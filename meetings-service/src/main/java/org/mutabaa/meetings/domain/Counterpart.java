package org.mutabaa.meetings.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A lead and their counterpart: an owning official of a decision, and the official of another
 * delegation of the meeting who follows the same decision on their side.
 */
@Embeddable
public class Counterpart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_official_id")
    public Official owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counterpart_official_id")
    public Official counterpart;

    public Counterpart() {
    }

    public Counterpart(Official owner, Official counterpart) {
        this.owner = owner;
        this.counterpart = counterpart;
    }
}
