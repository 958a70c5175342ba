package org.councilpapers.extractors.record.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.Harness;
import org.councilpapers.extractors.record.Variants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Grade tables whose rows are grouped, as {@code pdftotext -layout} prints them: each judgement takes the group row it
 * sits under, its whole wrapped area and its own grade, whatever kind of paper a reader takes the text for.
 */
class JudgementLayoutGroupsTest {
    private static final JudgementExtractor EXTRACTOR = new JudgementExtractor();

    private static List<Judgement> judgements(DocumentKind kind, LayoutDocument doc) {
        return Harness.run(EXTRACTOR, kind, doc).records(Judgement.class);
    }

    // "group | area" to grade, for the rows read.
    private static Map<String, String> graded(List<Judgement> js) {
        return js.stream().collect(Collectors.toMap(j -> j.group() + " | " + j.area(), j -> j.grade().name()));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void slacRecordOfMainFindingsWithGroupRowsWrappedAreasAndAPageBreak(DocumentKind kind) {
        List<Judgement> js = judgements(kind, Variants.read("ofsted-2011-slac-pdftotext-layout-grouped-wrapped.txt"));
        Map<String, String> g = graded(js);
        assertEquals(23, js.size(), kind + " " + g);
        assertEquals("ADEQUATE", g.get("Safeguarding services | Overall effectiveness"), g.toString());
        assertEquals("GOOD", g.get("Safeguarding services | Capacity for improvement"), g.toString());
        assertEquals("GOOD", g.get("Safeguarding services | The contribution of health agencies to keeping children and young people safe"));
        assertEquals("INADEQUATE", g.get("Safeguarding services | Performance management and quality assurance"));
        assertEquals("ADEQUATE", g.get("Safeguarding services | Ambition and prioritisation"));
        assertEquals("GOOD", g.get("Services for looked after children | Overall effectiveness"));
        assertEquals("ADEQUATE", g.get("Services for looked after children | Enjoying and achieving: the contribution of services to "
                + "raising the attainment and progress of looked after children"), g.toString());
        assertEquals("GOOD", g.get("Services for looked after children | Making a positive contribution, including user engagement"));
        assertEquals("INADEQUATE", g.get("Services for looked after children | Economic well-being"));
        assertEquals("ADEQUATE", g.get("Services for looked after children | Performance management and quality assurance"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void lacSummaryWithCapitalGroupRowsBlankLinesAndARowOnTheNextPage(DocumentKind kind) {
        List<Judgement> js = judgements(kind, Variants.read("ofsted-2012-lac-pdftotext-layout-capital-groups.txt"));
        Map<String, String> g = graded(js);
        assertEquals(8, js.size(), kind + " " + g);
        String lac = "SERVICES FOR LOOKED AFTER CHILDREN | ";
        assertEquals("ADEQUATE", g.get(lac + "Overall effectiveness"), g.toString());
        assertEquals("GOOD", g.get(lac + "Capacity to improve"));
        assertEquals("ADEQUATE", g.get(lac + "Looked after children and young people are safe, healthy and make progress in their learning"));
        assertEquals("GOOD", g.get(lac + "The voice of looked after children and care leavers is heard and influences the services they receive"));
        assertEquals("INADEQUATE", g.get(lac + "Care leavers are supported into education, employment and their own homes"));
        assertEquals("GOOD", g.get(lac + "Leadership and management"));
        assertEquals("INADEQUATE", g.get(lac + "Performance management and quality assurance"));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aPageBreakAfterTheFirstTwoRowsKeepsThemAndTheirGroup(DocumentKind kind) {
        List<Judgement> js = judgements(kind, Variants.read("ofsted-2010-slac-pdftotext-layout-group-cut-by-page.txt"));
        Map<String, String> g = graded(js);
        assertEquals(15, js.size(), kind + " " + g);
        String sg = "Safeguarding services | ";
        String lac = "Services for looked after children | ";
        assertEquals("ADEQUATE", g.get(sg + "Overall effectiveness"), g.toString());
        assertEquals("GOOD", g.get(sg + "Capacity for improvement"), g.toString());
        assertEquals("ADEQUATE", g.get(sg + "Children and young people are safe: effectiveness of services in taking reasonable steps to ensure "
                + "that children and young people are safe"), g.toString());
        assertEquals("GOOD", g.get(sg + "Ambition and prioritisation"), g.toString());
        assertEquals("INADEQUATE", g.get(sg + "Evaluation, including performance management, quality assurance and workforce development"));
        assertEquals("GOOD", g.get(lac + "Being healthy"), g.toString());
        assertEquals("GOOD", g.get(lac + "Quality of provision"), g.toString());
        assertEquals("ADEQUATE", g.get(sg + "Quality of provision"), g.toString());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void capitalGroupsCutByAPageBreakKeepEachGroupsOwnRows(DocumentKind kind) {
        List<Judgement> js = judgements(kind, Variants.read("ofsted-2012-slac-pdftotext-layout-capital-groups-page-break.txt"));
        Map<String, String> g = graded(js);
        assertEquals(9, js.size(), kind + " " + g);
        String sg = "SAFEGUARDING SERVICES | ";
        String lac = "SERVICES FOR LOOKED AFTER CHILDREN | ";
        assertEquals("GOOD", g.get(sg + "Overall effectiveness"), g.toString());
        assertEquals("GOOD", g.get(sg + "Capacity to improve"), g.toString());
        assertEquals("GOOD", g.get(sg + "Children and young people are safe: the effectiveness of services in taking reasonable steps to "
                + "ensure that children and young people are safe"), g.toString());
        assertEquals("GOOD", g.get(sg + "Leadership and management"), g.toString());
        assertEquals("GOOD", g.get(lac + "Capacity to improve"), g.toString());
        assertEquals("INADEQUATE", g.get(lac + "Achieving economic well-being"), g.toString());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aKeyOfTheGradeWordsAndAGroupedTableOfCountsGiveNothing(DocumentKind kind) throws java.io.IOException {
        String text = String.join("\n",
                "Inspection of safeguarding and looked after children services", "",
                "   Outstanding (Grade 1)      A service that significantly exceeds minimum requirements",
                "   Good (Grade 2)             A service that exceeds minimum requirements",
                "   Adequate (Grade 3)         A service that only meets minimum requirements",
                "   Inadequate (Grade 4)       A service that does not meet minimum requirements", "",
                "Workforce and caseloads", "",
                "   Service                                   2010        2011",
                "   Safeguarding services",
                "   Social workers in post                      84          91",
                "   Vacancies covered by agency staff           12           9",
                "   Services for looked after children",
                "   Children looked after                      301         312",
                "   Children placed more than twenty miles",
                "   from home                                   27          24",
                "");
        LayoutDocument doc = new TextLayoutReader().read(Source.of(text.getBytes(StandardCharsets.UTF_8), "lookalike.txt"), new Warnings());
        List<Judgement> js = judgements(kind, doc);
        assertTrue(js.isEmpty(), kind + " " + js);
    }
}
