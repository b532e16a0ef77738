package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import vn.binhthuy.partybuilding.export.DatasetExporter;
import vn.binhthuy.partybuilding.importing.CheckedImport;
import vn.binhthuy.partybuilding.importing.ImportKind;
import vn.binhthuy.partybuilding.importing.ImportPage;
import vn.binhthuy.partybuilding.importing.ImportProgress;
import vn.binhthuy.partybuilding.importing.ImportScope;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip by which a committee moves its data to a new server: the Board's whole-dataset workbooks of
 * 2016–2019 (/export), imported through the import page in its guided order into a database emptied of party data,
 * give dashboards identical to the originals — every KPI, chart aggregate, table and list a leader or the Board sees
 * on the overview (with a kind and a group filter too), every organization's page, every cell's page, the
 * manifestations and the remediation pages.
 *
 * <p>Compared without database ids (fields {@code id} and {@code …Id}/{@code …Ids}, and {@code version}): the import
 * creates new rows. What may legitimately differ and is left out of the comparison: ids and versions; the audit
 * log (it records the import itself); the exporting and importing accounts. Everything else, including names, codes,
 * display orders, dates, statuses and list orders, must be identical.
 *
 * <p>It has a context of its own (the property below) because it empties the database and imports into it for real.
 */
@SpringBootTest(properties = "partybuilding.test.context=dataset-round-trip")
@DirtiesContext
@WithUserDetails("bantochuc")
class DatasetRoundTripTest {

    private static final List<Integer> YEARS = List.of(2016, 2017, 2018, 2019);

    /** The party data the workbooks carry; reference data (scales, indicators, unit kinds) and accounts stay. */
    private static final List<String> PARTY_TABLES = List.of("remediation_progress", "remediation_plan_indicator",
            "remediation_plan", "finding", "review_delegation", "notebook_entry", "member_rating",
            "member_rating_count", "finding_count", "organization_rating", "member_assignment", "party_member", "unit_succession",
            "unit");

    @Autowired OverviewPageService overviewPages;
    @Autowired WardPageService wardPages;
    @Autowired CellPageService cellPages;
    @Autowired IndicatorsPageService indicatorsPages;
    @Autowired RemediationPageService remediationPages;
    @Autowired UnitService units;
    @Autowired DatasetExporter exporter;
    @Autowired TranslationProvider translations;
    @Autowired ImportPage importPage;
    @Autowired JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theWorkbooksOfEveryYearImportedIntoAnEmptyDatabaseReproduceEveryDashboard() throws Exception {
        long start = System.nanoTime();
        Map<String, JsonNode> before = dashboards();
        assertThat(before.keySet()).as("every organization's and cell's page of every year")
                .contains("ward p-long-tuyen 2017", "cell p-long-tuyen-kv1 2019")
                .filteredOn(page -> page.startsWith("cell ")).hasSizeGreaterThan(400);
        Map<Integer, byte[]> workbooks = new LinkedHashMap<>();
        for (int year : YEARS) {
            workbooks.put(year, exported(year));
        }

        Map<String, String> accountUnits = emptyPartyData();
        assertThat(importPage.isEmpty()).isTrue();
        importEverything(workbooks);
        rebind(accountUnits);

        Map<String, JsonNode> after = dashboards();
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String page : before.keySet()) {
            assertThat(after.get(page).toPrettyString()).as(page).isEqualTo(before.get(page).toPrettyString());
        }
        // speed belongs to the benchmark, not to an assertion; printed so a slow import shows in the build log
        System.out.printf("Dataset round trip: %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Every page of every year, by a name independent of ids, as id-free JSON. */
    private Map<String, JsonNode> dashboards() {
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        for (int year : YEARS) {
            int previous = year - 1;
            pages.put("overview " + year, comparable(overviewPages.load(null, year, null, null, previous)));
            pages.put("overview " + year + " WARD B", comparable(overviewPages.load(null, year, "WARD", "B", 0)));
            pages.put("indicators " + year, comparable(indicatorsPages.load(year, Optional.empty(), null, previous)));
            pages.put("indicators " + year + " C", comparable(indicatorsPages.load(year, Optional.empty(), "C", null)));
            pages.put("indicators " + year + " A5", comparable(indicatorsPages.load(year, Optional.of("A5"), null,
                    null)));
            RemediationPage remediation = remediationPages.load(PlanFilter.ofYear(year), Optional.empty(), previous);
            pages.put("remediation " + year, comparable(remediation));
            pages.put("remediation plans " + year, comparable(remediationPages.plans(remediation.filter(),
                    PlanSort.DEADLINE, true, 0, Integer.MAX_VALUE)));
            for (Unit organization : units.organizations(year)) {
                String code = organization.code();
                pages.put("ward " + code + " " + year, comparable(wardPages.load(year, code, previous).orElseThrow()));
                pages.put("remediation " + code + " " + year, comparable(remediationPages.load(PlanFilter.ofYear(year),
                        Optional.of(code), null)));
                List<Unit> cells = units.cells(organization.id());
                for (Unit cell : cells.isEmpty() ? List.of(organization) : cells) {
                    if (cell.isValidIn(year)) {
                        cellPages.load(year, cell.id()).ifPresent(page ->
                                pages.put("cell " + cell.code() + " " + year, comparable(page)));
                    }
                }
            }
        }
        return pages;
    }

    private byte[] exported(int year) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(year, DatasetExporter.sheets(),
                (key, params) -> translations.getTranslation(key, Locale.forLanguageTag("vi"), params),
                "du-lieu_" + year + ".xlsx", out);
        return out.toByteArray();
    }

    /**
     * Deletes every row of party data, as on a new server; returns each account's unit by code, since the accounts
     * stay and their units come back with new ids.
     */
    private Map<String, String> emptyPartyData() {
        Map<String, String> accountUnits = new LinkedHashMap<>();
        jdbc.query("SELECT a.username, u.code FROM app_user a JOIN unit u ON u.id = a.unit_id",
                rs -> {
                    accountUnits.put(rs.getString(1), rs.getString(2));
                });
        jdbc.execute("SET FOREIGN_KEY_CHECKS = 0");
        try {
            jdbc.update("UPDATE app_user SET unit_id = NULL");
            for (String table : PARTY_TABLES) {
                jdbc.update("DELETE FROM " + table);
            }
        } finally {
            jdbc.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        return accountUnits;
    }

    private void rebind(Map<String, String> accountUnits) {
        accountUnits.forEach((username, code) -> jdbc.update(
                "UPDATE app_user SET unit_id = (SELECT id FROM unit WHERE code = ?) WHERE username = ?",
                code, username));
    }

    /**
     * Every sheet through the import page, in its guided order: the register (units, members, cell history) from one
     * workbook — it holds every year's units and members —, each yearly kind from each year's workbook for the whole
     * committee.
     */
    private void importEverything(Map<Integer, byte[]> workbooks) {
        byte[] last = workbooks.get(YEARS.getLast());
        List<String> imported = new ArrayList<>();
        for (ImportKind kind : importPage.kinds()) {
            if (!kind.yearly()) {
                importSheet(kind, ImportScope.wholeCommittee(null), last);
                imported.add(kind.code());
                continue;
            }
            for (int year : YEARS) {
                importSheet(kind, ImportScope.wholeCommittee(year), workbooks.get(year));
            }
            imported.add(kind.code());
        }
        assertThat(imported).containsExactly("UNITS", "MEMBERS", "MEMBER_HISTORY", "ORGANIZATION_RATINGS",
                "MEMBER_RATINGS", "FINDINGS", "PLANS", "PLAN_PROGRESS", "REVIEW_DELEGATIONS", "NOTEBOOK");
    }

    private void importSheet(ImportKind kind, ImportScope scope, byte[] workbook) {
        ImportProgress progress = new ImportProgress();
        CheckedImport checked = importPage.check(kind, scope, "du-lieu.xlsx", workbook, progress);
        assertThat(checked.problems()).as(kind.code() + " " + scope).isEmpty();
        if (!checked.preview().isEmpty()) {
            importPage.apply(checked, progress);
        }
    }

    /** The page as JSON without ids and versions, list order kept. */
    private JsonNode comparable(Object page) {
        JsonNode tree = json.valueToTree(page);
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                if (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids") || name.equals("version")) {
                    object.remove(name);
                } else {
                    strip(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(DatasetRoundTripTest::strip);
        }
    }
}
