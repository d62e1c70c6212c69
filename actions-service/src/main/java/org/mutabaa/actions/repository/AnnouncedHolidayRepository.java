package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.AnnouncedHoliday;

@ApplicationScoped
public class AnnouncedHolidayRepository implements PanacheRepositoryBase<AnnouncedHoliday, AnnouncedHoliday.Key> {
}
