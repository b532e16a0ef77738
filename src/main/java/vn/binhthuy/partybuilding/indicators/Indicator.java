package vn.binhthuy.partybuilding.indicators;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One of the 27 manifestations of degradation (NQTW4 khóa XII); editable reference data keyed by code. */
@Table("indicator")
public record Indicator(@Id Long id, String code, String groupCode, String titleVi, String titleEn, int sortOrder,
                        @Version Integer version) {
}
