package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 500-page agenda pack, made here, extracts in a JVM limited to 512 MB of heap: pages are read one at a
 * time, so memory stays flat however long the pack. The extraction runs in a child JVM started with
 * {@code -Xmx512m}, so the limit is real rather than whatever the test JVM was given.
 */
class LargePackIT {
    static final int PAGES = 500;
    /** A report starts every this many pages: a heading, its recommendations, then prose and a table. */
    static final int REPORT_PAGES = 10;
    static final float HEIGHT = PDRectangle.A4.getHeight();

    @Test
    void fiveHundredPagePackExtractsUnderHalfAGigabyteOfHeap(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("large-agenda-pack.pdf");
        writePack(pack);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classpath, Child.class.getName(), pack.toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread copier = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (IOException ignored) {
                // the process died; its exit code says so
            }
        });
        copier.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "extraction took over two minutes");
        copier.join();
        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        assertTrue(Long.parseLong(facts.get("maxHeapMb")) <= 512, output);
        assertEquals(String.valueOf(PAGES), facts.get("pages"), output);
        assertEquals(String.valueOf(PAGES / REPORT_PAGES * 2), facts.get("recommendations"), output);
        assertEquals(recommendation(PAGES / REPORT_PAGES, 2), facts.get("lastRecommendation"), output);
        int lastReportPage = 2 + (PAGES / REPORT_PAGES - 1) * REPORT_PAGES;
        assertEquals(String.valueOf(lastReportPage - 1), facts.get("printedPageOfLastRecommendation"), output);
        System.out.println("large pack: " + output.strip().replace('\n', ' '));
    }

    static String recommendation(int report, int n) {
        return "That the Committee " + (n == 1 ? "notes" : "comments on") + " the update in report " + report
                + " and the actions proposed by officers in paragraph " + n + " of that report.";
    }

    /**
     * Writes the pack: each page has running text in a running header and a "Page N" footer; a report's first
     * page carries its title and two recommendations; every fifth page a ruled, shaded 6 x 4 table.
     */
    static void writePack(Path file) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String prose = "The service has continued to improve the timeliness of assessments and the quality of plans "
                + "for children, and managers review the work of each team every month";
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= PAGES; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    text(s, regular, 9, 57, 30, "Children's Services Overview and Scrutiny Committee, 12 October 2021");
                    float y = 80;
                    // Reports start on pages 2, 12, ...: the last report's recommendations are on page 492.
                    int report = (n - 2) / REPORT_PAGES + 1;
                    if (n >= 2 && (n - 2) % REPORT_PAGES == 0) {
                        text(s, bold, 14, 57, y, "Report " + report + ": Children's Services performance update");
                        y += 30;
                        text(s, bold, 11, 57, y, "Recommendations");
                        y += 20;
                        for (int r = 1; r <= 2; r++) {
                            String rec = recommendation(report, r);
                            text(s, regular, 11, 57, y, "1." + r);
                            int cut = rec.lastIndexOf(' ', 80);
                            text(s, regular, 11, 80, y, rec.substring(0, cut));
                            text(s, regular, 11, 80, y + 13.5f, rec.substring(cut + 1));
                            y += 34;
                        }
                    }
                    if (n % 5 == 0) {
                        y = table(s, regular, y + 10);
                    }
                    for (; y < 780; y += 13.5f) {
                        text(s, regular, 11, 57, y, prose.substring(0, 70 + (int) (y % 20)));
                    }
                    if (n > 1) {
                        text(s, regular, 9, 280, 815, "Page " + (n - 1)); // the front sheet has no number
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    private static float table(PDPageContentStream s, PDType1Font font, float top) throws IOException {
        float[] xs = {57, 250, 350, 450, 538};
        float rowHeight = 20;
        int rows = 6;
        String[] rag = {"Green", "Amber", "Red"};
        for (int r = 1; r < rows; r++) {
            float[] rgb = r % 3 == 0 ? new float[] {1, 0, 0} : r % 3 == 1 ? new float[] {0, 0.69f, 0.31f} : new float[] {1, 0.75f, 0};
            s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            s.addRect(xs[3], HEIGHT - (top + (r + 1) * rowHeight), xs[4] - xs[3], rowHeight);
            s.fill();
        }
        s.setNonStrokingColor(0f);
        s.setLineWidth(0.75f);
        for (int r = 0; r <= rows; r++) {
            s.moveTo(xs[0], HEIGHT - (top + r * rowHeight));
            s.lineTo(xs[4], HEIGHT - (top + r * rowHeight));
        }
        for (float x : xs) {
            s.moveTo(x, HEIGHT - top);
            s.lineTo(x, HEIGHT - (top + rows * rowHeight));
        }
        s.stroke();
        String[] head = {"Measure", "Target", "Actual", "Status"};
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 4; c++) {
                String t = r == 0 ? head[c] : c == 0 ? "Measure " + r : c == 3 ? rag[r % 3] : String.valueOf(10 * r + c);
                text(s, font, 10, xs[c] + 4, top + r * rowHeight + 14, t);
            }
        }
        return top + rows * rowHeight + 20;
    }

    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float baseline, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, HEIGHT - baseline);
        s.showText(text);
        s.endText();
    }

    /** Runs in the child JVM: extracts the pack and prints what the test checks, one {@code key=value} a line. */
    public static final class Child {
        private Child() {}

        public static void main(String[] args) throws IOException {
            long start = System.nanoTime();
            Extraction x = CouncilPapers.builder().nlp(false).build().extract(Path.of(args[0]));
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<Recommendation> recs = new ArrayList<>(x.records(Recommendation.class));
            Recommendation last = recs.get(recs.size() - 1);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("pages=" + x.document().pages());
            System.out.println("recommendations=" + recs.size());
            System.out.println("lastRecommendation=" + last.text());
            System.out.println("printedPageOfLastRecommendation=" + last.provenance().printedPage());
            System.out.println("peakHeapMb=" + peak / (1024 * 1024)); // the heap pools' peaks summed: an upper bound
            System.out.println(String.format(Locale.ROOT, "seconds=%.1f", ms / 1000.0));
        }
    }
}
