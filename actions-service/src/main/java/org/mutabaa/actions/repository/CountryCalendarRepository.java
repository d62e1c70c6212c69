package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.CountryCalendar;

@ApplicationScoped
public class CountryCalendarRepository implements PanacheRepositoryBase<CountryCalendar, String> {
}
