package org.mutabaa.actions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.actions.domain.HolidayRule;

import java.util.UUID;

@ApplicationScoped
public class HolidayRuleRepository implements PanacheRepositoryBase<HolidayRule, UUID> {
}
