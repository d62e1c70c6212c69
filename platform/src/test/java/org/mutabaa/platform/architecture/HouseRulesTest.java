package org.mutabaa.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules find each kind of breach they are written for, in a small service built to break them. */
class HouseRulesTest {

    static final String SAMPLE = "org.mutabaa.platform.architecture.sample";

    @Test
    void everyBreachOfTheSampleIsNamed() {
        JavaClasses classes = new ClassFileImporter().importPackages(SAMPLE);
        EvaluationResult result = HouseRules.of(SAMPLE).evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report)
                .as("a service taking a REST request type")
                .contains("MotionService.record(" + SAMPLE + ".rest.Requests$NewMotion)");
        assertThat(report)
                .as("a resource reaching into a repository")
                .contains("MotionResource.record(" + SAMPLE + ".rest.Requests$NewMotion)> calls constructor <"
                        + SAMPLE + ".repository.MotionRepository$Criteria");
        assertThat(report)
                .as("the domain throwing an HTTP problem")
                .contains("Motion.adopt()> calls method <org.mutabaa.platform.problem.ProblemException.conflict");
        assertThat(report)
                .as("rest and service depending on each other")
                .contains("Cycle detected");
    }

    @Test
    void aServiceWithoutBreachesPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages(SAMPLE + ".repository");
        assertThat(HouseRules.of(SAMPLE).evaluate(classes).hasViolation()).isFalse();
    }
}
