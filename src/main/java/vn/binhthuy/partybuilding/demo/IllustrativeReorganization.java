package vn.binhthuy.partybuilding.demo;

import vn.binhthuy.partybuilding.demo.DemoDataset.AssignmentRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.FindingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.MemberRatingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.NotebookRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.OrganizationRatingRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.PlanRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.ReviewRow;
import vn.binhthuy.partybuilding.demo.DemoDataset.UnitRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A made-up reorganization in the first synthetic district of a scaled dataset (scale above 1), so that successions
 * and the marked trends have data to show: two of its wards merged from 2019 into "Đảng bộ phường hợp nhất (minh
 * họa)", and one cell moved to another ward from 2019. Illustrative only — the synthetic districts are copies of
 * Bình Thủy's structure and claim nothing about real places. The data is generated as if the change had happened:
 * figures before 2019 stay on the old units, figures from 2019 are recorded on the new ones, and members continue
 * in the new cells from 01/01/2019. Bình Thủy itself (and so the scale-1 demo) is untouched.
 */
final class IllustrativeReorganization {

    static final int YEAR = 2019;
    static final String MERGED_CODE = "p-hop-nhat-minh-hoa";
    private static final String MERGED_NAME = "Đảng bộ phường hợp nhất (minh họa)";
    private static final String MERGED_SHORT_NAME = "Phường hợp nhất (minh họa)";
    private static final List<String> MERGED_WARDS = List.of("p-tra-an", "p-tra-noc");
    static final String MOVED_CELL_WARD = "p-long-hoa";
    static final String MOVED_CELL_TARGET = "p-binh-thuy";

    /** A row of unit_succession. */
    record SuccessionRow(long predecessorId, long successorId, int fromYear, String kind) {}

    record Result(DemoDataset data, List<SuccessionRow> successions) {}

    private final DemoDataset data;
    private final DistrictCopy copy;
    private final List<UnitRow> units;
    private final List<SuccessionRow> successions = new ArrayList<>();
    /** Old unit id → the unit that continues it from YEAR. */
    private final Map<Long, Long> successor = new HashMap<>();
    /** New unit id → its grassroots organization (itself for an organization). */
    private final Map<Long, Long> organizationOf = new HashMap<>();
    private long nextId;

    private IllustrativeReorganization(DemoDataset data, DistrictCopy copy) {
        this.data = data;
        this.copy = copy;
        this.units = new ArrayList<>(data.units());
        this.nextId = units.stream().mapToLong(UnitRow::id).max().orElseThrow() + 1;
    }

    /** The dataset of the copy with the scenario applied: only the first synthetic district gets it. */
    static Result apply(DemoDataset data, DistrictCopy copy) {
        if (copy.index() != 1) {
            return new Result(data, List.of());
        }
        return new IllustrativeReorganization(data, copy).run();
    }

    private Result run() {
        List<UnitRow> wards = MERGED_WARDS.stream().map(c -> unit(copy.code(c))).toList();
        UnitRow first = wards.getFirst();
        UnitRow merged = add(new UnitRow(nextId++, copy.code(MERGED_CODE), first.parentId(), first.kindCode(),
                "GRASSROOTS", copy.name(MERGED_NAME), copy.shortName(MERGED_SHORT_NAME), YEAR, first.validToYear(),
                wards.stream().mapToInt(UnitRow::sortOrder).min().orElseThrow()));
        organizationOf.put(merged.id(), merged.id());
        int cellOrder = 0;
        for (UnitRow ward : wards) {
            end(ward);
            successions.add(new SuccessionRow(ward.id(), merged.id(), YEAR, "MERGE"));
            successor.put(ward.id(), merged.id());
            for (UnitRow cell : cellsOf(ward)) {
                moveCell(cell, merged, ++cellOrder);
            }
        }
        UnitRow moved = cellsOf(unit(copy.code(MOVED_CELL_WARD))).getFirst();
        UnitRow target = unit(copy.code(MOVED_CELL_TARGET));
        moveCell(moved, target, 100 + moved.sortOrder());
        organizationOf.put(target.id(), target.id());
        return new Result(new DemoDataset(units, data.members(), assignments(), organizationRatings(),
                memberRatings(), findings(), plans(), data.progress(), reviews(), notebook()), List.copyOf(successions));
    }

    private UnitRow unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private List<UnitRow> cellsOf(UnitRow organization) {
        return units.stream().filter(u -> Long.valueOf(organization.id()).equals(u.parentId())).toList();
    }

    private UnitRow add(UnitRow row) {
        units.add(row);
        return row;
    }

    private void end(UnitRow unit) {
        units.set(units.indexOf(unit), new UnitRow(unit.id(), unit.code(), unit.parentId(), unit.kindCode(),
                unit.level(), unit.name(), unit.shortName(), unit.validFromYear(), YEAR - 1, unit.sortOrder()));
    }

    private void moveCell(UnitRow cell, UnitRow organization, int sortOrder) {
        end(cell);
        UnitRow next = add(new UnitRow(nextId++, cell.code() + "-" + YEAR, organization.id(), cell.kindCode(),
                cell.level(), cell.name(), cell.shortName(), YEAR, cell.validToYear(), sortOrder));
        successions.add(new SuccessionRow(cell.id(), next.id(), YEAR, "MOVE"));
        successor.put(cell.id(), next.id());
        organizationOf.put(next.id(), organization.id());
    }

    private long unitFrom(int year, long unitId) {
        return year >= YEAR ? successor.getOrDefault(unitId, unitId) : unitId;
    }

    /** The organization of a figure recorded on the (mapped) unit: the new unit's own, else the mapped organization. */
    private long organizationFrom(int year, long unitId, long organizationId) {
        if (year < YEAR) {
            return organizationId;
        }
        Long organization = organizationOf.get(unitFrom(year, unitId));
        return organization != null ? organization : successor.getOrDefault(organizationId, organizationId);
    }

    private List<AssignmentRow> assignments() {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        List<AssignmentRow> rows = new ArrayList<>();
        for (AssignmentRow a : data.assignments()) {
            Long next = successor.get(a.unitId());
            if (next == null || (a.validTo() != null && a.validTo().isBefore(from))) {
                rows.add(a);
            } else if (!a.validFrom().isBefore(from)) {
                rows.add(new AssignmentRow(a.memberId(), next, a.validFrom(), a.validTo()));
            } else {
                rows.add(new AssignmentRow(a.memberId(), a.unitId(), a.validFrom(), from.minusDays(1)));
                rows.add(new AssignmentRow(a.memberId(), next, from, a.validTo()));
            }
        }
        return rows;
    }

    /** The merged ward is rated once a year: the first predecessor's generated rating stands for it. */
    private List<OrganizationRatingRow> organizationRatings() {
        Set<String> rated = new HashSet<>();
        List<OrganizationRatingRow> rows = new ArrayList<>();
        for (OrganizationRatingRow r : data.organizationRatings()) {
            long unit = unitFrom(r.year(), r.unitId());
            if (rated.add(unit + "/" + r.year())) {
                rows.add(new OrganizationRatingRow(unit, r.year(), r.levelCode(), r.exemplary()));
            }
        }
        return rows;
    }

    private List<MemberRatingRow> memberRatings() {
        return data.memberRatings().stream().map(r -> new MemberRatingRow(r.memberId(), r.year(),
                unitFrom(r.year(), r.unitId()), organizationFrom(r.year(), r.unitId(), r.organizationId()),
                r.levelCode())).toList();
    }

    /** Collective findings of the two wards could now name the same subject twice: the first one stays. */
    private List<FindingRow> findings() {
        Set<String> seen = new HashSet<>();
        List<FindingRow> rows = new ArrayList<>();
        for (FindingRow f : data.findings()) {
            long unit = unitFrom(f.year(), f.unitId());
            String subject = f.memberId() == null ? "U" + unit : "M" + f.memberId();
            if (seen.add(f.year() + "/" + f.indicatorCode() + "/" + f.source() + "/" + subject)) {
                rows.add(new FindingRow(f.year(), f.indicatorCode(), f.memberId(), unit,
                        organizationFrom(f.year(), f.unitId(), f.organizationId()), f.degree(), f.source(),
                        f.foundOn()));
            }
        }
        return rows;
    }

    private List<PlanRow> plans() {
        return data.plans().stream().map(p -> new PlanRow(p.id(), p.year(), unitFrom(p.year(), p.unitId()),
                organizationFrom(p.year(), p.unitId(), p.organizationId()), p.memberId(), p.source(), p.title(),
                p.shortcomings(), p.responsiblePerson(), p.createdOn(), p.deadline(), p.status(), p.completedOn(),
                p.verificationResult(), p.verifiedOn(), p.verificationNote(), p.indicatorCodes())).toList();
    }

    private List<ReviewRow> reviews() {
        Set<String> seen = new HashSet<>();
        List<ReviewRow> rows = new ArrayList<>();
        for (ReviewRow r : data.reviews()) {
            long unit = unitFrom(r.year(), r.unitId());
            if (seen.add(r.year() + "/" + (r.memberId() == null ? "U" + unit : "M" + r.memberId()))) {
                rows.add(new ReviewRow(r.year(), unit, organizationFrom(r.year(), r.unitId(), r.organizationId()),
                        r.memberId(), r.participation(), r.reviewDate(), r.headName(), r.note()));
            }
        }
        return rows;
    }

    private List<NotebookRow> notebook() {
        return data.notebook().stream().map(n -> {
            int year = n.entryDate().getYear();
            return new NotebookRow(unitFrom(year, n.unitId()), organizationFrom(year, n.unitId(), n.organizationId()),
                    n.memberId(), n.entryDate(), n.kind(), n.content(), n.recordedBy());
        }).toList();
    }
}
