package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.mutabaa.platform.directory.OfficialEvent;
import org.mutabaa.platform.directory.ProjectedOfficial;

/**
 * This service's copy of a directory official, kept from {@code directory.officials} by the
 * platform's rules; it also keeps the organisation's names, shown with each action's owner.
 */
@Entity
public class Official extends ProjectedOfficial {

    @Column(name = "organisation_name_ar")
    public String organisationNameAr;

    @Column(name = "organisation_name_en")
    public String organisationNameEn;

    /** Whether they sign in; one who does not is given a signed link to each action they own (0034). */
    @Column(name = "signs_in")
    public boolean signsIn = true;

    @Override
    protected void takeOwn(OfficialEvent event) {
        organisationNameAr = event.organisation().nameAr();
        organisationNameEn = event.organisation().nameEn();
        signsIn = event.signsIn() == null || event.signsIn();
    }
}
