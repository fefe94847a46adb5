package dev.rehearsal.assertj;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Comparison and display of JDBC values in query assertions.
 *
 * <p>Values are compared after {@link #normalize(Object)}: numbers by value (so {@code 3}, {@code 3L} and {@code
 * BigDecimal("3.0")} are equal), {@code java.sql.Date}/{@code Time}/{@code Timestamp} as their {@code java.time}
 * local counterparts, byte arrays by content, SQL arrays and Java arrays as lists.
 */
final class Values {
    private Values() {}

    /** A comparable form of a JDBC or user-supplied value; equal forms mean "the same value". */
    static Object normalize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof BigInteger integer) {
            return number(new BigDecimal(integer));
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return number(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Float || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? number(new BigDecimal(Double.toString(d))) : Double.valueOf(d);
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (value instanceof byte[] bytes) {
            return new Bytes(HexFormat.of().formatHex(bytes));
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(Values::normalize).collect(Collectors.toList());
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                list.add(normalize(java.lang.reflect.Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::normalize).collect(Collectors.toList());
        }
        return value;
    }

    /** Whether two values are equal after {@link #normalize(Object)}. */
    static boolean same(Object a, Object b) {
        Object x = normalize(a);
        Object y = normalize(b);
        return x == null ? y == null : x.equals(y);
    }

    /** The comparable form of a whole row. */
    static List<Object> normalizeRow(List<?> row) {
        List<Object> normalized = new ArrayList<>(row.size());
        for (Object value : row) {
            normalized.add(normalize(value));
        }
        return normalized;
    }

    /**
     * Reads a SQL array into a Java list while its connection is still open, so rows stay comparable after the
     * connection is closed.
     */
    static Object detach(Object value) throws SQLException {
        if (value instanceof Array array) {
            try {
                Object content = array.getArray();
                return content == null ? null : normalize(content);
            } finally {
                array.free();
            }
        }
        return value;
    }

    /** A value as shown in failure messages: strings quoted, numbers plain, SQL NULL as {@code null}. */
    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "\"" + value + "\"";
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Bytes bytes) {
            return "\\x" + bytes.hex();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Object[] array) {
            return renderList(Arrays.asList(array), "[", "]");
        }
        if (value instanceof List<?> list) {
            return renderList(list, "[", "]");
        }
        return value.toString();
    }

    /** A row as shown in failure messages: {@code (1, "Alice", null)}. */
    static String renderRow(List<?> row) {
        return renderList(row, "(", ")");
    }

    /** A value with its Java type, for messages where the type explains a mismatch. */
    static String renderTyped(Object value) {
        return value == null ? "null" : render(value) + " (" + value.getClass().getSimpleName() + ")";
    }

    private static String renderList(List<?> values, String open, String close) {
        return values.stream().map(Values::render).collect(Collectors.joining(", ", open, close));
    }

    private static BigDecimal number(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Byte content compared by value. */
    private record Bytes(String hex) {}
}
