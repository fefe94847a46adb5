package dev.rehearsal.internal.restore.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The large-object list of a directory or tar archive ({@code blobs.toc}, or {@code blobs_<dumpId>.toc} from
 * archive 1.16 on): one line {@code <oid> <file name>} per large object, in archive order.
 */
final class BlobsToc {

    private static final Pattern LINE = Pattern.compile("(\\d{1,10}) (\\S+)");

    private BlobsToc() {}

    record Item(long oid, String fileName) {}

    static List<Item> read(InputStream in, String source, String what) throws IOException {
        List<Item> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            long oid = matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
            if (oid <= 0 || oid > 0xFFFF_FFFFL) {
                throw new ArchiveException(source + ": line " + number + " of " + what + " is "
                        + TocReader.printable(line) + ", expected \"<oid> blob_<oid>.dat\"; the archive is corrupted");
            }
            items.add(new Item(oid, MemberNames.check(matcher.group(2), source, what + " line " + number)));
        }
        return items;
    }
}
