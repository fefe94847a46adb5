package dev.rehearsal.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void should_compare_numbers_by_value() {
        assertThat(Values.same(3, 3L)).isTrue();
        assertThat(Values.same(3L, new BigDecimal("3.00"))).isTrue();
        assertThat(Values.same((short) 3, BigInteger.valueOf(3))).isTrue();
        assertThat(Values.same(4.5, new BigDecimal("4.50"))).isTrue();
        assertThat(Values.same(0, new BigDecimal("0.000"))).isTrue();
        assertThat(Values.same(3, 4L)).isFalse();
        assertThat(Values.same(3, "3")).isFalse();
        assertThat(Values.same(Double.NaN, Double.NaN)).isTrue();
    }

    @Test
    void should_compare_jdbc_dates_with_java_time() {
        assertThat(Values.same(Date.valueOf("2024-01-02"), LocalDate.of(2024, 1, 2)))
                .isTrue();
        assertThat(Values.same(Timestamp.valueOf("2024-03-01 10:00:00"), LocalDateTime.of(2024, 3, 1, 10, 0)))
                .isTrue();
    }

    @Test
    void should_compare_arrays_and_bytes_by_content() {
        assertThat(Values.same(new String[] {"a", "b"}, List.of("a", "b"))).isTrue();
        assertThat(Values.same(new int[] {1, 2}, new Long[] {1L, 2L})).isTrue();
        assertThat(Values.same(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(Values.same(new byte[] {1, 2}, new byte[] {2, 1})).isFalse();
        assertThat(Values.same(null, null)).isTrue();
        assertThat(Values.same(null, 0)).isFalse();
    }

    @Test
    void should_render_values_and_rows_for_messages() {
        assertThat(Values.renderRow(Arrays.asList(1, "Ada", null, new BigDecimal("1.50"), new byte[] {10})))
                .isEqualTo("(1, \"Ada\", null, 1.50, \\x0a)");
        assertThat(Values.renderTyped(12L)).isEqualTo("12 (Long)");
        assertThat(Values.renderTyped(null)).isEqualTo("null");
        assertThat(Values.render(List.of("t1", "all"))).isEqualTo("[\"t1\", \"all\"]");
    }
}
