package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Finding;
import org.councilpapers.extractors.record.PlanFiles;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Five of the inspection variants set as a PDF (PDFBox) and as a Word document, written in code from the text variant:
 * headings and bold lines as bold lines, bullets as bullet characters, pipe tables as tables, long lines wrapped, and the
 * pages cut wherever they fill, so lists and tables run over page breaks. Each form must give the findings the text gives,
 * which {@link FindingVariantsTest} checks against what a reader takes from the paper.
 */
class GeneratedFindingsIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();
    private static final int LINES_PER_PAGE = 30;
    private static final int LINE_CHARS = 120;
    private static final float TABLE_WIDTH = 700f;
    // Helvetica at the generator's 8pt table size: about 4.6 points a character, with room for the cell's padding.
    private static final float POINTS_PER_CHAR = 5f;
    // Where the text's form feed turns the page.
    private static final Object PAGE_BREAK = new Object();

    @ParameterizedTest
    @ValueSource(strings = {"inspection-2023-area-send-report-priority-actions.txt", "inspection-2017-send-local-area-letter-paragraph-lists.txt",
            "inspection-2018-jtai-letter-agency-groups.txt", "findings-council-report-quoting-inspection-areas.txt",
            "findings-unitary-report-inspection-found-areas-were.txt"})
    void pdfAndWordFormsGiveTheTextsFindings(String name) throws IOException {
        Forms forms = forms(PAPERS, name, "generated-findings");
        Extraction pdf = forms.pdf();
        Extraction docx = forms.docx();
        List<String> expected = keys(forms.text());
        assertFalse(expected.isEmpty(), name);
        assertEquals(expected, keys(pdf), name + " as PDF");
        assertEquals(expected, keys(docx), name + " as Word");
        RecordAssertions.assertWellFormed(pdf);
        RecordAssertions.assertWellFormed(docx);
    }

    /** A variant read as text, and as the PDF and the Word file the generator makes of it. */
    record Forms(Extraction text, Extraction pdf, Extraction docx) {}

    /**
     * Reads a variant in its three forms; the generated files are kept under {@code target/KEPT}, where a failure can be
     * looked at: they are the evidence of what the readers were given.
     */
    static Forms forms(CouncilPapers papers, String name, String kept) throws IOException {
        String source = Files.readString(TestPapers.path("variants/" + name), StandardCharsets.UTF_8);
        Extraction text = papers.extract(TestPapers.path("variants/" + name));
        byte[] pdfBytes = PlanFiles.pdf(pages(source, LINE_CHARS));
        byte[] docxBytes = PlanFiles.docx(pages(source, Integer.MAX_VALUE));
        Path dir = Path.of("target", kept);
        Files.createDirectories(dir);
        Files.write(dir.resolve(name.replace(".txt", ".pdf")), pdfBytes);
        Files.write(dir.resolve(name.replace(".txt", ".docx")), docxBytes);
        return new Forms(text, papers.extract(new ByteArrayInputStream(pdfBytes), name.replace(".txt", ".pdf")),
                papers.extract(new ByteArrayInputStream(docxBytes), name.replace(".txt", ".docx")));
    }

    /**
     * The paper's lines as the generator prints them, cut into pages; a table stays whole on its page, and a form feed in the
     * text starts a new page (a table printed on, its header repeated, stays two tables, as a reader meets it).
     */
    static PlanFiles.Page[] pages(String text, int lineChars) {
        List<Object> parts = new ArrayList<>();
        List<String> lines = Arrays.asList(text.split("\n"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\f') >= 0) {
                parts.add(PAGE_BREAK); // the text's form feed: the printed paper turns the page there too (a table continued over it)
                continue;
            }
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                parts.add(""); // a blank line between paragraphs, as a printed paper leaves space between them
                continue;
            }
            if (line.startsWith("|")) {
                List<List<PlanFiles.C>> rows = new ArrayList<>();
                int columns = lines.get(i).strip().split("\\|").length - 1;
                int cellChars = (int) (TABLE_WIDTH / columns / POINTS_PER_CHAR); // a cell's text wraps inside its column
                for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
                    String row = lines.get(i).strip();
                    if (!row.matches("^\\|[-| :]+\\|$")) {
                        rows.add(Arrays.stream(row.substring(1, row.length() - 1).split("\\|"))
                                .map(c -> PlanFiles.C.of(wrap(c.strip(), cellChars).toArray(String[]::new))).toList());
                    }
                }
                i--;
                float[] widths = new float[rows.get(0).size()];
                Arrays.fill(widths, TABLE_WIDTH / widths.length);
                parts.add(new PlanFiles.Grid(widths, rows.get(0), rows.subList(1, rows.size())));
                continue;
            }
            boolean heading = line.startsWith("#") || line.startsWith("**") && line.endsWith("**");
            String bare = line.replaceAll("^#+\\s*", "").replaceAll("^\\*\\*(.*)\\*\\*$", "$1").replaceAll("^- ", "• ");
            if (heading) {
                parts.add("#" + bare);
            } else {
                parts.addAll(wrap(bare, lineChars));
            }
        }
        List<PlanFiles.Page> pages = new ArrayList<>();
        List<Object> page = new ArrayList<>();
        int used = 0;
        for (Object part : parts) {
            if (part == PAGE_BREAK) {
                if (!page.isEmpty()) {
                    pages.add(new PlanFiles.Page(page));
                    page = new ArrayList<>();
                    used = 0;
                }
                continue;
            }
            int height = part instanceof PlanFiles.Grid g ? (g.rows().size() + 1) * 3 : 1;
            if (used + height > LINES_PER_PAGE && !page.isEmpty()) {
                pages.add(new PlanFiles.Page(page));
                page = new ArrayList<>();
                used = 0;
            }
            page.add(part);
            used += height;
        }
        pages.add(new PlanFiles.Page(page));
        return pages.toArray(PlanFiles.Page[]::new);
    }

    private static List<String> wrap(String line, int chars) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > chars) {
            int cut = rest.lastIndexOf(' ', chars);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }

    /** What each finding says, without where it sits. */
    private static List<String> keys(Extraction x) {
        return x.records(Finding.class).stream()
                .map(f -> f.kind() + "|" + f.text().replaceAll("\\s+", " ").strip() + "|" + f.authority() + "|" + f.source() + "|" + f.date())
                .toList();
    }
}
