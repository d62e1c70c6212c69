package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A focal point of an organisation named by address: someone outside the directory, told by mail. */
@Embeddable
public class FocalAddress {

    public String email;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    /** ar or en. */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    public FocalAddress() {
    }

    public FocalAddress(String email, String nameAr, String nameEn, String preferredLanguage) {
        this.email = email;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.preferredLanguage = preferredLanguage;
    }
}
