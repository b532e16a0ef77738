package vn.binhthuy.partybuilding;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Views call page services or services, services call queries; each feature keeps its screens in its {@code ui}
 * sub-package and the rest free of Vaadin; {@code base} serves every feature and depends on none; features do not
 * depend on each other in circles.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.binhthuy.partybuilding";
    /** Every feature: a top-level package that is neither the shared base nor the pages composing features. */
    private static final List<String> FEATURES = List.of("audit", "backup", "classification", "database", "demo",
            "export", "importing", "indicators", "members", "remediation", "reviews", "security", "units");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> QUERY_CLASSES =
            DescribedPredicate.describe("query classes", c -> c.getSimpleName().endsWith("Queries"));

    @Test
    void everyFeatureIsListed() {
        // a new top-level package must be placed: a feature (and so under the rules below), base or dashboard
        classes().should(new ArchCondition<>("reside in base, dashboard or a listed feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String rest = item.getPackageName().equals(ROOT) ? "" : item.getPackageName().substring(ROOT.length() + 1);
                String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                if (!top.isEmpty() && !top.equals("base") && !top.equals("dashboard") && !FEATURES.contains(top)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in no known package"));
                }
            }
        }).check(CLASSES);
    }

    @Test
    void uiCodeDoesNotTouchTheDatabase() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat(QUERY_CLASSES)
                .check(CLASSES);
    }

    @Test
    void uiPackagesHoldOnlyUi() {
        noClasses().that().resideInAPackage("..ui..")
                .should().beAnnotatedWith(Service.class)
                .orShould().beAnnotatedWith(Repository.class)
                .orShould().haveSimpleNameEndingWith("Queries")
                .orShould().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        // every package is its own slice, so base.ui, base.i18n and base.chart count separately
        slices().matching("vn.binhthuy.partybuilding.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyFeatureKeepsItsScreensInItsUiPackage() {
        // a feature's own screens (and Vaadin listeners) live in its ui sub-package; everything else stays free of
        // Vaadin, and no feature reaches into the pages that compose features or into the shell
        noClasses().that().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", ROOT + ".dashboard..",
                        ROOT + ".base.ui..")
                .check(CLASSES);
    }

    @Test
    void baseDependsOnNoFeature() {
        // features build on base (the shell, charts, i18n) and contribute to it through interfaces it defines
        noClasses().that().resideInAPackage("vn.binhthuy.partybuilding.base..")
                .should().dependOnClassesThat(resideInAPackage("vn.binhthuy.partybuilding..")
                        .and(resideOutsideOfPackage("vn.binhthuy.partybuilding.base..")))
                .check(CLASSES);
    }

    @Test
    void queryClassesAreUsedOnlyByTheirOwnFeaturesServices() {
        classes().that(QUERY_CLASSES).should(new ArchCondition<>("be used only by services of their own package") {
            @Override
            public void check(JavaClass queries, ConditionEvents events) {
                for (Dependency dependency : queries.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    JavaClass owner = user.getEnclosingClass().orElse(user);
                    boolean ownService = owner.getPackageName().equals(queries.getPackageName())
                            && (owner.isAnnotatedWith(Service.class) || owner.equals(queries));
                    if (!ownService) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(CLASSES);
    }

    @Test
    void pageServicesComposeServicesOnly() {
        // a page's read model is built from the features' services, which check access; never from their queries
        noClasses().that().resideInAPackage(ROOT + ".dashboard")
                .and().haveSimpleNameEndingWith("PageService").or().haveSimpleName("PageFrames")
                .or().haveSimpleName("PageScopes")
                .should().dependOnClassesThat(QUERY_CLASSES)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void viewsTakeAFewCollaborators() {
        // a view asks its page service (or a few services) and an editor factory, not every service it shows
        classes().that().areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("take at most 4 collaborators") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                for (JavaConstructor constructor : view.getConstructors()) {
                    if (constructor.getRawParameterTypes().size() > 4) {
                        events.add(SimpleConditionEvent.violated(constructor, constructor.getFullName()
                                + " takes " + constructor.getRawParameterTypes().size()));
                    }
                }
            }
        }).check(CLASSES);
    }

    @Test
    void productionCodeAsksTheClockBeanForToday() {
        // today follows Việt Nam's calendar and tests can fix it
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .check(CLASSES);
    }
}
