package org.councilpapers.extractors.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.Table;
import org.councilpapers.extractors.read.Source;
import org.junit.jupiter.api.Test;

/** Tables that {@code pdftotext -layout} lays out with spaces, read through {@link TextLayoutReader}. */
class SpacedTableParserTest {

    private static List<Block> body(String text) throws IOException {
        return new TextLayoutReader().read(Source.of(text.getBytes(StandardCharsets.UTF_8), "t.txt"), new Warnings()).body();
    }

    private static List<Table> tables(List<Block> bs) {
        return bs.stream().filter(b -> b.kind() == BlockKind.TABLE).map(Block::table).toList();
    }

    @Test
    void wrappedAreasAndGradesMakeOneRowEach() throws IOException {
        String text = """
                Lead inspector: A Person

                   Judgement                                              Grade

                   The impact of leaders on social work practice with     Requires improvement
                   children and families                                  to be good

                   The experiences and progress of children who need
                   help and protection                                    Good
                   The experiences and progress of care leavers           Inadequate
                   Overall effectiveness                                  Requires improvement
                                                                          to be good

                Since the last inspection in 2019, when services were judged to be good, the pace of change has slowed.
                """;
        List<Block> bs = body(text);
        List<Table> ts = tables(bs);
        assertEquals(1, ts.size(), bs.toString());
        Table t = ts.get(0);
        assertEquals(5, t.rowCount(), "a header and four areas");
        assertEquals(2, t.colCount());
        assertTrue(t.cellAt(0, 0).header(), "'Judgement | Grade' is a header row of short labels");
        assertEquals(List.of("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
                t.rowTexts(1));
        assertEquals(List.of("The experiences and progress of children who need help and protection", "Good"), t.rowTexts(2));
        assertEquals(List.of("Overall effectiveness", "Requires improvement to be good"), t.rowTexts(4));
        Block last = bs.get(bs.size() - 1);
        assertEquals(BlockKind.PARAGRAPH, last.kind(), "the prose under the table is no row of it");
        assertTrue(last.text().startsWith("Since the last inspection"));
    }

    @Test
    void anAreaOverThreeLinesWithItsGradeOnTheMiddleOneAndNoBlankLines() throws IOException {
        String text = """
                 Judgement                                   Grade
                 The impact of leaders on social work
                 practice with children and                  Inadequate
                 families
                 The experiences and progress of children    Good
                 in care
                 Overall effectiveness                       Inadequate
                Children in Barset are not yet safe.
                """;
        List<Block> bs = body(text);
        Table t = tables(bs).get(0);
        assertEquals(4, t.rowCount(), t.toString());
        assertEquals(List.of("The impact of leaders on social work practice with children and families", "Inadequate"), t.rowTexts(1));
        assertEquals(List.of("The experiences and progress of children in care", "Good"), t.rowTexts(2));
        assertEquals("Children in Barset are not yet safe.", bs.get(bs.size() - 1).text(), "a line neither graded nor carried on by the line under it is prose");
    }

    @Test
    void numberedAreasWithIndentedSubItems() throws IOException {
        String text = """
                   1. Children who need help and protection            Requires improvement

                   2. Children looked after and achieving permanence   Inadequate

                        2.1 Adoption performance                       Good

                   3. Leadership, management and governance            Inadequate

                   The LSCB is inadequate.
                """;
        List<Block> bs = body(text);
        Table t = tables(bs).get(0);
        assertEquals(4, t.rowCount());
        assertFalse(t.cellAt(0, 0).header(), "a numbered area is no header");
        assertEquals(List.of("2.1 Adoption performance", "Good"), t.rowTexts(2));
        assertEquals("The LSCB is inadequate.", bs.get(bs.size() - 1).text());
    }

    @Test
    void listMarkersAndLabelsSetApartMakeNoColumns() throws IOException {
        String text = """
                From:       Councillor A Holt, Cabinet Member
                            Director of Place

                To:         Cabinet – 6 March 2025

                Subject:    Waste review

                101.    Apologies

                102.    Declarations of Interest

                103.    Minutes

                What needs to improve?

                      \uF0B7   The quality of written plans for children in need, so that they say
                             what needs to change.
                      \uF0B7   Management oversight of decisions.
                   •   The recording of children's views.
                """;
        List<Block> bs = body(text);
        assertTrue(tables(bs).isEmpty(), bs.toString());
        List<Block> items = bs.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
        assertEquals(6, items.size(), items.toString());
        assertEquals("The quality of written plans for children in need, so that they say what needs to change.", items.get(3).text());
    }

    @Test
    void minuteReferencesBeforeHangingIndentedMinutesMakeNoColumns() throws IOException {
        // Northern Irish and town council minutes: the reference at the margin, the heading and the minute's text indented under it.
        String text = """
                CW 112/25   APOLOGIES

                            Apologies were recorded for Councillor N. Breen.


                CW 113/25   DECLARATIONS OF INTEREST

                            None.

                25/118      Apologies for Absence

                            Apologies were received from Cllr R. Ince.

                HWB/25/07   Better Care Fund

                            The Board noted the return.
                """;
        List<Block> bs = body(text);
        assertTrue(tables(bs).isEmpty(), bs.toString());
        assertEquals(List.of("CW 112/25 APOLOGIES", "Apologies were recorded for Councillor N. Breen.", "CW 113/25 DECLARATIONS OF INTEREST",
                "None.", "25/118 Apologies for Absence", "Apologies were received from Cllr R. Ince.", "HWB/25/07 Better Care Fund",
                "The Board noted the return."), bs.stream().map(b -> b.text().replaceAll("\\s+", " ")).toList());
    }

    @Test
    void aYearsSpanIsAColumnStill() throws IOException {
        // "23/24" beside its figures is a year, not minute 23 of 2024: the table of years stays a table.
        String text = """
                Year        Placements
                22/23       Forty-one
                23/24       Thirty-eight
                24/25       Forty-four
                """;
        List<Table> ts = tables(body(text));
        assertEquals(1, ts.size());
        assertEquals(2, ts.get(0).colCount());
    }

    @Test
    void twoAlignedLinesAreNotYetATable() throws IOException {
        List<Block> bs = body("3. Minutes of the meeting held on 9 April 2024          Pages 1 - 8\n"
                + "6. Work Programme 2024/25                              Page 61\n");
        assertTrue(tables(bs).isEmpty(), bs.toString());
    }

    @Test
    void groupRowsAloneInTheFirstColumnStayRowsOfTheTable() throws IOException {
        String text = """
                   Area                                                   Judgement
                   SAFEGUARDING SERVICES
                   Overall effectiveness                                  Adequate
                   Capacity for improvement                               Good
                   Services for looked after children

                   Overall effectiveness                                  Good
                   Enjoying and achieving: the contribution of services
                   to raising attainment                                  Adequate
                """;
        List<Table> ts = tables(body(text));
        assertEquals(1, ts.size(), ts.toString());
        Table t = ts.get(0);
        assertEquals(List.of("SAFEGUARDING SERVICES", ""), t.rowTexts(1));
        assertEquals(List.of("Services for looked after children", ""), t.rowTexts(4));
        assertEquals(List.of("Enjoying and achieving: the contribution of services to raising attainment", "Adequate"), t.rowTexts(6));
    }

    @Test
    void twoRowsThatAPageNumberEndsAreATableAndASectionQuestionWiderThanTheColumnIsARow() throws IOException {
        String text = """
                   Services for looked after children
                   Overall effectiveness                                  Good
                   Capacity for improvement                               Adequate

                                                                                      31
                \f
                   Quality of provision                                   Good
                   How good are outcomes for looked after children and care leavers?
                   Being healthy                                          Good
                   Staying safe                                           Outstanding
                   Enjoying and achieving                                 Adequate
                """;
        List<Table> ts = tables(body(text));
        assertEquals(2, ts.size(), ts.toString());
        assertEquals(List.of("Capacity for improvement", "Adequate"), ts.get(0).rowTexts(1));
        assertEquals(List.of("How good are outcomes for looked after children and care leavers?", ""), ts.get(1).rowTexts(1));
        assertEquals(List.of("Staying safe", "Outstanding"), ts.get(1).rowTexts(3));
    }

    @Test
    void twoSpacedLinesThatNoPageNumberEndsAndASentenceWiderThanTheColumnStayProse() throws IOException {
        String text = """
                   Referrals                                 3,410
                   Assessments                               2,987
                   The table below shows the figures the council gave us for this year and last.
                   Plans                                       207
                   Reviews                                     198

                """;
        List<Block> bs = body(text);
        assertTrue(tables(bs).isEmpty(), bs.toString());
    }

    @Test
    void aSentenceOrALabelBetweenTwoTablesJoinsNeither() throws IOException {
        String text = """
                   Social workers in post                      84          91
                   Vacancies                                   12           9
                   Agency staff                                 7           5
                   The figures are for March of each year.
                   Children looked after                      301         312
                   Care leavers                               140         151
                   Children adopted                            22          19
                   Notes:
                   Referrals                                 3,410       3,122
                   Assessments                               2,987       2,874
                   Plans                                       207         212
                """;
        List<Table> ts = tables(body(text));
        assertEquals(3, ts.size(), ts.toString());
        assertEquals(3, ts.get(0).rowCount());
    }
}
