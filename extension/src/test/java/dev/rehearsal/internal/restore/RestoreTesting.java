package dev.rehearsal.internal.restore;

import com.github.luben.zstd.ZstdOutputStream;
import dev.rehearsal.FixtureInfo;
import dev.rehearsal.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Helpers for the restore tests: write scripts to files, restore them, query the result. */
final class RestoreTesting {
    private RestoreTesting() {}

    static Path write(Path dir, String name, String script) {
        return write(dir, name, script, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String script, Charset charset) {
        try {
            return Files.write(dir.resolve(name), script.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeGzip(Path dir, String name, String script) {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes {@code script} compressed as one zstd frame. */
    static Path writeZstd(Path dir, String name, String script) {
        return writeCompressed(dir, name, script.getBytes(StandardCharsets.UTF_8), DumpFormat.ZSTD);
    }

    /** Writes {@code script} compressed as one LZ4 frame (linked 64 KB blocks, as pg_dump writes). */
    static Path writeLz4(Path dir, String name, String script) {
        return writeCompressed(dir, name, script.getBytes(StandardCharsets.UTF_8), DumpFormat.LZ4);
    }

    /** Writes {@code data} compressed with the codec of {@code format} (gzip, zstd or lz4) as one member/frame. */
    static Path writeCompressed(Path dir, String name, byte[] data, DumpFormat format) {
        try {
            return Files.write(dir.resolve(name), compress(data, format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code data} compressed with the codec of {@code format} as one gzip member, zstd frame or LZ4 frame (linked
     * 64 KB blocks, as pg_dump writes).
     */
    static byte[] compress(byte[] data, DumpFormat format) {
        if (format == DumpFormat.LZ4) {
            return Lz4TestFrames.frame(data, Lz4TestFrames.Options.PG_DUMP);
        }
        if (format != DumpFormat.GZIP && format != DumpFormat.ZSTD) {
            throw new IllegalArgumentException(format + " is not a compression");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = format == DumpFormat.GZIP ? new GZIPOutputStream(bytes) : new ZstdOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Resolves {@code name} under {@code dir} (as the project directory) and restores it into {@code db}. */
    static FixtureInfo restore(TestDatabase db, Path dir, String name) {
        Fixture fixture = Fixtures.resolve(name, null, dir);
        return Restorer.restore(fixture, db.server(), db.name());
    }

    static FixtureInfo restoreText(TestDatabase db, Path dir, String script) {
        write(dir, "script.sql", script);
        return restore(db, dir, "script.sql");
    }

    /** The rows of a query, each row's columns joined with "|" (NULL as "<null>"). */
    static List<String> rows(TestDatabase db, String sql) {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        row.append('|');
                    }
                    String value = rows.getString(i);
                    row.append(value == null ? "<null>" : value);
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static String value(TestDatabase db, String sql) {
        List<String> rows = rows(db, sql);
        if (rows.size() != 1) {
            throw new IllegalStateException(sql + " returned " + rows.size() + " rows");
        }
        return rows.get(0);
    }

    static boolean tableExists(TestDatabase db, String qualifiedName) {
        return !value(db, "SELECT to_regclass('" + qualifiedName + "') IS NULL").equals("t");
    }
}
