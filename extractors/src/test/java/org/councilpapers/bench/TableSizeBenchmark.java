package org.councilpapers.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Extraction time against table size: one action plan of 1,000, 10,000 and 100,000 rows as an HTML
 * page, an .xlsx workbook and a pipe table in text, each extracted once (after one small warm-up
 * paper per format). Time per row should stay flat as the table grows; quadratic steps (a cell
 * looked up by scanning the table, a table block hashed once per cell) showed as a time per row ten
 * times larger at each step. Not part of the default test run:
 * {@code mvn -B -o -Pbench test -pl extractors -am -Dbench.test=TableSizeBenchmark [-Dbench.rows=1000,10000,100000]
 * [-Dbench.formats=html,xlsx,txt]};
 * see BENCHMARKS.md.
 */
class TableSizeBenchmark {
    private static final int[] ROWS = Arrays.stream(System.getProperty("bench.rows", "1000,10000,100000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    private static final List<String> FORMATS = List.of(System.getProperty("bench.formats", "html,xlsx,txt").split(","));
    private static final String[] HEADER = {"Ref", "Action", "Lead officer", "Due date", "Progress", "RAG status"};

    @Test
    void extractionTimeGrowsLinearlyWithRows() throws IOException {
        // The time a paper may take is raised: this measures the time, and on a busy machine a 100,000-row workbook passes the default 5 minutes.
        CouncilPapers papers = CouncilPapers.builder().maxSecondsPerPaper(3600).build();
        List<String> lines = new ArrayList<>();
        for (String format : FORMATS) {
            papers.extract(new ByteArrayInputStream(table(format, 200)), "warm-up." + format);
            for (int rows : ROWS) {
                byte[] bytes = table(format, rows);
                System.gc();
                long t0 = System.nanoTime();
                Extraction x = papers.extract(new ByteArrayInputStream(bytes), "plan-" + rows + "." + format);
                double seconds = (System.nanoTime() - t0) / 1e9;
                String line = String.format(Locale.ROOT, "  %-5s %7d rows %9.1f kB %8.2f s %8.1f µs/row %7d records", format, rows,
                        bytes.length / 1024.0, seconds, seconds * 1e6 / rows, x.records().size());
                System.out.println(line);
                lines.add(line);
                assertTrue(x.records().size() >= rows, "each row an action: " + line);
            }
        }
        System.out.printf(Locale.ROOT, "%nTable size benchmark (max heap %d MB):%n%s%n", Runtime.getRuntime().maxMemory() >> 20,
                String.join("\n", lines));
    }

    /** An action plan of {@code rows} actions with a RAG column, in one of the three formats. */
    static byte[] table(String format, int rows) throws IOException {
        switch (format) {
            case "html": {
                StringBuilder s = new StringBuilder("<html><body><h1>Improvement plan</h1><table><tr>");
                for (String h : HEADER) {
                    s.append("<th>").append(h).append("</th>");
                }
                s.append("</tr>\n");
                for (int r = 0; r < rows; r++) {
                    s.append("<tr>");
                    for (String c : row(r)) {
                        s.append("<td>").append(c).append("</td>");
                    }
                    s.append("</tr>\n");
                }
                return s.append("</table></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
            }
            case "txt": {
                StringBuilder s = new StringBuilder("Improvement plan\n\n| ").append(String.join(" | ", HEADER)).append(" |\n|");
                s.append("---|".repeat(HEADER.length)).append('\n');
                for (int r = 0; r < rows; r++) {
                    s.append("| ").append(String.join(" | ", row(r))).append(" |\n");
                }
                return s.toString().getBytes(StandardCharsets.UTF_8);
            }
            case "xlsx": {
                try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    Sheet sheet = wb.createSheet("Improvement plan");
                    Row head = sheet.createRow(0);
                    for (int c = 0; c < HEADER.length; c++) {
                        head.createCell(c).setCellValue(HEADER[c]);
                    }
                    for (int r = 0; r < rows; r++) {
                        Row row = sheet.createRow(r + 1);
                        String[] cells = row(r);
                        for (int c = 0; c < cells.length; c++) {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                    wb.write(out);
                    return out.toByteArray();
                }
            }
            default:
                throw new IllegalArgumentException(format);
        }
    }

    private static String[] row(int r) {
        return new String[] {Integer.toString(r + 1), "Improve the timeliness of return home interviews, step " + (r + 1),
            "Officer " + (r % 37), (1 + r % 28) + " March 2021", "Interviews held within 72 hours rose to " + (r % 100) + "%",
            new String[] {"Red", "Amber", "Green"}[r % 3]};
    }
}
