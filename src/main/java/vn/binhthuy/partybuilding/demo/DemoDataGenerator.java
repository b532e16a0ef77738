package vn.binhthuy.partybuilding.demo;

import vn.binhthuy.partybuilding.demo.DemoDataset.AssignmentRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.FindingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.MemberRatingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.MemberRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.NotebookRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.OrganizationRatingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.PlanRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.ProgressRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.ReviewRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.UnitRow;
import vn.binhthuy.partybuilding.indicators.IndicatorGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the Bình Thủy demo data for 2016–2019, deterministically (fixed seeds, fixed iteration order).
 * Year 2017 reproduces the article of 19/03/2018: 30 TCCSĐ "trong sạch, vững mạnh" (8 exemplary),
 * 4.164 of 4.389 members rated "hoàn thành tốt nhiệm vụ" or better (94,87%), review delegations for
 * 9 collectives and 9 individuals plus attendance at 9 more collectives and 1 more individual, and no member
 * of Long Tuyền with a violation. Everything else is invented, plausibly.
 */
final class DemoDataGenerator {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2019;
    static final int ARTICLE_YEAR = 2017;
    static final int ARTICLE_MEMBERS_RATED = 4389;
    static final int ARTICLE_MEMBERS_GOOD = 4164;

    /** The district was founded in 2004; wards were merged and the district level abolished in 2025. */
    private static final int VALID_FROM = 2004;
    private static final Integer VALID_TO = 2025;
    /** Relative frequency of each indicator inside its group (A1..A9, B1..B9, C1..C9). */
    private static final double[][] INDICATOR_WEIGHTS = {
            {1, 0.6, 2, 3, 4, 3.5, 1.2, 2, 0.4},
            {2, 0.6, 0.3, 3, 3.2, 2.2, 0.3, 0.3, 0.8},
            {0.5, 0.3, 0.5, 2, 0.2, 0.1, 0.4, 1.6, 0.6}};
    private static final List<String> BOARD_MEMBERS = List.of(
            "Trương Minh Khoa", "Lâm Thị Cẩm Vân", "Đoàn Quốc Thịnh", "Kiều Văn Lực", "Mai Thị Diễm Trinh");

    private final Map<String, String> indicatorTitles;
    private final DistrictCopy copy;
    private final Random random;

    private final List<UnitRow> units = new ArrayList<>();
    private final List<MemberRow> members = new ArrayList<>();
    private final List<AssignmentRow> assignments = new ArrayList<>();
    private final List<OrganizationRatingRow> organizationRatings = new ArrayList<>();
    private final List<MemberRatingRow> memberRatings = new ArrayList<>();
    private final List<FindingRow> findings = new ArrayList<>();
    private final List<PlanRow> plans = new ArrayList<>();
    private final List<ProgressRow> progress = new ArrayList<>();
    private final List<ReviewRow> reviews = new ArrayList<>();
    private final List<NotebookRow> notebook = new ArrayList<>();

    /** Per grassroots organization: its spec, its unit row and the units members belong to (cells, or itself). */
    private final List<Organization> organizations = new ArrayList<>();
    private final Map<Long, String> secretaries = new HashMap<>();
    private final List<Member> roster = new ArrayList<>();

    private record Organization(OrganizationSpec spec, UnitRow unit, List<UnitRow> memberUnits) {}

    /** A member with where they belong; cellHistory is in date order. */
    private static final class Member {
        final MemberRow row;
        final Organization organization;
        final List<AssignmentRow> cellHistory = new ArrayList<>();
        Integer exemptFromYear;

        Member(MemberRow row, Organization organization) {
            this.row = row;
            this.organization = organization;
        }

        boolean isRatedIn(int year) {
            boolean admitted = !row.admittedOn().isAfter(LocalDate.of(year, 9, 30));
            boolean stillMember = row.leftOn() == null || row.leftOn().getYear() > year;
            boolean exempt = exemptFromYear != null && year >= exemptFromYear;
            return admitted && stillMember && !exempt;
        }

        long unitAtEndOf(int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            long unit = cellHistory.getFirst().unitId();
            for (AssignmentRow a : cellHistory) {
                if (!a.validFrom().isAfter(end)) {
                    unit = a.unitId();
                }
            }
            return unit;
        }
    }

    DemoDataGenerator(Map<String, String> indicatorTitles) {
        this(indicatorTitles, DistrictCopy.BINH_THUY);
    }

    DemoDataGenerator(Map<String, String> indicatorTitles, DistrictCopy copy) {
        this.indicatorTitles = indicatorTitles;
        this.copy = copy;
        this.random = new Random(20180319L + copy.salt());
    }

    DemoDataset generate() {
        buildUnits();
        buildMembers();
        if (copy.isArticleDistrict()) {
            exemptElderlyMembersFor2017();
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            rateOrganizations(year);
            rateMembers(year);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<ReviewRow> yearReviews = buildReviews(year);
            buildFindingsAndPlans(year, yearReviews);
            buildNotebook(year);
        }
        return new DemoDataset(units, members, assignments, organizationRatings, memberRatings, findings, plans,
                progress, reviews, notebook);
    }

    // ------------------------------------------------------------------ units

    private void buildUnits() {
        long offset = copy.unitIdOffset();
        UnitRow district = new UnitRow(offset + 1, copy.districtCode(), copy.parentId(), "DISTRICT", "DISTRICT",
                copy.districtName(), copy.districtShortName(), VALID_FROM, VALID_TO, copy.index());
        units.add(district);
        long nextId = offset + 2;
        int order = copy.sortOrderOffset();
        for (OrganizationSpec spec : BinhThuyDistrict.ORGANIZATIONS) {
            UnitRow org = new UnitRow(nextId++, copy.code(spec.code()), district.id(), spec.kind(), "GRASSROOTS",
                    copy.name(spec.name()), copy.shortName(spec.shortName()), VALID_FROM, VALID_TO, ++order);
            units.add(org);
            secretaries.put(org.id(), DemoNames.personName(random, random.nextDouble() < 0.35));
            List<UnitRow> memberUnits = new ArrayList<>();
            for (int c = 1; c <= spec.cells(); c++) {
                UnitRow cell = spec.isWard()
                        ? new UnitRow(nextId++, org.code() + "-kv" + c, org.id(), "RESIDENTIAL_CELL", "CELL",
                        "Chi bộ khu vực " + c + ", phường " + org.shortName().replaceFirst("^Phường ", ""), "Khu vực " + c,
                        VALID_FROM, VALID_TO, c)
                        : new UnitRow(nextId++, org.code() + "-cb" + c, org.id(), "CELL", "CELL",
                        "Chi bộ " + c + " - " + org.shortName(), "Chi bộ " + c, VALID_FROM, VALID_TO, c);
                units.add(cell);
                memberUnits.add(cell);
                secretaries.put(cell.id(), DemoNames.personName(random, random.nextDouble() < 0.35));
            }
            if (memberUnits.isEmpty()) {
                memberUnits.add(org);
            }
            organizations.add(new Organization(spec, org, memberUnits));
        }
    }

    // ------------------------------------------------------------------ members

    private void buildMembers() {
        long nextId = copy.memberIdOffset() + 1;
        for (Organization org : organizations) {
            int initial = org.spec().members();
            int total = initial + (int) Math.round(initial * 0.028 * (LAST_YEAR - FIRST_YEAR + 1));
            for (int i = 0; i < total; i++) {
                boolean female = random.nextDouble() < (org.spec().isWard() ? 0.42 : 0.36);
                LocalDate admitted = i < initial
                        ? LocalDate.of(1975 + random.nextInt(41), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1),
                        1 + random.nextInt(12), 1 + random.nextInt(28));
                int birthYear = Math.min(admitted.getYear() - 18, 1940 + random.nextInt(60));
                LocalDate left = random.nextDouble() < 0.045
                        ? LocalDate.of(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1), 1 + random.nextInt(12), 15)
                        : null;
                if (left != null && !left.isAfter(admitted)) {
                    left = null;
                }
                MemberRow row = new MemberRow(nextId, "DV%06d".formatted(nextId),
                        DemoNames.personName(random, female), female ? 'F' : 'M', birthYear, admitted, left);
                nextId++;
                members.add(row);
                Member member = new Member(row, org);
                UnitRow first = org.memberUnits().get(random.nextInt(org.memberUnits().size()));
                LocalDate from = admitted;
                boolean transfers = org.memberUnits().size() > 1 && random.nextDouble() < 0.03;
                if (transfers) {
                    LocalDate moved = LocalDate.of(2017 + random.nextInt(3), 1 + random.nextInt(12), 1);
                    if (moved.isAfter(from) && (left == null || moved.isBefore(left))) {
                        UnitRow second = otherUnit(org, first);
                        member.cellHistory.add(new AssignmentRow(row.id(), first.id(), from, moved.minusDays(1)));
                        member.cellHistory.add(new AssignmentRow(row.id(), second.id(), moved, left));
                    }
                }
                if (member.cellHistory.isEmpty()) {
                    member.cellHistory.add(new AssignmentRow(row.id(), first.id(), from, left));
                }
                assignments.addAll(member.cellHistory);
                roster.add(member);
            }
        }
    }

    private UnitRow otherUnit(Organization org, UnitRow current) {
        List<UnitRow> open = org.memberUnits().stream()
                .filter(u -> u.id() != current.id()).toList();
        return open.get(random.nextInt(open.size()));
    }

    /** Members exempted from party activities are not rated; exactly enough of the eldest to rate 4.389 in 2017. */
    private void exemptElderlyMembersFor2017() {
        List<Member> active = roster.stream().filter(m -> m.isRatedIn(ARTICLE_YEAR)).collect(Collectors.toList());
        int toExempt = active.size() - ARTICLE_MEMBERS_RATED;
        if (toExempt < 0) {
            throw new IllegalStateException("Demo roster too small for the article year: " + active.size());
        }
        active.sort(Comparator.comparingInt((Member m) -> m.row.birthYear()).thenComparingLong(m -> m.row.id()));
        for (int i = 0; i < toExempt; i++) {
            active.get(i).exemptFromYear = i % 2 == 0 ? FIRST_YEAR : ARTICLE_YEAR;
        }
    }

    // ------------------------------------------------------------------ ratings

    /** How many organizations get each level, best first; exemplary is a distinction within the first level. */
    private record OrganizationOutcome(int[] levelCounts, String[] levelCodes, int exemplary) {}

    private static OrganizationOutcome organizationOutcome(int year) {
        String[] hd27 = {"TSVM", "HTTNV", "HTNV", "YK"};
        String[] qd132 = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};
        return switch (year) {
            case 2016 -> new OrganizationOutcome(new int[]{28, 6, 2, 0}, hd27, 6);
            case 2017 -> new OrganizationOutcome(new int[]{30, 5, 1, 0}, hd27, 8);
            case 2018 -> new OrganizationOutcome(new int[]{6, 25, 4, 1}, qd132, 0);
            default -> new OrganizationOutcome(new int[]{7, 26, 3, 0}, qd132, 0);
        };
    }

    private void rateOrganizations(int year) {
        Random yearRandom = new Random(year * 31L + copy.salt());
        List<Organization> ranked = new ArrayList<>(organizations);
        Map<Organization, Double> score = new HashMap<>();
        for (Organization org : ranked) {
            boolean longTuyenIn2017 = year == ARTICLE_YEAR && org.spec().code().equals(BinhThuyDistrict.LONG_TUYEN);
            score.put(org, longTuyenIn2017 ? 10 : org.spec().quality() + yearRandom.nextGaussian() * 0.06);
        }
        ranked.sort(Comparator.comparingDouble((Organization o) -> -score.get(o)));
        OrganizationOutcome outcome = organizationOutcome(year);
        int index = 0;
        for (int level = 0; level < outcome.levelCounts().length; level++) {
            for (int k = 0; k < outcome.levelCounts()[level]; k++, index++) {
                boolean exemplary = level == 0 && k < outcome.exemplary();
                organizationRatings.add(new OrganizationRatingRow(ranked.get(index).unit().id(), year,
                        outcome.levelCodes()[level], exemplary));
            }
        }
    }

    private void rateMembers(int year) {
        Random yearRandom = new Random(year * 17L + copy.salt());
        boolean newScale = year >= 2018;
        Map<Member, String> levels = new LinkedHashMap<>();
        for (Member member : roster) {
            if (!member.isRatedIn(year)) {
                continue;
            }
            double q = member.organization.spec().quality();
            boolean overGenerous = year == 2019 && Set.of("p-tra-noc", "cb-dich-vu-do-thi")
                    .contains(member.organization.spec().code());
            double excellent = overGenerous ? 0.24 : newScale ? 0.08 + 0.09 * q : 0.12 + 0.12 * q;
            double weak = 0.015 + 0.09 * (1 - q) - (year - FIRST_YEAR) * 0.004;
            double failing = 0.002 + 0.012 * (1 - q);
            double u = yearRandom.nextDouble();
            String level = u < failing ? "KHTNV" : u < failing + weak ? "HTNV" : u < failing + weak + excellent
                    ? "HTXSNV" : "HTTNV";
            if (year == ARTICLE_YEAR && level.equals("KHTNV") && isLongTuyen(member.organization)) {
                level = "HTNV";
            }
            levels.put(member, level);
        }
        if (newScale) {
            capExcellentShare(levels, year);
        }
        if (year == ARTICLE_YEAR && copy.isArticleDistrict()) {
            matchArticleShare(levels, yearRandom);
        }
        levels.forEach((member, level) -> memberRatings.add(new MemberRatingRow(member.row.id(), year,
                member.unitAtEndOf(year), member.organization.unit().id(), level)));
    }

    /** QĐ 132: excellent for at most 20% of those rated "hoàn thành tốt nhiệm vụ" or better, per organization. */
    private static void capExcellentShare(Map<Member, String> levels, int year) {
        Map<Organization, List<Member>> byOrganization = levels.keySet().stream()
                .collect(Collectors.groupingBy(m -> m.organization, LinkedHashMap::new, Collectors.toList()));
        byOrganization.forEach((org, orgMembers) -> {
            boolean deliberatelyOver = year == 2019 && Set.of("p-tra-noc", "cb-dich-vu-do-thi").contains(org.spec().code());
            if (deliberatelyOver) {
                return;
            }
            long good = orgMembers.stream().filter(m -> isGood(levels.get(m))).count();
            long allowed = (long) Math.floor(good * 0.20);
            long excellent = orgMembers.stream().filter(m -> levels.get(m).equals("HTXSNV")).count();
            for (Member m : orgMembers) {
                if (excellent <= allowed) {
                    break;
                }
                if (levels.get(m).equals("HTXSNV")) {
                    levels.put(m, "HTTNV");
                    excellent--;
                }
            }
        });
    }

    /** Adjusts 2017 so that exactly 4.164 members are rated "hoàn thành tốt nhiệm vụ" or better. */
    private static void matchArticleShare(Map<Member, String> levels, Random yearRandom) {
        List<Member> rated = new ArrayList<>(levels.keySet());
        Collections.shuffle(rated, yearRandom);
        long good = levels.values().stream().filter(DemoDataGenerator::isGood).count();
        for (Member m : rated) {
            if (good > ARTICLE_MEMBERS_GOOD && levels.get(m).equals("HTTNV")) {
                levels.put(m, "HTNV");
                good--;
            } else if (good < ARTICLE_MEMBERS_GOOD && levels.get(m).equals("HTNV")) {
                levels.put(m, "HTTNV");
                good++;
            }
        }
        if (good != ARTICLE_MEMBERS_GOOD || levels.size() != ARTICLE_MEMBERS_RATED) {
            throw new IllegalStateException("Demo data does not reproduce the article: " + good + "/" + levels.size());
        }
    }

    private static boolean isGood(String level) {
        return level.equals("HTXSNV") || level.equals("HTTNV");
    }

    private static boolean isLongTuyen(Organization org) {
        return org.spec().code().equals(BinhThuyDistrict.LONG_TUYEN);
    }

    // ------------------------------------------------------------------ review delegations

    /** Delegations formed (LED) and reviews attended, for collectives and individuals, per year. */
    private static int[] reviewCounts(int year) {
        return switch (year) {
            case 2016 -> new int[]{7, 6, 8, 2};
            case 2017 -> new int[]{9, 9, 9, 1};
            case 2018 -> new int[]{10, 8, 9, 3};
            default -> new int[]{8, 10, 10, 2};
        };
    }

    private List<ReviewRow> buildReviews(int year) {
        Random yearRandom = new Random(year * 7L + copy.salt());
        int[] counts = reviewCounts(year);
        List<UnitRow> collectives = new ArrayList<>();
        for (Organization org : organizations) {
            collectives.add(org.unit());
            org.memberUnits().stream().filter(u -> u.id() != org.unit().id()).forEach(collectives::add);
        }
        // weaker organizations are reviewed more often
        Map<Long, Double> reviewPriority = new HashMap<>();
        collectives.forEach(u -> reviewPriority.put(u.id(), organizationOf(u).spec().quality() + yearRandom.nextDouble() * 0.35));
        collectives.sort(Comparator.comparingDouble(u -> reviewPriority.get(u.id())));
        List<Member> individuals = roster.stream()
                .filter(m -> m.isRatedIn(year))
                .filter(m -> !(year == ARTICLE_YEAR && isLongTuyen(m.organization)))
                .collect(Collectors.toList());
        Collections.shuffle(individuals, yearRandom);
        individuals.sort(Comparator.comparingDouble(m -> m.organization.spec().quality()));
        List<ReviewRow> yearReviews = new ArrayList<>();
        int c = 0;
        int i = 0;
        for (int k = 0; k < counts[0]; k++) {
            yearReviews.add(collectiveReview(year, collectives.get(c++), "LED", yearRandom));
        }
        for (int k = 0; k < counts[1]; k++) {
            yearReviews.add(individualReview(year, individuals.get(i++ * 7), "LED", yearRandom));
        }
        for (int k = 0; k < counts[2]; k++) {
            yearReviews.add(collectiveReview(year, collectives.get(c++), "ATTENDED", yearRandom));
        }
        for (int k = 0; k < counts[3]; k++) {
            yearReviews.add(individualReview(year, individuals.get(i++ * 7), "ATTENDED", yearRandom));
        }
        reviews.addAll(yearReviews);
        return yearReviews;
    }

    private ReviewRow collectiveReview(int year, UnitRow unit, String participation, Random r) {
        Organization org = organizationOf(unit);
        String note = participation.equals("LED")
                ? "Đoàn kiểm điểm của Ban Thường vụ Quận ủy dự, gợi ý kiểm điểm tập thể " + unit.name()
                : "Ban Thường vụ Quận ủy dự kiểm điểm tập thể " + unit.name();
        return new ReviewRow(year, unit.id(), org.unit().id(), null, participation, reviewDate(year, r),
                BOARD_MEMBERS.get(r.nextInt(BOARD_MEMBERS.size())), note);
    }

    private ReviewRow individualReview(int year, Member member, String participation, Random r) {
        String note = participation.equals("LED")
                ? "Kiểm điểm sâu đối với đảng viên có hạn chế, khuyết điểm chậm khắc phục"
                : "Dự kiểm điểm đảng viên";
        return new ReviewRow(year, member.unitAtEndOf(year), member.organization.unit().id(), member.row.id(),
                participation, reviewDate(year, r), BOARD_MEMBERS.get(r.nextInt(BOARD_MEMBERS.size())), note);
    }

    private static LocalDate reviewDate(int year, Random r) {
        return r.nextBoolean() ? LocalDate.of(year, 12, 5 + r.nextInt(24)) : LocalDate.of(year + 1, 1, 3 + r.nextInt(20));
    }

    private Organization organizationOf(UnitRow unit) {
        for (Organization org : organizations) {
            if (org.unit().id() == unit.id() || org.memberUnits().stream().anyMatch(u -> u.id() == unit.id())) {
                return org;
            }
        }
        throw new IllegalArgumentException("Unknown unit " + unit.code());
    }

    // ------------------------------------------------------------------ findings and remediation

    private void buildFindingsAndPlans(int year, List<ReviewRow> yearReviews) {
        Random yearRandom = new Random(year * 101L + copy.salt());
        double base = switch (year) {
            case 2016 -> 0.105;
            case 2017 -> 0.095;
            case 2018 -> 0.08;
            default -> 0.07;
        };
        Set<Long> reviewedMembers = yearReviews.stream().filter(r -> r.memberId() != null)
                .map(ReviewRow::memberId).collect(Collectors.toSet());
        for (Member member : roster) {
            if (!member.isRatedIn(year)) {
                continue;
            }
            OrganizationSpec spec = member.organization.spec();
            boolean reviewed = reviewedMembers.contains(member.row.id());
            if (!reviewed && yearRandom.nextDouble() >= base * (1.7 - spec.quality())) {
                continue;
            }
            boolean onlySelfExamination = year == ARTICLE_YEAR && isLongTuyen(member.organization);
            String source = reviewed ? "REVIEW_DELEGATION" : onlySelfExamination ? "SELF_REVIEW" : pickSource(yearRandom);
            List<String> codes = pickIndicators(spec, yearRandom, 1 + weightedIndex(yearRandom, 65, 25, 10));
            LocalDate foundOn = source.equals("SELF_REVIEW")
                    ? LocalDate.of(year, 1 + yearRandom.nextInt(6), 1 + yearRandom.nextInt(28))
                    : LocalDate.of(year, 5 + yearRandom.nextInt(7), 1 + yearRandom.nextInt(28));
            long unit = member.unitAtEndOf(year);
            boolean needsPlan = reviewed || !source.equals("SELF_REVIEW");
            for (String code : codes) {
                String degree = pickDegree(yearRandom, source);
                needsPlan |= !degree.equals("MILD");
                findings.add(new FindingRow(year, code, member.row.id(), unit, member.organization.unit().id(),
                        degree, source, foundOn));
            }
            if (needsPlan) {
                addPlan(year, unit, member.organization, member.row.id(), source, codes, foundOn,
                        yearRandom, null);
            }
        }
        for (Organization org : organizations) {
            List<UnitRow> collectives = new ArrayList<>();
            collectives.add(org.unit());
            org.memberUnits().stream().filter(u -> u.id() != org.unit().id()).forEach(collectives::add);
            for (UnitRow unit : collectives) {
                if (yearRandom.nextDouble() >= 0.34 * (1.55 - org.spec().quality()) * base / 0.09) {
                    continue;
                }
                String source = yearRandom.nextDouble() < 0.75 ? "SELF_REVIEW" : "REVIEW_DELEGATION";
                List<String> codes = pickIndicators(org.spec(), yearRandom, 1 + weightedIndex(yearRandom, 60, 40));
                LocalDate foundOn = LocalDate.of(year, 1 + yearRandom.nextInt(10), 1 + yearRandom.nextInt(28));
                for (String code : codes) {
                    findings.add(new FindingRow(year, code, null, unit.id(), org.unit().id(),
                            yearRandom.nextDouble() < 0.8 ? "MILD" : "MODERATE", source, foundOn));
                }
                addPlan(year, unit.id(), org, null, source, codes, foundOn, yearRandom,
                        "tập thể " + unit.name());
            }
        }
    }

    private static String pickSource(Random r) {
        double u = r.nextDouble();
        return u < 0.86 ? "SELF_REVIEW" : u < 0.95 ? "REVIEW_DELEGATION" : "INSPECTION";
    }

    private static String pickDegree(Random r, String source) {
        double serious = source.equals("INSPECTION") ? 0.2 : 0.04;
        double u = r.nextDouble();
        return u < serious ? "SERIOUS" : u < serious + 0.23 ? "MODERATE" : "MILD";
    }

    private List<String> pickIndicators(OrganizationSpec spec, Random r, int count) {
        Set<String> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < count) {
            int group = weightedIndex(r, spec.groupWeights());
            int indicator = weightedIndex(r, INDICATOR_WEIGHTS[group]);
            chosen.add(IndicatorGroup.values()[group].name() + (indicator + 1));
        }
        return new ArrayList<>(chosen);
    }

    private static int weightedIndex(Random r, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void addPlan(int year, long unitId, Organization org, Long memberId, String source, List<String> codes,
                         LocalDate foundOn, Random r, String owner) {
        long id = copy.planIdOffset() + plans.size() + 1L;
        LocalDate created = foundOn.plusDays(7 + r.nextInt(24));
        LocalDate deadline = created.plusDays(60 + r.nextInt(130));
        double ageFactor = switch (year) {
            case 2016 -> 1.2;
            case 2017 -> 1.12;
            case 2018 -> 0.95;
            default -> 0.68;
        };
        double pDone = Math.min(0.98, org.spec().remediationPace() * ageFactor);
        double u = r.nextDouble();
        String status;
        LocalDate completed = null;
        LocalDate verified = null;
        String verification = null;
        String verificationNote = null;
        if (u < pDone) {
            long span = deadline.toEpochDay() - created.toEpochDay();
            completed = created.plusDays((long) (span * (0.45 + r.nextDouble() * 0.8)));
            double pVerified = year <= 2017 ? 0.88 : year == 2018 ? 0.62 : 0.35;
            if (r.nextDouble() < pVerified) {
                status = "VERIFIED";
                verified = completed.plusDays(15 + r.nextInt(45));
                verification = "CONFIRMED";
                verificationNote = "Hậu kiểm tra xác nhận đã khắc phục";
            } else {
                status = "DONE";
            }
        } else if (u < pDone + (1 - pDone) * 0.65) {
            status = "IN_PROGRESS";
            if (r.nextDouble() < 0.15) {
                verified = deadline.plusDays(10 + r.nextInt(30));
                verification = "NOT_CONFIRMED";
                verificationNote = "Hậu kiểm tra: chưa khắc phục triệt để, tiếp tục theo dõi";
            }
        } else {
            status = "NOT_STARTED";
        }
        String titles = codes.stream().map(c -> c + " - " + indicatorTitles.getOrDefault(c, c))
                .collect(Collectors.joining("; "));
        String title = "Kế hoạch khắc phục hạn chế, khuyết điểm năm " + year
                + (memberId == null ? " của " + owner : " của đảng viên");
        String shortcomings = "Còn biểu hiện: " + titles;
        plans.add(new PlanRow(id, year, unitId, org.unit().id(), memberId, source, truncate(title, 300), shortcomings,
                secretaries.getOrDefault(unitId, secretaries.get(org.unit().id())), created, deadline, status,
                completed, verification, verified, verificationNote, codes));
        addProgress(id, status, created, completed, deadline, r);
    }

    private void addProgress(long planId, String status, LocalDate created, LocalDate completed, LocalDate deadline,
                             Random r) {
        switch (status) {
            case "DONE", "VERIFIED" -> {
                LocalDate mid = created.plusDays(Math.max(1, (completed.toEpochDay() - created.toEpochDay()) / 2));
                progress.add(new ProgressRow(planId, mid, 40 + r.nextInt(30), "Đã triển khai các biện pháp khắc phục"));
                progress.add(new ProgressRow(planId, completed, 100, "Hoàn thành khắc phục"));
            }
            case "IN_PROGRESS" -> {
                LocalDate mid = created.plusDays(Math.max(1, (deadline.toEpochDay() - created.toEpochDay()) / 2));
                progress.add(new ProgressRow(planId, mid, 20 + r.nextInt(50), "Đang khắc phục, chưa hoàn thành"));
            }
            default -> {
                // not started: no progress report yet
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    // ------------------------------------------------------------------ notebook

    private static final List<String> STRENGTHS = List.of(
            "Duy trì nền nếp sinh hoạt chi bộ định kỳ, nội dung sinh hoạt chuyên đề gắn với 27 biểu hiện",
            "Đảng viên gương mẫu tham gia phong trào ở khu dân cư, được nhân dân tín nhiệm",
            "Thực hiện tốt việc tự soi, tự sửa; kế hoạch khắc phục được triển khai đúng tiến độ",
            "Tổ chức tọa đàm nâng cao chất lượng sinh hoạt đảng, phát huy vai trò người đứng đầu");
    private static final List<String> SHORTCOMINGS = List.of(
            "Sinh hoạt chi bộ có lúc còn hình thức, tỷ lệ đảng viên phát biểu thấp",
            "Việc cập nhật sổ theo dõi ưu điểm, hạn chế chưa thường xuyên",
            "Một số đảng viên chậm khắc phục hạn chế đã chỉ ra ở kỳ kiểm điểm trước",
            "Công tác tự phê bình và phê bình còn nể nang, né tránh");

    private void buildNotebook(int year) {
        Random yearRandom = new Random(year * 13L + copy.salt());
        for (Organization org : organizations) {
            int entries = 2 + yearRandom.nextInt(3);
            for (int k = 0; k < entries; k++) {
                addNote(year, org.unit(), org, yearRandom);
            }
            for (UnitRow unit : org.memberUnits()) {
                if (unit.id() != org.unit().id() && yearRandom.nextDouble() < 0.3) {
                    addNote(year, unit, org, yearRandom);
                }
            }
        }
    }

    private void addNote(int year, UnitRow unit, Organization org, Random r) {
        boolean strength = r.nextDouble() < 0.55 + (org.spec().quality() - 0.75);
        List<String> texts = strength ? STRENGTHS : SHORTCOMINGS;
        notebook.add(new NotebookRow(unit.id(), org.unit().id(), null,
                LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)), strength ? "STRENGTH" : "SHORTCOMING",
                texts.get(r.nextInt(texts.size())), secretaries.get(org.unit().id())));
    }
}
