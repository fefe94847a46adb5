package dev.rehearsal.internal.restore;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps PostgreSQL encoding names (as in {@code SET client_encoding = 'LATIN1'}) to Java charsets.
 *
 * <p>{@code SQL_ASCII} maps to US-ASCII: bytes above 127 in a SQL_ASCII dump have no defined encoding and are
 * reported instead of being guessed. Thread-safe. Internal, not API.
 */
public final class PgEncodings {

    private static final Map<String, String> JAVA_NAMES = Map.ofEntries(
            Map.entry("UTF8", "UTF-8"),
            Map.entry("UNICODE", "UTF-8"),
            Map.entry("SQLASCII", "US-ASCII"),
            Map.entry("LATIN1", "ISO-8859-1"),
            Map.entry("LATIN2", "ISO-8859-2"),
            Map.entry("LATIN3", "ISO-8859-3"),
            Map.entry("LATIN4", "ISO-8859-4"),
            Map.entry("LATIN5", "ISO-8859-9"),
            Map.entry("LATIN6", "ISO-8859-10"),
            Map.entry("LATIN7", "ISO-8859-13"),
            Map.entry("LATIN8", "ISO-8859-14"),
            Map.entry("LATIN9", "ISO-8859-15"),
            Map.entry("LATIN10", "ISO-8859-16"),
            Map.entry("ISO88595", "ISO-8859-5"),
            Map.entry("ISO88596", "ISO-8859-6"),
            Map.entry("ISO88597", "ISO-8859-7"),
            Map.entry("ISO88598", "ISO-8859-8"),
            Map.entry("WIN866", "IBM866"),
            Map.entry("WIN874", "x-windows-874"),
            Map.entry("WIN1250", "windows-1250"),
            Map.entry("WIN1251", "windows-1251"),
            Map.entry("WIN1252", "windows-1252"),
            Map.entry("WIN1253", "windows-1253"),
            Map.entry("WIN1254", "windows-1254"),
            Map.entry("WIN1255", "windows-1255"),
            Map.entry("WIN1256", "windows-1256"),
            Map.entry("WIN1257", "windows-1257"),
            Map.entry("WIN1258", "windows-1258"),
            Map.entry("KOI8R", "KOI8-R"),
            Map.entry("KOI8", "KOI8-R"),
            Map.entry("KOI8U", "KOI8-U"),
            Map.entry("EUCJP", "EUC-JP"),
            Map.entry("EUCKR", "EUC-KR"),
            Map.entry("EUCCN", "GB2312"),
            Map.entry("EUCTW", "x-EUC-TW"),
            Map.entry("SJIS", "Shift_JIS"),
            Map.entry("SHIFTJIS", "Shift_JIS"),
            Map.entry("BIG5", "Big5"),
            Map.entry("GBK", "GBK"),
            Map.entry("UHC", "x-windows-949"),
            Map.entry("GB18030", "GB18030"),
            Map.entry("JOHAB", "x-Johab"));

    private PgEncodings() {}

    /** The Java charset for a PostgreSQL encoding name (case and {@code _}/{@code -} insensitive), if known. */
    public static Optional<Charset> charset(String postgresName) {
        String key = postgresName.toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        String javaName = JAVA_NAMES.get(key);
        if (javaName == null) {
            return Optional.empty();
        }
        if (javaName.equals("UTF-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(javaName));
        } catch (UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
