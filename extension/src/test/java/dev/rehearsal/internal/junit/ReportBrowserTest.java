package dev.rehearsal.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the run report in a real headless browser (Debian's {@code chromium}) and checks what a person sees: the
 * text laid out on the page (not merely present in the HTML), and a screenshot with the timeline's bars drawn. Skips,
 * saying why, where chromium is not installed ({@code apt-get install -y chromium}; {@code .ci/run} installs it).
 *
 * <p>The screenshot stays at {@code target/rehearsal-browser/report.png} for a person to look at.
 */
class ReportBrowserTest {
    /** The failure bar's red (#c62828) and the restore bar's blue (#1565c0). */
    private static final int FAILURE_RED = 0xc62828;

    private static final int RESTORE_BLUE = 0x1565c0;

    @Test
    void a_person_sees_the_fixture_the_migrations_and_the_failure(@TempDir Path dir) throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(
                chromium != null,
                "chromium is not installed (looked for chromium and chromium-browser on PATH); install it with"
                        + " apt-get install -y chromium to run this test");
        EngineRuns.run(RunReportEngineTest.UpgradeTestCase.class, Map.of("rehearsal.report.dir", dir.toString()))
                .testEvents()
                .assertStatistics(s -> s.started(2).succeeded(2));
        Path report = dir.resolve("report.html");

        // what is laid out on the page: each element's text when it has a box on screen, SVG text included
        Path probe = dir.resolve("probe.html");
        Files.writeString(
                probe,
                Files.readString(report)
                        .replace(
                                "</body>",
                                "<script>const seen = [];"
                                        + "for (const el of document.querySelectorAll('h1,h2,h3,p,td,pre,text')) {"
                                        + "const r = el.getBoundingClientRect(); const s = getComputedStyle(el);"
                                        + "if (r.width > 0 && r.height > 0 && s.visibility !== 'hidden'"
                                        + " && s.display !== 'none' && s.color !== s.backgroundColor)"
                                        + " seen.push(el.textContent.trim()); }"
                                        + "const out = document.createElement('pre'); out.id = 'seen';"
                                        + "out.hidden = true; out.textContent = seen.join('\\n');"
                                        + "document.body.appendChild(out);</script></body>"));
        String dom = browser(chromium, dir, "--dump-dom", probe.toUri().toString());
        String seen = between(dom, "<pre id=\"seen\" hidden=\"\">", "</pre>")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
        assertThat(seen)
                .contains(
                        "Rehearsal report",
                        "engine/shop.sql",
                        "20240201000000_add_email",
                        "20240301000000_index_order_customer",
                        "20240301000000_purge_customers",
                        "Migration 20240301000000_purge_customers failed (Prisma Migrate, 2nd of 3 pending)",
                        "ERROR 23503: update or delete on table \"Customer\" violates foreign key constraint",
                        "restore",
                        "public.Customer");

        Path screenshot = Path.of("target", "rehearsal-browser", "report.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        browser(
                chromium,
                dir,
                "--screenshot=" + screenshot,
                "--window-size=1280,1400",
                report.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("screenshot " + screenshot).isNotNull();
        assertThat(pixels(image, FAILURE_RED))
                .as("red pixels (the failed migration's bar and box)")
                .isGreaterThan(50);
        assertThat(pixels(image, RESTORE_BLUE))
                .as("blue pixels (the restore's bar)")
                .isGreaterThan(50);
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the probe's output in the dumped DOM").isNotNegative();
        return text.substring(from + start.length(), text.indexOf(end, from));
    }

    /** Runs headless chromium with {@code arguments}; its standard output. */
    private static String browser(Path chromium, Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox", // the CI container runs as root, where chromium's sandbox refuses to start
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("chromium's exit code; its log: " + Files.readString(dir.resolve("chromium.log")))
                .isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(d -> Stream.of(Path.of(d, "chromium"), Path.of(d, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
