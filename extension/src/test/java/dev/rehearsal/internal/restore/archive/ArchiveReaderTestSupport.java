package dev.rehearsal.internal.restore.archive;

/** Byte-array helpers for the archive reader tests. */
final class ArchiveReaderTestSupport {
    private ArchiveReaderTestSupport() {}

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
