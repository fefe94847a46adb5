package dev.rehearsal.internal.restore.archive;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names of the files (directory format) or members (tar format) that hold data: {@code <dumpId>.dat},
 * {@code blobs.toc} / {@code blobs_<dumpId>.toc}, {@code blob_<oid>.dat}, stored without the compression suffix
 * that the file itself may carry ({@code InitDiscoverCompressFileHandle()} probes {@code .gz}, {@code .lz4} and
 * {@code .zst}).
 *
 * <p>Names come from the archive, so they are checked to be plain file names: a damaged or hostile TOC cannot make
 * the reader open a file outside the archive. Internal, not API.
 */
final class MemberNames {

    static final List<String> SUFFIXES = List.of("", ".gz", ".lz4", ".zst");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private MemberNames() {}

    /** The name and suffix of the stored file. */
    record Found(String name, String suffix) {}

    /** Rejects names that are not plain file names. */
    static String check(String name, String source, String what) throws ArchiveException {
        if (!PLAIN.matcher(name).matches() || name.contains("..")) {
            throw new ArchiveException(source + ": " + what + " names the data file " + TocReader.printable(name)
                    + ", expected a plain file name like 3342.dat; the archive's TOC is corrupted");
        }
        return name;
    }

    /** The stored file for a name, trying it as it is and then with each compression suffix. */
    static Optional<Found> find(String name, Predicate<String> exists) {
        for (String suffix : SUFFIXES) {
            if (exists.test(name + suffix)) {
                return Optional.of(new Found(name + suffix, suffix));
            }
        }
        return Optional.empty();
    }
}
