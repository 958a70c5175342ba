package org.councilpapers.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Mentions;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;

/** One row per inspection from judgements written in several councils' and frameworks' styles. */
class InspectionsTest {
    private static final PartialDate START = PartialDate.of(2019, 11, 11);
    private static final PartialDate END = PartialDate.of(2019, 11, 22);

    private static DocumentInfo paper(String name, DocumentKind kind, PartialDate date) {
        return new DocumentInfo(name.replace('.', '0'), name, "text/plain", kind, null, "Thurrock", date, 3);
    }

    private static Judgement judgement(String id, String authority, String framework, PartialDate start, PartialDate end, Integer year,
            String area, Grade grade, JudgementBasis basis, int page) {
        return new Judgement(id, authority, "Ofsted", framework, start, end, year, null, area, grade, grade.name(), basis,
                new Provenance(page, Integer.toString(page), 0, 1, null), Mentions.NONE, List.of());
    }

    private static Judgement ilacs(String id, String authority, String area, Grade grade) {
        return judgement(id, authority, "ILACS", START, END, 2019, area, grade, JudgementBasis.TABLE, 1);
    }

    @Test
    void anIlacsReportsFourJudgementsAreOneRowWithAColumnEach() {
        Inspections gathered = new Inspections();
        DocumentInfo report = paper("ilacs.pdf", DocumentKind.INSPECTION_REPORT, END);
        gathered.add(report, ilacs("j1", "Thurrock", "The impact of leaders on social work practice with children and families", Grade.GOOD));
        gathered.add(report, ilacs("j2", "Thurrock", "The experiences and progress of children who need help and protection", Grade.REQUIRES_IMPROVEMENT));
        gathered.add(report, ilacs("j3", "Thurrock", "The experiences and progress of children in care and care leavers", Grade.GOOD));
        gathered.add(report, ilacs("j4", "Thurrock", "Overall effectiveness", Grade.GOOD));

        List<Inspection> rows = gathered.rows();
        assertEquals(1, rows.size());
        Inspection row = rows.get(0);
        assertEquals(Grade.GOOD, row.grade(InspectionArea.OVERALL_EFFECTIVENESS));
        assertEquals(Grade.GOOD, row.grade(InspectionArea.LEADERS));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, row.grade(InspectionArea.HELP_AND_PROTECTION));
        // The 2018 framework judges children in care and care leavers together: one judgement, the children-in-care column.
        assertEquals(Grade.GOOD, row.grade(InspectionArea.CHILDREN_IN_CARE));
        assertNull(row.grade(InspectionArea.CARE_LEAVERS));
        assertEquals(List.of("j1", "j2", "j3", "j4"), row.judgementIds());
        assertEquals("table", row.basis());
        // The report is dated by its fieldwork, so no publication date is known.
        assertNull(row.publicationDate());
    }

    @Test
    void aCommitteeReportQuotingTheInspectionMergesIntoItsRowNamingBothPapers() {
        Inspections gathered = new Inspections();
        // The committee report comes first and gives only the year, and names the council differently.
        DocumentInfo committee = paper("committee-2020.docx", DocumentKind.REPORT, PartialDate.of(2020, 7, 7));
        gathered.add(committee, judgement("c1", "Thurrock Council", "ILACS", null, null, 2019, "Overall effectiveness", Grade.GOOD,
                JudgementBasis.TEXT, 4));
        DocumentInfo report = paper("ilacs.pdf", DocumentKind.INSPECTION_REPORT, PartialDate.of(2020, 1, 17));
        gathered.add(report, ilacs("j4", "Thurrock", "Overall effectiveness", Grade.GOOD));
        gathered.add(report, ilacs("j1", "Thurrock", "Impact of leaders", Grade.GOOD));

        List<Inspection> rows = gathered.rows();
        assertEquals(1, rows.size(), rows.toString());
        Inspection row = rows.get(0);
        assertEquals(START, row.inspectionStart());
        assertEquals(List.of("ilacs.pdf", "committee-2020.docx"), row.papers());
        assertEquals("table; text", row.basis());
        // The inspectorate's report dated after the fieldwork gives the publication date; the row's page is the report's.
        assertEquals(PartialDate.of(2020, 1, 17), row.publicationDate());
        assertEquals(1, row.page());
        assertEquals(List.of("j4", "j1", "c1"), row.judgementIds());
        // Asking again gives the same rows: merging does not change what was gathered.
        assertEquals(rows, gathered.rows());
    }

    @Test
    void aReportDatedByItsFieldworkTakesThePublicationDateItPrints() {
        Inspections gathered = new Inspections();
        DocumentInfo report = paper("sif-2014.pdf", DocumentKind.INSPECTION_REPORT, END);
        DocumentInfo committee = paper("committee.docx", DocumentKind.REPORT, PartialDate.of(2020, 3, 3));
        gathered.add(report, ilacs("j1", "Thurrock", "Overall effectiveness", Grade.GOOD));
        // "Report published: 17 January 2020", carried by the report's findings; a committee report's date is its meeting's.
        gathered.printedPublicationDate(committee, PartialDate.of(2020, 3, 3));
        assertNull(gathered.rows().get(0).publicationDate());
        gathered.printedPublicationDate(report, PartialDate.of(2020, 1, 17));
        gathered.printedPublicationDate(report, PartialDate.of(2020, 2, 1));
        assertEquals(PartialDate.of(2020, 1, 17), gathered.rows().get(0).publicationDate());
        // An earlier inspection the report recalls in a sentence, with no fieldwork dates, was not published that day.
        gathered.add(report, judgement("old", "Thurrock", null, null, null, 2016, "Overall effectiveness", Grade.INADEQUATE,
                JudgementBasis.TEXT, 5));
        assertEquals(2, gathered.rows().size());
        assertNull(gathered.rows().get(1).publicationDate());
    }

    @Test
    void aPrintedDateBeforeTheFieldworkEndedIsNotItsPublication() {
        Inspections gathered = new Inspections();
        DocumentInfo letter = paper("letter.pdf", DocumentKind.INSPECTION_LETTER, END);
        gathered.add(letter, ilacs("j1", "Thurrock", "Overall effectiveness", Grade.GOOD));
        gathered.printedPublicationDate(letter, PartialDate.of(2019, 11, 12));
        assertNull(gathered.rows().get(0).publicationDate());
    }

    @Test
    void twoGradesForOneAreaInOneYearAreTwoInspections() {
        // "The previous inspection of safeguarding was in June 2012: inadequate. Of services for looked after children,
        // June 2012: adequate." Both are stated in sentences, with no framework named.
        Inspections gathered = new Inspections();
        DocumentInfo report = paper("sif-2014.pdf", DocumentKind.INSPECTION_REPORT, PartialDate.of(2014, 6, 25));
        gathered.add(report, judgement("s", "Wigan", null, null, null, 2012, "Overall effectiveness", Grade.INADEQUATE, JudgementBasis.TEXT, 11));
        gathered.add(report, judgement("l", "Wigan", null, null, null, 2012, "Overall effectiveness", Grade.ADEQUATE, JudgementBasis.TEXT, 12));

        List<Inspection> rows = gathered.rows();
        assertEquals(2, rows.size());
        assertEquals(Grade.INADEQUATE, rows.get(0).grade(InspectionArea.OVERALL_EFFECTIVENESS));
        assertEquals(Grade.ADEQUATE, rows.get(1).grade(InspectionArea.OVERALL_EFFECTIVENESS));
        assertEquals(12, rows.get(1).page());
    }

    @Test
    void differentFieldworkDatesAreDifferentInspectionsEvenInOneYear() {
        Inspections gathered = new Inspections();
        DocumentInfo report = paper("two.pdf", DocumentKind.INSPECTION_REPORT, END);
        gathered.add(report, ilacs("a", "Luton", "Overall effectiveness", Grade.GOOD));
        gathered.add(report, judgement("b", "Luton", "ILACS", PartialDate.of(2019, 3, 4), PartialDate.of(2019, 3, 15), 2019,
                "Overall effectiveness", Grade.GOOD, JudgementBasis.TABLE, 2));
        assertEquals(2, gathered.rows().size());
    }

    @Test
    void a2009ReportsAreasFillTheirOwnColumnsAndUnknownAreasAreKeptAsText() throws IOException {
        Inspections gathered = new Inspections();
        DocumentInfo report = paper("lac-2012.pdf", DocumentKind.INSPECTION_REPORT, PartialDate.of(2012, 3, 2));
        PartialDate s = PartialDate.of(2012, 2, 6);
        PartialDate e = PartialDate.of(2012, 2, 17);
        for (String area : List.of("Overall effectiveness", "Capacity to improve", "Outcomes for looked after children and young people",
                "Quality of provision", "Leadership and management", "Being healthy")) {
            gathered.add(report, judgement(area, "Royal Borough of Greenwich", "LAC_2013", s, e, 2012, area, Grade.ADEQUATE,
                    JudgementBasis.TABLE, 20));
        }
        Inspection row = gathered.rows().get(0);
        for (InspectionArea a : List.of(InspectionArea.OVERALL_EFFECTIVENESS, InspectionArea.CAPACITY_TO_IMPROVE, InspectionArea.OUTCOMES,
                InspectionArea.QUALITY_OF_PROVISION, InspectionArea.LEADERS)) {
            assertEquals(Grade.ADEQUATE, row.grade(a), a.column());
        }
        assertEquals(List.of("Being healthy: ADEQUATE"), row.otherAreas());

        StringWriter csv = new StringWriter();
        InspectionWriter w = new InspectionWriter(csv, InspectionWriter.Form.CSV);
        w.write(row);
        List<String> lines = csv.toString().lines().toList();
        assertEquals(String.join(",", InspectionWriter.header()), lines.get(0));
        assertEquals("Royal Borough of Greenwich,Ofsted,LAC_2013,2012-02-06,2012-02-17,2012,2012-03-02,ADEQUATE,ADEQUATE,,,,,,ADEQUATE,ADEQUATE,"
                + "ADEQUATE,Being healthy: ADEQUATE,table,lac-2012.pdf,lac-20120pdf,20,20,Overall effectiveness; Capacity to improve; "
                + "Outcomes for looked after children and young people; Quality of provision; Leadership and management; Being healthy",
                lines.get(1));

        JsonNode json = PaperJson.readTree(InspectionWriter.json(row));
        assertEquals("ADEQUATE", json.get("capacityToImprove").asText());
        assertEquals(true, json.get("careLeavers").isNull());
        assertEquals("lac-2012.pdf", json.get("papers").get(0).asText());
        assertEquals(20, json.get("page").asInt());
    }

    @Test
    void authoritiesAreComparedWithoutTheWordsPapersAddOrDrop() {
        assertEquals("thurrock", Inspections.authorityKey("Thurrock Council"));
        assertEquals("barnsley", Inspections.authorityKey("Metropolitan Borough of Barnsley Council"));
        assertEquals("kingston upon thames", Inspections.authorityKey("Royal Borough of Kingston upon Thames"));
        assertEquals("bristol", Inspections.authorityKey("Bristol City Council"));
    }
}
