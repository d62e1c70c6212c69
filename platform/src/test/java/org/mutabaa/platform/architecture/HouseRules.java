package org.mutabaa.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one set of layer rules every service follows (the root README's "Architecture"):
 * <pre>
 *   rest ──► service ──► domain, repository, events
 *   messaging ──► service, events
 * </pre>
 * Requests and views live in {@code rest}; services take and return domain or service types;
 * a service's events (what it publishes and what it reads, as the contracts describe them) live in
 * {@code events}; the domain knows nothing of HTTP and refuses with its own exceptions, mapped to
 * problems at the edge. A service split by concern ({@code service.intake}, {@code service.delivery},
 * ...) keeps what its concerns share in {@code service} itself, and no circle between them. Each
 * service's {@code ArchitectureTest} checks its own classes against these rules.
 */
public final class HouseRules {

    private HouseRules() {
    }

    /** Checks the main classes of the service whose root package is {@code root}; fails naming every breach. */
    public static void check(String root) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        of(root).check(classes);
    }

    /** The rules for the service whose root package is {@code root}. */
    public static ArchRule of(String root) {
        return CompositeArchRule.of(layers(root))
                .and(slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .as("the service's packages do not depend on each other in a circle").allowEmptyShould(true))
                .and(slices().matching(root + ".service.(*)..").should().beFreeOfCycles()
                        .as("a service's concerns (its sub-packages) do not depend on each other in a circle")
                        .allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage(root + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mutabaa.platform.problem..",
                                "jakarta.ws.rs..", "org.jboss.resteasy..")
                        .as("the domain knows nothing of HTTP: it throws its own exceptions, mapped at the edge").allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage(root + ".rest..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate.orm.panache..", "io.quarkus.panache..",
                                "jakarta.persistence..", "org.hibernate..")
                        .as("resources are thin: queries, paging and transactions are the services'").allowEmptyShould(true))
                .and(noClasses().that().resideOutsideOfPackage(root + ".rest..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                        .as("only resources speak HTTP").allowEmptyShould(true))
                .and(classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                        .should().resideInAPackage(root + ".rest..")
                        .as("resources live in rest").allowEmptyShould(true))
                .and(classes().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Views")
                        .or().haveSimpleNameEndingWith("Requests")
                        .should().resideInAPackage(root + ".rest..")
                        .as("requests and views live in rest").allowEmptyShould(true));
    }

    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("rest").definedBy(root + ".rest..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("service").definedBy(root + ".service..")
                .layer("events").definedBy(root + ".events..")
                .layer("repository").definedBy(root + ".repository..")
                .layer("domain").definedBy(root + ".domain..")
                .layer("config").definedBy(root + ".config..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("events").mayOnlyBeAccessedByLayers("service", "messaging")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
                .whereLayer("rest").mayOnlyAccessLayers("service", "domain", "config")
                .whereLayer("messaging").mayOnlyAccessLayers("service", "events", "domain", "config")
                .whereLayer("events").mayOnlyAccessLayers("domain")
                .whereLayer("repository").mayOnlyAccessLayers("domain")
                .whereLayer("domain").mayNotAccessAnyLayer()
                .whereLayer("config").mayNotAccessAnyLayer()
                .allowEmptyShould(true);
    }
}
