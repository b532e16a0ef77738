package vn.binhthuy.partybuilding.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the Bình Thủy demo data into an empty database, once: a marker row makes loading idempotent,
 * and a database that already holds units (real data) is never touched.
 * With {@code partybuilding.demo-data.scale} above 1 (scale tests) it writes that many districts — Bình Thủy and
 * synthetic copies of it — under one province root, a district at a time, as multi-row INSERTs; the first copy
 * carries an illustrative reorganization ({@link IllustrativeReorganization}).
 */
@Service
public class DemoDataLoader {

    static final String DATASET = "binh-thuy-2016-2019";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Rows per multi-row INSERT: one statement per 500 rows instead of one per row. */
    private static final int ROWS_PER_STATEMENT = 500;

    /** The password of every demo user (listed in README); demo data is for trying the product, never production. */
    public static final String DEMO_PASSWORD = "BinhThuy@2017";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int scale;

    /** The Bình Thủy demo as it always was (scale 1). */
    public DemoDataLoader(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this(jdbc, passwordEncoder, clock, 1);
    }

    @Autowired
    public DemoDataLoader(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock,
                          @Value("${partybuilding.demo-data.scale:1}") int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("partybuilding.demo-data.scale must be 1 or more, not " + scale);
        }
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.scale = scale;
    }

    /** The marker of the loaded dataset: the plain demo at scale 1, e.g. "binh-thuy-2016-2019-x10" above. */
    String dataset() {
        return scale == 1 ? DATASET : DATASET + "-x" + scale;
    }

    public enum Outcome { LOADED, ALREADY_LOADED, SKIPPED_DATABASE_NOT_EMPTY }

    @Transactional
    public Outcome load() {
        Integer marker = jdbc.queryForObject("SELECT COUNT(*) FROM demo_data_load WHERE dataset = ?", Integer.class, dataset());
        if (marker != null && marker > 0) {
            return Outcome.ALREADY_LOADED;
        }
        Integer existingUnits = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
        if (existingUnits != null && existingUnits > 0) {
            log.warn("Demo data not loaded: the database already holds {} units", existingUnits);
            return Outcome.SKIPPED_DATABASE_NOT_EMPTY;
        }
        long started = System.nanoTime();
        Map<String, String> indicatorTitles = new HashMap<>();
        Map<String, Long> indicatorIds = new HashMap<>();
        jdbc.query("SELECT id, code, title_vi FROM indicator", rs -> {
            indicatorTitles.put(rs.getString("code"), rs.getString("title_vi"));
            indicatorIds.put(rs.getString("code"), rs.getLong("id"));
        });
        LevelIds levels = new LevelIds(jdbc);
        Long root = scale == 1 ? null : writeProvinceRoot();
        long[] counts = new long[5];
        for (int index = 0; index < scale; index++) {
            DistrictCopy copy = new DistrictCopy(index, root);
            IllustrativeReorganization.Result generated = IllustrativeReorganization.apply(
                    new DemoDataGenerator(indicatorTitles, copy).generate(), copy);
            DemoDataset data = generated.data();
            write(data, levels, indicatorIds);
            batch("INSERT INTO unit_succession (predecessor_id, successor_id, from_year, kind) VALUES (?,?,?,?)",
                    generated.successions(), s -> new Object[]{s.predecessorId(), s.successorId(), s.fromYear(),
                            s.kind()});
            counts[0] += data.units().size();
            counts[1] += data.members().size();
            counts[2] += data.memberRatings().size();
            counts[3] += data.findings().size();
            counts[4] += data.plans().size();
        }
        writeUsers(root == null ? null : provinceCode());
        jdbc.update("INSERT INTO demo_data_load (dataset, loaded_at) VALUES (?, ?)", dataset(),
                Timestamp.valueOf(LocalDateTime.now(clock)));
        // Fresh statistics (and an implicit commit, so last): right after a bulk load the optimizer drove the trend
        // from rating_level into member_rating by its foreign key, three times slower at scale 10 (docs/benchmarks.md).
        // The counts kept by triggers too: unanalyzed, the province's trend read them through the wrong index, 6× slower.
        jdbc.execute("ANALYZE TABLE unit, party_member, member_assignment, organization_rating, member_rating, finding,"
                + " remediation_plan, remediation_progress, review_delegation, notebook_entry, member_rating_count,"
                + " finding_count");
        log.info("Demo data {} loaded in {} ms: {} units, {} members, {} member ratings, {} findings, {} plans",
                dataset(), (System.nanoTime() - started) / 1_000_000, counts[0] + (root == null ? 0 : 1), counts[1],
                counts[2], counts[3], counts[4]);
        return Outcome.LOADED;
    }

    /** The city or province above the districts of a scaled dataset; its id follows every district's id range. */
    private long writeProvinceRoot() {
        long id = scale * DistrictCopy.UNIT_IDS + 1;
        jdbc.update("""
                INSERT INTO unit (id, code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year, sort_order)
                VALUES (?, ?, NULL, 'PROVINCE', 'PROVINCE', ?, ?, 2004, 2025, 0)""",
                id, provinceCode(), "Đảng bộ tỉnh mẫu (" + scale + " quận)", "Tỉnh mẫu");
        return id;
    }

    private void write(DemoDataset data, LevelIds levels, Map<String, Long> indicatorIds) {
        batch("INSERT INTO unit (id, code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?)",
                data.units(), u -> new Object[]{u.id(), u.code(), u.parentId(), u.kindCode(), u.level(), u.name(),
                        u.shortName(), u.validFromYear(), u.validToYear(), u.sortOrder()});
        batch("INSERT INTO party_member (id, code, full_name, gender, birth_year, admitted_on, left_on) VALUES (?,?,?,?,?,?,?)",
                data.members(), m -> new Object[]{m.id(), m.code(), m.fullName(), String.valueOf(m.gender()),
                        m.birthYear(), date(m.admittedOn()), date(m.leftOn())});
        batch("INSERT INTO member_assignment (member_id, unit_id, valid_from, valid_to) VALUES (?,?,?,?)",
                data.assignments(), a -> new Object[]{a.memberId(), a.unitId(), date(a.validFrom()), date(a.validTo())});
        batch("INSERT INTO organization_rating (unit_id, rating_year, level_id, exemplary) VALUES (?,?,?,?)",
                data.organizationRatings(), r -> new Object[]{r.unitId(), r.year(),
                        levels.of("ORGANIZATION", r.year(), r.levelCode()), r.exemplary()});
        batch("INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id) VALUES (?,?,?,?,?)",
                data.memberRatings(), r -> new Object[]{r.memberId(), r.year(), r.unitId(), r.organizationId(),
                        levels.of("MEMBER", r.year(), r.levelCode())});
        batch("INSERT INTO finding (finding_year, indicator_id, member_id, unit_id, organization_id, degree, source, found_on) VALUES (?,?,?,?,?,?,?,?)",
                data.findings(), f -> new Object[]{f.year(), indicatorIds.get(f.indicatorCode()), f.memberId(),
                        f.unitId(), f.organizationId(), f.degree(), f.source(), date(f.foundOn())});
        batch("INSERT INTO remediation_plan (id, plan_year, unit_id, organization_id, member_id, source, title, shortcomings, responsible_person, created_on, deadline, status, completed_on, verification_result, verified_on, verification_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                data.plans(), p -> new Object[]{p.id(), p.year(), p.unitId(), p.organizationId(), p.memberId(),
                        p.source(), p.title(), p.shortcomings(), p.responsiblePerson(), date(p.createdOn()),
                        date(p.deadline()), p.status(), date(p.completedOn()), p.verificationResult(),
                        date(p.verifiedOn()), p.verificationNote()});
        List<Object[]> planIndicators = new ArrayList<>();
        data.plans().forEach(p -> p.indicatorCodes().forEach(c -> planIndicators.add(new Object[]{p.id(), indicatorIds.get(c)})));
        batch("INSERT INTO remediation_plan_indicator (plan_id, indicator_id) VALUES (?,?)", planIndicators, row -> row);
        batch("INSERT INTO remediation_progress (plan_id, reported_on, percent_complete, note) VALUES (?,?,?,?)",
                data.progress(), p -> new Object[]{p.planId(), date(p.reportedOn()), p.percentComplete(), p.note()});
        batch("INSERT INTO review_delegation (review_year, unit_id, organization_id, member_id, participation, review_date, head_name, note) VALUES (?,?,?,?,?,?,?,?)",
                data.reviews(), r -> new Object[]{r.year(), r.unitId(), r.organizationId(), r.memberId(),
                        r.participation(), date(r.reviewDate()), r.headName(), r.note()});
        batch("INSERT INTO notebook_entry (unit_id, organization_id, member_id, entry_date, kind, content, recorded_by) VALUES (?,?,?,?,?,?,?)",
                data.notebook(), n -> new Object[]{n.unitId(), n.organizationId(), n.memberId(), date(n.entryDate()),
                        n.kind(), n.content(), n.recordedBy()});
    }

    private String provinceCode() {
        return "t-mau-x" + scale;
    }

    /**
     * One demo user per role; secretaries of Long Tuyền and Trà Nóc to try the ward-scoped view. Above a province
     * root (scale tests) lanhdao is the leadership of Bình Thủy only, and lanhdao.tinh the province's.
     */
    private void writeUsers(String provinceCode) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        List<Object[]> users = new ArrayList<>(List.of(
                new Object[]{"lanhdao", "Trương Minh Khoa (Thường trực Quận ủy)", BinhThuyDistrict.DISTRICT_CODE, "LEADERSHIP"},
                new Object[]{"bantochuc", "Lâm Thị Cẩm Vân (Ban Tổ chức Quận ủy)", BinhThuyDistrict.DISTRICT_CODE, "ORG_BOARD"},
                new Object[]{"bithu.longtuyen", "Bí thư Đảng ủy phường Long Tuyền", BinhThuyDistrict.LONG_TUYEN, "SECRETARY"},
                new Object[]{"bithu.tranoc", "Bí thư Đảng ủy phường Trà Nóc", "p-tra-noc", "SECRETARY"},
                new Object[]{"quantri", "Quản trị hệ thống", null, "ADMIN"}));
        if (provinceCode != null) {
            users.add(new Object[]{"lanhdao.tinh", "Lãnh đạo Tỉnh ủy mẫu", provinceCode, "LEADERSHIP"});
        }
        for (Object[] user : users) {
            jdbc.update("""
                    INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                    VALUES (?, ?, ?, (SELECT id FROM unit WHERE code = ?), TRUE, FALSE)""",
                    user[0], hash, user[1], user[2]);
            jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, ? FROM app_user WHERE username = ?",
                    user[3], user[0]);
        }
    }

    /** Writes the rows as multi-row INSERTs: the VALUES tuple of {@code sql} repeated for up to 500 rows. */
    private <T> void batch(String sql, List<T> rows, Function<T, Object[]> toArgs) {
        int values = sql.indexOf(" VALUES ") + " VALUES ".length();
        String head = sql.substring(0, values);
        String tuple = sql.substring(values);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> args = new ArrayList<>();
            chunk.forEach(row -> Collections.addAll(args, toArgs.apply(row)));
            jdbc.update(head + String.join(",", Collections.nCopies(chunk.size(), tuple)), args.toArray());
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** Resolves a level code to its id in the scheme in force for a subject and year. */
    private static final class LevelIds {
        private record Level(String subject, String code, long id, int fromYear, Integer toYear) {}

        private final List<Level> levels;

        LevelIds(JdbcTemplate jdbc) {
            levels = jdbc.query("""
                    SELECT s.subject, l.code, l.id, s.valid_from_year, s.valid_to_year
                    FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id""",
                    (rs, i) -> new Level(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                            (Integer) rs.getObject(5, Integer.class)));
        }

        long of(String subject, int year, String code) {
            return levels.stream()
                    .filter(l -> l.subject().equals(subject) && l.code().equals(code) && l.fromYear() <= year
                            && (l.toYear() == null || l.toYear() >= year))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No level " + code + " for " + subject + " in " + year))
                    .id();
        }
    }
}
