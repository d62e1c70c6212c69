package org.mutabaa.actions;

import org.junit.jupiter.api.Test;
import org.mutabaa.platform.architecture.HouseRules;

/** The service keeps the house's layer rules (root README, "Architecture"). */
class ArchitectureTest {

    @Test
    void followsTheHouseRules() {
        HouseRules.check("org.mutabaa.actions");
    }
}
