package vn.binhthuy.partybuilding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Views call services, services call queries; features do not depend on each other in circles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.binhthuy.partybuilding");

    @Test
    void uiCodeDoesNotTouchTheDatabase() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        // every package is its own slice, so base.ui, base.i18n and base.chart count separately
        slices().matching("vn.binhthuy.partybuilding.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainFeaturesDoNotDependOnTheUi() {
        // a feature's own screens live in its ui sub-package; everything else in it stays free of Vaadin
        noClasses().that().resideInAnyPackage("..classification..", "..indicators..", "..remediation..",
                        "..reviews..", "..units..", "..demo..", "..database..")
                .and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..dashboard..", "..base.ui..")
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
