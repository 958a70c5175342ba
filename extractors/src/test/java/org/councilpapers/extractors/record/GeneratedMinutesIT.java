package org.councilpapers.extractors.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eleven of the minutes, decision and question variants (among them the six numbering styles of
 * {@link org.councilpapers.extractors.record.minutes.MinuteNumberingVariantsTest} and the two question layouts of
 * {@link org.councilpapers.extractors.record.minutes.QuestionLayoutsTest}) set as a PDF (PDFBox) and as a Word document
 * (WordprocessingML), written in code from the text variant line by line: each form must give the same meetings, items,
 * decisions and questions as the text, which {@link MinutesVariantsTest} and those tests check against what a reader takes
 * from the paper.
 */
class GeneratedMinutesIT {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();
    // A landscape page holds about 36 lines of 10pt text; a paragraph longer than a line wraps onto the lines under it.
    private static final int LINES_PER_PAGE = 32;
    private static final int LINE_CHARS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"london-borough-cabinet-minutes-caps-headings-public-question.txt",
            "metropolitan-cabinet-record-of-decisions-notice.txt", "unitary-council-public-questions-and-answers.txt",
            "minutes-borough-executive-minute-and-agenda-item.txt", "minutes-unitary-cabinet-body-prefixed-minute-numbers.txt",
            "minutes-district-cabinet-year-numbered-minutes.txt", "minutes-town-council-lettered-minute-numbers-votes.txt",
            "minutes-scottish-committee-roman-numbered-items.txt", "minutes-city-committee-part-one-numbered-paragraphs.txt",
            "questions-borough-council-fielded-public-questions.txt", "questions-county-cabinet-members-questions-numbered-to.txt",
            "minutes-borough-licensing-held-at-moved-seconded-carried.txt", "minutes-town-commission-remote-teams-cllrs-present-agreed-numbered.txt",
            "minutes-ni-district-committee-proposed-seconded-agreed-lines.txt", "minutes-unitary-scrutiny-venue-line-under-held-on.txt",
            "minutes-district-overview-held-on-venue-run-on.txt", "questions-county-council-public-question-time-submitted-by-supplementary.txt",
            "questions-borough-council-public-question-time-table-reply.txt"})
    void pdfAndWordFormsGiveTheTextsRecords(String name) throws IOException {
        String source = Files.readString(TestPapers.path("variants/" + name), StandardCharsets.UTF_8);
        // A PDF sets a long paragraph on several lines; a Word paragraph stays one paragraph and the reader's window wraps it.
        PlanFiles.Page[] printed = pages(source, LINE_CHARS).toArray(PlanFiles.Page[]::new);
        PlanFiles.Page[] word = pages(source, Integer.MAX_VALUE).toArray(PlanFiles.Page[]::new);
        Extraction text = PAPERS.extract(TestPapers.path("variants/" + name));
        Extraction pdf = PAPERS.extract(new java.io.ByteArrayInputStream(PlanFiles.pdf(printed)), name.replace(".txt", ".pdf"));
        Extraction docx = PAPERS.extract(new java.io.ByteArrayInputStream(PlanFiles.docx(word)), name.replace(".txt", ".docx"));
        List<String> expected = keys(text);
        assertFalse(expected.isEmpty(), name);
        assertEquals(expected, keys(pdf), name + " as PDF");
        assertEquals(expected, keys(docx), name + " as Word");
        RecordAssertions.assertWellFormed(pdf);
        RecordAssertions.assertWellFormed(docx);
    }

    /** The paper's lines, long ones wrapped, a blank line between paragraphs, cut into pages. */
    private static List<PlanFiles.Page> pages(String text, int lineChars) {
        List<Object> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                lines.add("");
                continue;
            }
            String rest = line.strip();
            while (rest.length() > lineChars) {
                int cut = rest.lastIndexOf(' ', lineChars);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
            lines.add(rest);
        }
        List<PlanFiles.Page> pages = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
            pages.add(new PlanFiles.Page(lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))));
        }
        return pages;
    }

    /** What each record says, without where it sits: the fields a reader checks. */
    private static List<String> keys(Extraction x) {
        List<String> out = new ArrayList<>();
        for (PaperRecord r : x.records()) {
            if (r instanceof Meeting m) {
                out.add("meeting|" + m.committee() + "|" + m.date() + "|" + m.present());
            } else if (r instanceof AgendaItem a) {
                out.add("item|" + a.meetingDate() + "|" + a.number() + "|" + squash(a.title()));
            } else if (r instanceof Resolution s) {
                out.add("resolution|" + s.meetingDate() + "|" + s.itemNumber() + "|" + s.number() + "|" + squash(s.text()));
            } else if (r instanceof Question q) {
                out.add("question|" + q.itemNumber() + "|" + q.askedBy() + "|" + squash(q.text()) + "|" + q.answeredBy() + "|"
                        + squash(q.answer()));
            }
        }
        return out;
    }

    private static String squash(String s) {
        return s == null ? "null" : s.replaceAll("\\s+", " ").strip();
    }
}
