package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.councilpapers.core.json.PaperJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --inspections} on the six real Ofsted reports: each row checked against what the report's first page
 * (or its record of main findings) says.
 */
class ExportInspectionsTest {
    @TempDir
    static Path tmp;

    private static Path index;

    @BeforeAll
    static void indexTheReports() throws IOException {
        index = RealOfstedIndex.build(tmp, RealOfstedIndex.REPORTS);
    }

    private static List<CSVRecord> csv(String... filters) throws IOException {
        String[] args = new String[4 + filters.length];
        args[0] = "export";
        args[1] = "--inspections";
        args[2] = "--index";
        args[3] = index.toString();
        System.arraycopy(filters, 0, args, 4, filters.length);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.code(), run.err());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(run.out())).getRecords();
    }

    /** The row of this paper and framework. */
    private static CSVRecord row(List<CSVRecord> rows, String paper, String framework) {
        return rows.stream().filter(r -> r.get("papers").equals(paper) && r.get("framework").equals(framework)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + framework + " row from " + paper + " in " + rows));
    }

    private static Map<String, String> grades(CSVRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : List.of("overallEffectiveness", "leaders", "helpAndProtection", "childrenInCare", "careLeavers", "adoption", "lscb",
                "capacityToImprove", "outcomes", "qualityOfProvision")) {
            if (!r.get(c).isEmpty()) {
                m.put(c, r.get(c));
            }
        }
        return m;
    }

    @Test
    void eachReportsOwnInspectionIsOneRowWithTheGradesItsFirstPageGives() throws IOException {
        List<CSVRecord> rows = csv();

        // "Inspection dates: 11 to 22 May 2026"; the 2026 framework gives no overall effectiveness, and judges care leavers apart.
        CSVRecord nn = row(rows, "2637539-north-northamptonshire-2026-07-07.pdf", "ILACS");
        assertEquals("North Northamptonshire", nn.get("authority"));
        assertEquals("2026-05-11", nn.get("inspectionStart"));
        assertEquals("2026-05-22", nn.get("inspectionEnd"));
        assertEquals(Map.of("leaders", "OUTSTANDING", "helpAndProtection", "GOOD", "childrenInCare", "GOOD", "careLeavers", "GOOD"), grades(nn));

        // Barnsley, 2 to 25 June 2014: overall requires improvement; adoption RI, care leavers good; the LSCB review RI.
        CSVRecord barnsley = row(rows, "80426-barnsley-2014-08-08.pdf", "SIF");
        assertEquals("2014-06-02", barnsley.get("inspectionStart"));
        assertEquals("2014-06-25", barnsley.get("inspectionEnd"));
        assertEquals(Map.of("overallEffectiveness", "REQUIRES_IMPROVEMENT", "leaders", "REQUIRES_IMPROVEMENT", "helpAndProtection",
                "REQUIRES_IMPROVEMENT", "childrenInCare", "REQUIRES_IMPROVEMENT", "careLeavers", "GOOD", "adoption", "REQUIRES_IMPROVEMENT",
                "lscb", "REQUIRES_IMPROVEMENT"), grades(barnsley));
        assertEquals("1", barnsley.get("page"));
        // "Report published: 8 August 2014"; the reports that print no publication date have none.
        assertEquals("2014-08-08", barnsley.get("publicationDate"));
        assertEquals("", nn.get("publicationDate"));
        assertEquals(7, barnsley.get("judgementIds").split("; ").length);

        // Birmingham's 2016 re-inspection: inadequate; help and protection and leadership inadequate, the rest RI.
        CSVRecord b2016 = row(rows, "80429-birmingham-2016-11-25.pdf", "SIF");
        assertEquals(Map.of("overallEffectiveness", "INADEQUATE", "leaders", "INADEQUATE", "helpAndProtection", "INADEQUATE",
                "childrenInCare", "REQUIRES_IMPROVEMENT", "careLeavers", "REQUIRES_IMPROVEMENT", "adoption", "REQUIRES_IMPROVEMENT"), grades(b2016));

        // Birmingham's and Bolton's 2018 ILACS: children in care and care leavers are one judgement, in childrenInCare.
        CSVRecord b2018 = row(rows, "80429-birmingham-2019-01-17.pdf", "ILACS");
        assertEquals("2018-12-03", b2018.get("inspectionStart"));
        assertEquals(Map.of("overallEffectiveness", "REQUIRES_IMPROVEMENT", "leaders", "REQUIRES_IMPROVEMENT", "helpAndProtection",
                "REQUIRES_IMPROVEMENT", "childrenInCare", "REQUIRES_IMPROVEMENT"), grades(b2018));
        CSVRecord bolton = row(rows, "80432-bolton-2018-06-12.pdf", "ILACS");
        assertEquals("2018-04-23", bolton.get("inspectionStart"));
        assertEquals("2018-05-04", bolton.get("inspectionEnd"));
        assertEquals(Map.of("overallEffectiveness", "GOOD", "leaders", "GOOD", "helpAndProtection", "GOOD", "childrenInCare", "GOOD"), grades(bolton));

        // Norfolk's 2013 looked after children inspection, its record of main findings (page 23, printed 21): all inadequate.
        CSVRecord norfolk = row(rows, "80418-norfolk-2013-08-16.pdf", "LAC_2013");
        assertEquals(Map.of("overallEffectiveness", "INADEQUATE", "leaders", "INADEQUATE", "capacityToImprove", "INADEQUATE", "outcomes",
                "INADEQUATE", "qualityOfProvision", "INADEQUATE"), grades(norfolk));
        assertEquals("23", norfolk.get("page"));
        assertEquals("21", norfolk.get("printedPage"));
        assertEquals("2013-08-16", norfolk.get("publicationDate")); // "Published: 16 August 2013"

    }

    @Test
    void earlierInspectionsTheReportsRecallAreRowsOfTheirOwnAndTwoGradesInAYearAreTwoRows() throws IOException {
        List<CSVRecord> rows = csv("--authority", "barnsley");
        // "The previous inspection of Barnsley's safeguarding arrangements was in June 2012 ... inadequate" and
        // "... services for looked after children was in June 2012 ... adequate": two inspections of 2012.
        List<CSVRecord> of2012 = rows.stream().filter(r -> r.get("year").equals("2012")).toList();
        assertEquals(2, of2012.size(), rows.toString());
        assertEquals(List.of("INADEQUATE", "ADEQUATE"), of2012.stream().map(r -> r.get("overallEffectiveness")).toList());
        assertEquals(List.of("text", "text"), of2012.stream().map(r -> r.get("basis")).toList());
        // Recalled, not published with this report.
        assertEquals(List.of("", ""), of2012.stream().map(r -> r.get("publicationDate")).toList());
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("authority").equals("Barnsley")));
    }

    @Test
    void jsonLinesCarryTheSameRowsWithListsAsArrays() throws IOException {
        Cli.Run run = Cli.run("export", "--inspections", "--format", "jsonl", "--authority", "bolton", "--index", index.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("councilpapers: 1 inspection exported"), run.errLines());
        JsonNode row = PaperJson.readTree(run.outLines().get(0));
        assertEquals("Bolton", row.get("authority").asText());
        assertEquals("GOOD", row.get("overallEffectiveness").asText());
        assertTrue(row.get("careLeavers").isNull());
        assertEquals("80432-bolton-2018-06-12.pdf", row.get("papers").get(0).asText());
        assertEquals(4, row.get("judgementIds").size());
    }

    @Test
    void anotherRecordTypeIsAUsageError() {
        Cli.Run run = Cli.run("export", "--inspections", "--type", "finding", "--index", index.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--inspections is built from judgements"), run.err());
    }
}
