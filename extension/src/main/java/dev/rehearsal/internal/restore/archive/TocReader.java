package dev.rehearsal.internal.restore.archive;

import dev.rehearsal.internal.restore.PgEncodings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header ({@code ReadHead()}) and the table of contents ({@code ReadToc()}) that start a custom archive
 * and a directory or tar archive's {@code toc.dat}, field by field as the archive's version dictates.
 *
 * <p>Stateless. Internal, not API.
 */
final class TocReader {

    /** pg_dump's format codes in the header: 1 for custom; 3 (tar) in both tar and directory {@code toc.dat}. */
    private static final int CUSTOM_CODE = 1;

    private static final int TAR_CODE = 3;
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private TocReader() {}

    /** Reads the format-specific extra field at the end of each TOC entry. */
    @FunctionalInterface
    interface ExtraReader<T> {
        T read(ArchiveInput in, String what) throws IOException;
    }

    /** What was read: header, decoded entries, per-entry extras, and the special entries' settings. */
    record Contents<T>(
            ArchiveHeader header,
            List<TocEntry> entries,
            Map<Integer, T> extras,
            String encoding,
            Charset charset,
            boolean standardConformingStrings) {}

    static <T> Contents<T> read(ArchiveInput in, ArchiveFormat format, ExtraReader<T> extraReader, Predicate<T> hasData)
            throws IOException {
        Head head = readHead(in, format);
        List<RawEntry<T>> raw = readEntries(in, head.version(), extraReader);
        String encoding = "SQL_ASCII";
        boolean standardConformingStrings = false;
        for (RawEntry<T> entry : raw) {
            if (entry.desc().equals("ENCODING")) {
                encoding = quoted(entry, in.source());
            } else if (entry.desc().equals("STDSTRINGS")) {
                String value = quoted(entry, in.source());
                if (!value.equals("on") && !value.equals("off")) {
                    throw invalidSpecial(entry, in.source(), "'on' or 'off'");
                }
                standardConformingStrings = value.equals("on");
            }
        }
        String encodingName = encoding;
        Charset charset = isSqlAscii(encoding)
                ? StandardCharsets.ISO_8859_1
                : PgEncodings.charset(encoding)
                        .orElseThrow(() -> new ArchiveException(in.source() + " is in the database encoding "
                                + encodingName + ", which has no Java charset; dump it again with pg_dump -E UTF8"));
        Decoder decoder = new Decoder(charset, in.source());
        ArchiveHeader header = new ArchiveHeader(
                head.version(),
                head.intSize(),
                head.offSize(),
                format,
                head.compression(),
                head.createdAt(),
                decoder.decode(head.databaseName(), "the header's database name"),
                decoder.decode(head.dumpedFrom(), "the header's server version"),
                decoder.decode(head.dumpedBy(), "the header's pg_dump version"));
        List<TocEntry> entries = new ArrayList<>(raw.size());
        Map<Integer, T> extras = new HashMap<>();
        for (RawEntry<T> entry : raw) {
            entries.add(entry.decode(decoder, hasData.test(entry.extra())));
            extras.put(entry.dumpId(), entry.extra());
        }
        return new Contents<>(header, List.copyOf(entries), extras, encoding, charset, standardConformingStrings);
    }

    private record Head(
            ArchiveVersion version,
            int intSize,
            int offSize,
            ArchiveCompression compression,
            Optional<LocalDateTime> createdAt,
            String databaseName,
            String dumpedFrom,
            String dumpedBy) {}

    private static Head readHead(ArchiveInput in, ArchiveFormat format) throws IOException {
        byte[] magic = in.readBytes(5, "the magic bytes PGDMP");
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("PGDMP")) {
            throw new ArchiveException(in.source() + " does not start with the magic bytes PGDMP of a pg_dump archive"
                    + " (found " + printable(magic) + "); expected a file written by pg_dump -Fc, -Fd or -Ft");
        }
        int major = in.readByte("the archive version");
        int minor = in.readByte("the archive version");
        int revision = major > 1 || (major == 1 && minor > 0) ? in.readByte("the archive version") : 0;
        ArchiveVersion version = new ArchiveVersion(major, minor, revision);
        if (version.compareTo(ArchiveVersion.NEWEST_SUPPORTED) > 0) {
            throw new ArchiveException(in.source() + " has archive version " + version + ", newer than this reader"
                    + " understands (newest: 1." + ArchiveVersion.NEWEST_SUPPORTED.minor() + ", written by pg_dump 17"
                    + " and 18); it was made by a newer pg_dump: upgrade Rehearsal, or dump the database again with"
                    + " pg_dump 18 or older");
        }
        if (version.compareTo(ArchiveVersion.OLDEST_SUPPORTED) < 0) {
            throw new ArchiveException(in.source() + " has archive version " + version + ", older than this reader"
                    + " supports (oldest: " + ArchiveVersion.OLDEST_SUPPORTED + ", written by pg_dump 12); it was"
                    + " made by pg_dump 11 or older: restore it with that era's pg_restore and dump it again with"
                    + " pg_dump 12 or newer");
        }
        int intSizeAt = (int) in.position();
        int intSize = in.readByte("the integer size");
        int offSize = in.readByte("the offset size");
        if (intSize < 1 || intSize > 32 || offSize < 1 || offSize > 32) {
            throw in.corrupt(
                    "the integer and offset sizes",
                    intSizeAt,
                    "sizes between 1 and 32 bytes (4 and 8 in practice), found " + intSize + " and " + offSize);
        }
        in.sizes(intSize, offSize);
        long formatAt = in.position();
        int formatCode = in.readByte("the format code");
        int expectedCode = format == ArchiveFormat.CUSTOM ? CUSTOM_CODE : TAR_CODE;
        if (formatCode != expectedCode) {
            throw in.corrupt(
                    "the format code",
                    formatAt,
                    expectedCode + " for a " + format.description() + ", found " + formatCode);
        }
        ArchiveCompression compression = readCompression(in, version);
        Optional<LocalDateTime> createdAt = readTime(in);
        String databaseName = orEmpty(in.readString("the database name"));
        String dumpedFrom = orEmpty(in.readString("the server version"));
        String dumpedBy = orEmpty(in.readString("the pg_dump version"));
        return new Head(version, intSize, offSize, compression, createdAt, databaseName, dumpedFrom, dumpedBy);
    }

    private static ArchiveCompression readCompression(ArchiveInput in, ArchiveVersion version) throws IOException {
        long at = in.position();
        if (version.atLeast(1, 15)) {
            int algorithm = in.readByte("the compression algorithm");
            return switch (algorithm) {
                case 0 -> ArchiveCompression.NONE;
                case 1 -> ArchiveCompression.GZIP;
                case 2 -> ArchiveCompression.LZ4;
                case 3 -> ArchiveCompression.ZSTD;
                default ->
                    throw in.corrupt(
                            "the compression algorithm",
                            at,
                            "0 (none), 1 (gzip), 2 (lz4) or 3 (zstd), found " + algorithm);
            };
        }
        long level = in.readInt("the compression level");
        return level == 0 ? ArchiveCompression.NONE : ArchiveCompression.GZIP;
    }

    private static Optional<LocalDateTime> readTime(ArchiveInput in) throws IOException {
        long[] tm = new long[7];
        for (int i = 0; i < tm.length; i++) {
            tm[i] = in.readInt("the creation time");
        }
        try {
            return Optional.of(LocalDateTime.of(
                    Math.toIntExact(tm[5] + 1900),
                    Math.toIntExact(tm[4] + 1),
                    Math.toIntExact(tm[3]),
                    Math.toIntExact(tm[2]),
                    Math.toIntExact(tm[1]),
                    Math.toIntExact(Math.min(tm[0], 59))));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static <T> List<RawEntry<T>> readEntries(ArchiveInput in, ArchiveVersion version, ExtraReader<T> extra)
            throws IOException {
        long countAt = in.position();
        int count = in.readSmallInt("the number of TOC entries");
        if (count < 0) {
            throw in.corrupt("the number of TOC entries", countAt, "a count of 0 or more, found " + count);
        }
        List<RawEntry<T>> entries = new ArrayList<>();
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            RawEntry<T> entry = RawEntry.read(in, version, extra, i);
            Integer previous = seen.put(entry.dumpId(), i);
            if (previous != null) {
                throw new ArchiveException(in.source() + " is corrupted: TOC entries " + (previous + 1) + " and "
                        + (i + 1) + " both have dump id " + entry.dumpId() + "; dump ids are unique in an archive"
                        + " written by pg_dump");
            }
            entries.add(entry);
        }
        return entries;
    }

    private static String quoted(RawEntry<?> entry, String source) throws ArchiveException {
        Matcher matcher = QUOTED.matcher(entry.defn() == null ? "" : entry.defn());
        if (!matcher.find()) {
            throw invalidSpecial(entry, source, "a quoted value");
        }
        return matcher.group(1);
    }

    private static ArchiveException invalidSpecial(RawEntry<?> entry, String source, String expected) {
        return new ArchiveException(source + " has an invalid " + entry.desc() + " entry (dump id " + entry.dumpId()
                + "): expected " + expected + " in its definition, found " + printable(entry.defn()));
    }

    static String printable(byte[] bytes) {
        return printable(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    static String printable(String text) {
        if (text == null) {
            return "NULL";
        }
        StringBuilder result = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                result.appendCodePoint(c);
            } else {
                result.append(String.format("\\x%02x", c & 0xff));
            }
        });
        return result.append(text.length() > 80 ? "…\"" : "\"").toString();
    }

    /** SQL_ASCII text has no defined encoding: it is kept byte for byte (one char per byte). */
    private static boolean isSqlAscii(String encoding) {
        return encoding.replace("_", "").equalsIgnoreCase("SQLASCII");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Re-decodes the ISO-8859-1 strings read from the archive with the archive's own encoding, strictly. */
    static final class Decoder {
        private final Charset charset;
        private final String source;

        Decoder(Charset charset, String source) {
            this.charset = charset;
            this.source = source;
        }

        String decode(String latin1, String what) throws ArchiveException {
            if (latin1 == null) {
                return null;
            }
            if (charset.equals(StandardCharsets.ISO_8859_1) || latin1.chars().allMatch(c -> c < 0x80)) {
                return latin1;
            }
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new ArchiveException(
                        source + ": " + what + " is not valid " + charset.name() + " text (" + e.getMessage()
                                + "), although the archive's ENCODING entry says so; the archive is damaged",
                        e);
            }
        }
    }
}
