package dev.rehearsal.internal.restore.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A TOC entry as stored, before its text is decoded with the archive's encoding (which only the ENCODING entry,
 * somewhere in the same TOC, tells). Strings are ISO-8859-1 views of the stored bytes; null is pg_dump's NULL.
 */
record RawEntry<T>(
        int dumpId,
        boolean hadDumper,
        long tableOid,
        long oid,
        String tag,
        String desc,
        TocSection section,
        String defn,
        String dropStmt,
        String copyStmt,
        String namespace,
        String tablespace,
        String tableAccessMethod,
        int relkind,
        String owner,
        List<Integer> dependencies,
        T extra) {

    static <T> RawEntry<T> read(
            ArchiveInput in, ArchiveVersion version, TocReader.ExtraReader<T> extraReader, int index)
            throws IOException {
        String where = "TOC entry " + (index + 1);
        long at = in.position();
        int dumpId = in.readSmallInt(where + ": dump id");
        if (dumpId <= 0) {
            throw in.corrupt(where + ": dump id", at, "a dump id greater than 0, found " + dumpId);
        }
        where = "TOC entry " + (index + 1) + " (dump id " + dumpId + ")";
        at = in.position();
        long hadDumper = in.readInt(where + ": hadDumper");
        if (hadDumper != 0 && hadDumper != 1) {
            throw in.corrupt(where + ": hadDumper", at, "0 or 1, found " + hadDumper);
        }
        long tableOid = oid(in, where + ": table oid");
        long oid = oid(in, where + ": oid");
        String tag = in.readString(where + ": tag");
        String desc = in.readString(where + ": desc");
        at = in.position();
        int sectionCode = in.readSmallInt(where + ": section");
        if (sectionCode < 1 || sectionCode > 4) {
            throw in.corrupt(where + ": section", at, "1 (none) to 4 (post-data), found " + sectionCode);
        }
        TocSection section = TocSection.values()[sectionCode - 1];
        String defn = in.readString(where + ": defn");
        String dropStmt = in.readString(where + ": dropStmt");
        String copyStmt = in.readString(where + ": copyStmt");
        String namespace = in.readString(where + ": namespace");
        String tablespace = in.readString(where + ": tablespace");
        String tableAccessMethod = in.readString(where + ": tableam");
        int relkind = version.atLeast(1, 16) ? in.readSmallInt(where + ": relkind") : 0;
        String owner = in.readString(where + ": owner");
        in.readString(where + ": with-oids flag");
        List<Integer> dependencies = new ArrayList<>();
        while (true) {
            at = in.position();
            String dependency = in.readString(where + ": dependencies");
            if (dependency == null) {
                break;
            }
            try {
                dependencies.add(Integer.parseInt(dependency.strip()));
            } catch (NumberFormatException e) {
                throw in.corrupt(
                        where + ": dependencies",
                        at,
                        "a dump id in decimal digits, found " + TocReader.printable(dependency));
            }
        }
        T extra = extraReader.read(in, where + ": data location");
        return new RawEntry<>(
                dumpId,
                hadDumper == 1,
                tableOid,
                oid,
                orEmpty(tag),
                orEmpty(desc),
                section,
                defn,
                dropStmt,
                copyStmt,
                namespace,
                tablespace,
                tableAccessMethod,
                relkind,
                owner,
                dependencies,
                extra);
    }

    private static long oid(ArchiveInput in, String what) throws IOException {
        long at = in.position();
        String text = in.readString(what);
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= 0xFFFF_FFFFL) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw in.corrupt(what, at, "an unsigned 32-bit OID in decimal digits, found " + TocReader.printable(text));
    }

    TocEntry decode(TocReader.Decoder decoder, boolean hasData) throws ArchiveException {
        String what = "TOC entry " + dumpId;
        return new TocEntry(
                dumpId,
                hadDumper,
                tableOid,
                oid,
                decoder.decode(tag, what + " tag"),
                decoder.decode(desc, what + " desc"),
                section,
                orEmpty(decoder.decode(defn, what + " defn")),
                orEmpty(decoder.decode(dropStmt, what + " dropStmt")),
                orEmpty(decoder.decode(copyStmt, what + " copyStmt")),
                Optional.ofNullable(decoder.decode(namespace, what + " namespace")),
                Optional.ofNullable(decoder.decode(tablespace, what + " tablespace")),
                Optional.ofNullable(decoder.decode(tableAccessMethod, what + " tableam")),
                relkind,
                orEmpty(decoder.decode(owner, what + " owner")),
                dependencies,
                hasData);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
