package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoriesTest {

    private record Row(String unit, String name, String stack, long count) {}

    private static final List<Row> ROWS = List.of(
            new Row("b", "Phường B", "HTTNV", 5), new Row("a", "Phường A", "HTXSNV", 2),
            new Row("b", "Phường B", "HTXSNV", 1), new Row("a", "Phường A", "HTTNV", 7),
            new Row("c", "Phường C", "HTTNV", 3), new Row("b", "Phường B", "HTTNV", 4));

    private final Categories<Row> categories = new Categories<>(ROWS, Row::unit, Row::name);

    @Test
    void categoriesKeepTheOrderInWhichTheyFirstAppear() {
        assertThat(categories.keys()).containsExactly("b", "a", "c");
        assertThat(categories.labels()).containsExactly("Phường B", "Phường A", "Phường C");
        assertThat(categories.size()).isEqualTo(3);
        assertThat(categories.indexOf("a")).isEqualTo(1);
        assertThat(categories.indexOf("z")).isEqualTo(-1);
    }

    @Test
    void eachStackSumsItsRowsPerCategoryWithZeroWhereThereIsNone() {
        assertThat(categories.values(r -> r.stack().equals("HTTNV"), Row::count)).containsExactly(9L, 7L, 3L);
        assertThat(categories.values(r -> r.stack().equals("HTXSNV"), Row::count)).containsExactly(1L, 2L, 0L);
    }
}
