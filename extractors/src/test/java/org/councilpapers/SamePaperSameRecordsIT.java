package org.councilpapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.json.PaperJson;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.TableForms.Grid;
import org.councilpapers.TableForms.T;
import org.councilpapers.testdata.RecordMatcher;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample paper gives the same records whether it is read as text, as PDF or as DOCX: every record of
 * the text form, cut down to its type's key fields, must match one record of the PDF and of the DOCX form
 * (and the other way round), compared as {@link RecordMatcher} compares expected records (case, quotes,
 * dashes and spacing aside; long texts by their words).
 *
 * <p>Where a form cannot carry something, {@link #KNOWN} names the paper, form, record and field, and
 * why. The list is exact: a new difference fails the test, and so does a listed one that is gone (take
 * it off the list). It runs with the integration tests because it extracts twelve files.
 */
class SamePaperSameRecordsIT {
    /** The fields that identify a record of each type, and that every form must agree on. */
    static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("meeting", List.of("council", "committee", "date", "time", "venue")),
            Map.entry("agendaItem", List.of("meetingDate", "number", "title", "pages")),
            Map.entry("report", List.of("meetingDate", "itemNumber", "title", "reportOf", "keyDecision", "classification")),
            Map.entry("recommendation", List.of("origin", "number", "text", "itemNumber")),
            Map.entry("resolution", List.of("meetingDate", "itemNumber", "outcome", "number", "text")),
            Map.entry("judgement", List.of("authority", "area", "group", "grade", "basis", "year")),
            Map.entry("finding", List.of("kind", "text")),
            Map.entry("action", List.of("reference", "text", "owner", "status")),
            Map.entry("ragTable", List.of("title")),
            Map.entry("workProgrammeEntry", List.of("meetingDate", "topic")),
            Map.entry("question", List.of("text")));

    /**
     * A difference the form explains: a record of {@code type} in the text form whose description contains
     * {@code record} has no match in {@code form} ({@code missing}), or a record of the form has none in the
     * text ({@code extra}).
     */
    record Known(String paper, String form, String direction, String type, String record, String why) {
        boolean covers(String p, String f, String d, String t, String description) {
            return paper.equals(p) && form.equals(f) && direction.equals(d) && type.equals(t)
                    && description.contains(record);
        }
    }

    private static final String PACK_2021 = "thurrock-2021-10-12-cs-scrutiny-agenda-pack";
    /**
     * The shared PDF and DOCX renderings of the 2021 pack lost the cells of the SEND Written Statement of
     * Action table (printed pages 67-108): "Management oversight- Realignment ..." and the other action texts,
     * owners and RAG statuses are not in the files at all (checked in word/document.xml and the PDF text).
     * Only B5's first line, "Commissioning of provision", survived, as a row of its own, and the ragTable
     * made from what remains has no "Written Statement of Action" title.
     */
    private static final String LOST_CELLS = "the rendering lost the statement-of-action table's cells";

    static final List<Known> KNOWN = List.of(
            lost("pdf", "missing", "ragTable", "\"title\":\"Written Statement of Action\""),
            lost("pdf", "extra", "ragTable", "\"title\":null"),
            lost("docx", "missing", "ragTable", "\"title\":\"Written Statement of Action\""),
            lost("docx", "extra", "ragTable", "\"title\":null"),
            lost("pdf", "extra", "action", "\"text\":\"Commissioning of provision\""),
            lost("docx", "extra", "action", "\"text\":\"Commissioning of provision\""),
            lostAction("pdf", "A1"), lostAction("pdf", "A2"), lostAction("pdf", "A3"), lostAction("pdf", "A4"),
            lostAction("pdf", "B1"), lostAction("pdf", "B3"), lostAction("pdf", "B4"), lostAction("pdf", "B5"),
            lostAction("pdf", "C1"), lostAction("pdf", "C2"),
            lostAction("docx", "A1"), lostAction("docx", "A2"), lostAction("docx", "A3"), lostAction("docx", "A4"),
            lostAction("docx", "B1"), lostAction("docx", "B3"), lostAction("docx", "B4"), lostAction("docx", "B5"),
            lostAction("docx", "C1"), lostAction("docx", "C2"));

    private static Known lost(String form, String direction, String type, String record) {
        return new Known(PACK_2021, form, direction, type, record, LOST_CELLS);
    }

    private static Known lostAction(String form, String reference) {
        return lost(form, "missing", "action", "\"reference\":\"" + reference + "\"");
    }

    private static final ObjectMapper JSON = PaperJson.mapper();
    private static final CouncilPapers PAPERS = CouncilPapers.builder().nlp(false).build();

    @ParameterizedTest
    @ValueSource(strings = {
        "thurrock-2017-04-improvement-plan",
        "thurrock-2019-ofsted-ilacs-report",
        "thurrock-2020-07-07-development-plan-report",
        "thurrock-2021-10-12-cs-scrutiny-agenda-pack"})
    void pdfAndDocxGiveTheRecordsOfTheText(String paper) throws IOException {
        Map<String, List<JsonNode>> text = keyed(PAPERS.extract(TestPapers.path(paper + ".txt")));
        List<String> unexplained = new ArrayList<>();
        List<Known> used = new ArrayList<>();
        for (String form : List.of("pdf", "docx")) {
            Map<String, List<JsonNode>> other = keyed(PAPERS.extract(TestPapers.path(form + "/" + paper + "." + form)));
            compare(paper, form, "missing", text, other, unexplained, used);
            compare(paper, form, "extra", other, text, unexplained, used);
        }
        List<Known> stale = KNOWN.stream().filter(k -> k.paper().equals(paper) && !used.contains(k)).toList();
        assertTrue(unexplained.isEmpty() && stale.isEmpty(), () -> "forms of " + paper + " disagree:\n  "
                + String.join("\n  ", unexplained) + (stale.isEmpty() ? "" : "\nlisted as known but no longer differing: " + stale));
    }

    // ---- generated tables: the same paper in every form ------------------------------------------------------------------

    private static List<T> r(T... cells) {
        return List.of(cells);
    }

    private static final String LEAD_IN = "Ofsted inspections of children's services in the region judged the councils as follows.";

    /** A comparison of councils: a header of two levels (areas over sub-areas), councils as rows. */
    static List<Object> twoLevelMatrix() {
        return List.of("#Fenshire County Council", "#Corporate Parenting Panel, 4 March 2024", LEAD_IN,
                new Grid(new float[] {110, 100, 100, 100, 100}, 2, List.of(
                        r(T.down("Council", 2), T.span("Safeguarding", 2), T.span("Looked after children", 2)),
                        r(T.of("Overall effectiveness"), T.of("Capacity to improve"), T.of("Overall effectiveness"), T.of("Capacity to improve")),
                        r(T.of("Wessex"), T.of("Adequate"), T.of("Good"), T.of("Good"), T.of("Good")),
                        r(T.of("Barset"), T.of("Inadequate"), T.of("Adequate"), T.of("Adequate"), T.of("Inadequate")),
                        r(T.of("Loamshire"), T.of("Good"), T.of("Outstanding"), T.of("Good"), T.of("Good")))));
    }

    /** The same comparison under a third header level naming the inspectorate's judgements. */
    static List<Object> threeLevelMatrix() {
        return List.of("#Fenshire County Council", "#Corporate Parenting Panel, 4 March 2024", LEAD_IN,
                new Grid(new float[] {110, 100, 100, 100, 100}, 3, List.of(
                        r(T.down("Council", 3), T.span("Judgements of the single inspection", 4)),
                        r(T.span("Safeguarding", 2), T.span("Looked after children", 2)),
                        r(T.of("Overall effectiveness"), T.of("Capacity to improve"), T.of("Overall effectiveness"), T.of("Capacity to improve")),
                        r(T.of("Wessex"), T.of("Adequate"), T.of("Good"), T.of("Good"), T.of("Good")),
                        r(T.of("Barset"), T.of("Inadequate"), T.of("Adequate"), T.of("Adequate"), T.of("Inadequate")))));
    }

    /** A matrix printed the other way round: areas as rows under group rows that span the table, councils as columns. */
    static List<Object> transposedMatrix() {
        return List.of("#Harrowfield Metropolitan Borough Council", "#Safeguarding Children Partnership Board, 2 March 2016",
                "The single inspections published so far in the region judged the councils as follows.",
                new Grid(new float[] {170, 110, 110, 110}, 1, List.of(
                        r(T.of("Judgement area"), T.of("Harrowfield"), T.of("Longmere"), T.of("Eastwick")),
                        r(T.span("Children who need help and protection", 4)),
                        r(T.of("Overall"), T.of("Requires improvement"), T.of("Good"), T.of("Inadequate")),
                        r(T.span("Children looked after", 4)),
                        r(T.of("Overall"), T.of("Good"), T.of("Good"), T.of("Requires improvement")),
                        r(T.of("Adoption performance"), T.of("Outstanding"), T.of("Good"), T.of("Requires improvement")))));
    }

    private static final List<T> PLAN_HEADER = List.of(T.of("Rec no."), T.of("What we will do"), T.of("Lead"), T.of("By when"), T.of("RAG"),
            T.of("Progress update"));
    private static final float[] PLAN_WIDTHS = {45, 210, 120, 80, 40, 160};

    /**
     * A plan with its columns shuffled and renamed, a recommendation number merged down over its two actions, status only
     * as a fill (a key says what each colour means), and the plan continued on a second page under its header again.
     */
    static List<Object> colourOnlyPlan() {
        return List.of("#Northdale Council", "Report of the Director of Children's Services", "#Children's Services Improvement Plan 2024",
                "RAG key",
                new Grid(new float[] {60, 250}, 1, List.of(r(T.of("Colour"), T.of("Meaning")),
                        r(T.fill("#00b050", "Green"), T.of("On track to be completed by the agreed date")),
                        r(T.fill("#ffc000", "Amber"), T.of("Started, with some delay")),
                        r(T.fill("#ff0000", "Red"), T.of("Not on track")))),
                new Grid(PLAN_WIDTHS, 1, List.of(PLAN_HEADER,
                        r(T.down("1", 2), T.of("Publish the early help offer"), T.of("Head of Early Help"), T.of("October 2024"),
                                T.fill("#00b050", ""), T.of("Offer drafted")),
                        r(T.of("Train partners in the early help assessment"), T.of("Early Help Manager"), T.of("December 2024"),
                                T.fill("#ffc000", ""), T.of("Two sessions held")),
                        r(T.of("2"), T.of("Audit home visits every month"), T.of("Service Manager"), T.of("January 2025"), T.fill("#ff0000", ""),
                                T.of("Audits delayed")))),
                TableForms.PAGE_BREAK,
                new Grid(PLAN_WIDTHS, 1, List.of(PLAN_HEADER,
                        r(T.of("3"), T.of("Recruit two permanent social workers"), T.of("HR Business Partner"), T.of("March 2025"),
                                T.fill("#00b050", ""), T.of("Both posts advertised")),
                        r(T.of("4"), T.of("Review the front door thresholds with partners"), T.of("Head of MASH"), T.of("May 2025"),
                                T.fill("#ffc000", ""), T.of("Review started")))));
    }

    /**
     * A plan whose columns come in another order and wording than any other here: the owner first ("Accountable officer"),
     * then "Completion date", the action as "Deliverable", "Current position", and the status last under "Rating", only a
     * fill in each cell, with no key printed. Each action's owner, due date and status are its row's, whatever the order.
     */
    static List<Object> shuffledPlan() {
        return List.of("#Ambridge Vale Council", "Report of the Head of Early Help", "#Early Help Improvement Plan: progress at quarter 3",
                "The table sets out each deliverable of the plan and where it stands.",
                new Grid(new float[] {130, 80, 230, 150, 45}, 1, List.of(
                        r(T.of("Accountable officer"), T.of("Completion date"), T.of("Deliverable"), T.of("Current position"), T.of("Rating")),
                        r(T.of("Early Help Manager"), T.of("June 2025"), T.of("Open two more family hubs in the north of the borough"),
                                T.of("Both sites secured"), T.fill("#00b050", "")),
                        r(T.of("Head of Targeted Support"), T.of("April 2025"), T.of("Bring the youth offer into the family hubs"),
                                T.of("Staff consultation under way"), T.fill("#ffc000", "")),
                        r(T.of("Performance Lead"), T.of("March 2025"), T.of("Publish a monthly early help dashboard"),
                                T.of("Data sharing agreement not yet signed"), T.fill("#ff0000", "")))));
    }

    /**
     * A plan whose status column is headed "Progress" and holds only fills (no words, no key printed): the colours, not the
     * header, say what the column holds, so each action's status is its fill; a plan whose progress is words keeps them as progress.
     */
    static List<Object> colourOnlyProgressPlan() {
        return List.of("#Brackenford District Council", "Report of the Head of Housing", "#Homelessness Prevention Action Plan",
                "Update for the Housing Scrutiny Panel.",
                new Grid(new float[] {40, 250, 140, 80, 60}, 1, List.of(
                        r(T.of("Ref"), T.of("Improvement activity"), T.of("Who"), T.of("When"), T.of("Progress")),
                        r(T.of("H1"), T.of("Extend the tenancy sustainment service to private renters"), T.of("Housing Options Manager"),
                                T.of("May 2025"), T.fill("#00b050", "")),
                        r(T.of("H2"), T.of("Agree a protocol with hospitals for patients with no home to go to"), T.of("Head of Housing"),
                                T.of("July 2025"), T.fill("#ffc000", "")),
                        r(T.of("H3"), T.of("Recruit a specialist officer for young people leaving care"), T.of("Head of Housing"),
                                T.of("September 2025"), T.fill("#00b050", "")))));
    }

    private static final String BAND = "#4f81bd";
    private static final String NEGATIVE = "#ff0000";

    private static T head(String text) {
        return T.of(text).filled(BAND);
    }

    private static T minus(String text) {
        return T.coloured(NEGATIVE, text);
    }

    /**
     * A county's revenue and capital monitoring report: every table a finance paper carries and none of them a status.
     * Headers banded in a blue that is a RAG hue, overspends printed red in brackets, underspends green, years as column
     * headers, a total row shaded edge to edge, a risk register scored by numbers, projects named "Red Lion" and "Green
     * Lane", a ledger export whose variances are filled light red when negative and light green when positive (a
     * spreadsheet's conditional format). Only the savings tracker at the end, whose "Delivery RAG" column says Green, Amber and Red in filled cells,
     * carries status.
     */
    static List<Object> financeMonitoring() {
        return List.of("#Fenshire County Council", "#Cabinet, 30 January 2025", "#Revenue and Capital Budget Monitoring 2024-25: Quarter 3",
                "Table 1 sets out the forecast outturn by directorate against the approved budget.",
                new Grid(new float[] {170, 90, 90, 90, 80}, 1, List.of(
                        r(head("Directorate"), head("Budget £000"), head("Forecast £000"), head("Variance £000"), head("Variance %")),
                        r(T.of("Adult Social Care and Health"), T.of("512,340"), T.of("519,870"), minus("(7,530)"), minus("(1.5%)")),
                        r(T.of("Children, Young People and Education"), T.of("398,120"), T.of("410,650"), minus("(12,530)"), minus("(3.1%)")),
                        r(T.of("Growth, Environment and Transport"), T.of("187,400"), T.of("184,950"), T.coloured("#00b050", "2,450"),
                                T.coloured("#00b050", "1.3%")),
                        r(T.of("Chief Executive's Department"), T.of("42,800"), T.of("42,610"), T.coloured("#00b050", "190"),
                                T.coloured("#00b050", "0.4%")),
                        r(T.fill("#d9d9d9", "Total"), T.fill("#d9d9d9", "1,140,660"), T.fill("#d9d9d9", "1,158,080"),
                                new T("(17,420)", 1, 1, "#d9d9d9", NEGATIVE), new T("(1.5%)", 1, 1, "#d9d9d9", NEGATIVE)))),
                "Table 2 shows the savings forecast against those approved in the budget.",
                new Grid(new float[] {200, 110, 80, 80}, 1, List.of(
                        r(head("Saving"), head("Forecast against original saving"), head("Ongoing"), head("One-off")),
                        r(T.of("Review of home to school transport"), minus("-1,200"), T.of("800"), T.of("400")),
                        r(T.of("Red Lion car park charges"), minus("-150"), T.of("0"), T.of("150")),
                        r(T.of("Libraries opening hours"), T.of("0"), T.of("320"), T.of("0")))),
                "Table 3: capital programme by year.",
                new Grid(new float[] {170, 90, 90, 70, 70, 70}, 1, List.of(
                        r(head("Scheme"), head("Total Cost of Scheme"), head("Prior Years Spend"), head("2025-26"), head("2026-27"),
                                head("2027-28")),
                        r(T.of("Green Lane depot"), T.of("12,500"), T.of("4,200"), T.of("5,100"), minus("(300)"), T.of("3,500")),
                        r(T.of("Schools basic need"), T.of("48,000"), T.of("21,000"), T.of("9,000"), T.of("9,000"), minus("(1,000)")),
                        r(T.of("Highways maintenance"), T.of("30,000"), T.of("10,000"), minus("(2,500)"), T.of("10,000"), T.of("12,500")))),
                TableForms.PAGE_BREAK,
                "Table 4: corporate risks to the budget.",
                new Grid(new float[] {200, 70, 70, 70, 200}, 1, List.of(
                        r(head("Risk"), head("Likelihood"), head("Impact"), head("Risk rating"), head("Mitigation")),
                        r(T.of("Demand for placements exceeds budget"), T.of("4"), T.of("5"), T.of("20"), T.of("Sufficiency strategy")),
                        r(T.of("Inflation above forecast"), T.of("3"), T.of("4"), T.of("12"), T.of("Contingency held centrally")),
                        r(T.of("Grant funding ends"), T.of("2"), T.of("3"), T.of("6"), T.of("Exit plans for each grant")))),
                "Table 5: projects moved to future years.",
                new Grid(new float[] {200, 90, 250}, 1, List.of(
                        r(head("Project"), head("Amount £000"), head("Reason")),
                        r(T.of("Red House Farm access road"), minus("(850)"), T.of("Planning consent delayed")),
                        r(T.of("Eastwick leisure centre"), minus("(1,400)"), T.of("Tender returned over budget")))),
                "Table 6: forecast outturn by service, as exported from the ledger.",
                new Grid(new float[] {200, 90, 90, 90}, 1, List.of(
                        r(head("Service"), head("Budget £000"), head("Outturn £000"), head("Variance £000")),
                        r(T.of("Waste collection"), T.of("8,400"), T.of("8,950"), new T("-550", 1, 1, "#ffc7ce", "#9c0006")),
                        r(T.of("Parks and open spaces"), T.of("3,100"), T.of("2,980"), new T("120", 1, 1, "#c6efce", "#006100")),
                        r(T.of("Car parking"), T.of("-1,900"), T.of("-1,650"), new T("-250", 1, 1, "#ffc7ce", "#9c0006")),
                        r(T.of("Homelessness"), T.of("2,200"), T.of("2,200"), T.of("0")))),
                "Table 7: delivery of the savings programme.",
                new Grid(new float[] {220, 90, 90, 90}, 1, List.of(
                        r(head("Saving"), head("Target £000"), head("Forecast £000"), head("Delivery RAG")),
                        r(T.of("Review of home to school transport"), T.of("1,200"), T.of("0"), T.fill("#ff0000", "Red")),
                        r(T.of("Libraries opening hours"), T.of("320"), T.of("320"), T.fill("#00b050", "Green")),
                        r(T.of("Back office restructure"), T.of("900"), T.of("600"), T.fill("#ffc000", "Amber")))));
    }

    private static final String TINT_BLUE = "#bdd7ee";
    private static final String TINT_GOLD = "#fff2cc";
    private static final String TINT_ORANGE = "#fce4d6";

    /**
     * A district's medium term financial strategy, its tables pasted from a spreadsheet: the header's cells tinted one by
     * one over a blank corner (no band edge to edge), years as column headers, the current year's column tinted gold, a
     * total row whose figures (not its label) are tinted orange, the budget gap in red brackets, each directorate's subtotal
     * tinted blue and the net budget orange across their figures. Spreadsheet tints are
     * pale blues, golds and oranges, each of which is a RAG hue; none of them is a status here.
     */
    static List<Object> budgetStrategy() {
        return List.of("#Loamshire District Council", "#Council, 20 February 2025", "#Medium Term Financial Strategy 2025-26 to 2028-29",
                "The table below sets out the funding forecast and the budget gap over the period of the strategy.",
                new Grid(new float[] {200, 80, 80, 80, 80}, 1, List.of(
                        r(T.of(""), T.fill(TINT_BLUE, "2025-26"), T.fill(TINT_BLUE, "2026-27"), T.fill(TINT_BLUE, "2027-28"),
                                T.fill(TINT_BLUE, "2028-29")),
                        r(T.of("Net budget requirement"), T.fill(TINT_GOLD, "18,450"), T.of("19,120"), T.of("19,870"), T.of("20,510")),
                        r(T.of("Council tax"), T.fill(TINT_GOLD, "9,870"), T.of("10,260"), T.of("10,660"), T.of("11,080")),
                        r(T.of("Business rates retained"), T.fill(TINT_GOLD, "5,210"), T.of("4,980"), T.of("5,050"), T.of("5,120")),
                        r(T.of("New homes bonus"), T.fill(TINT_GOLD, "640"), T.of("0"), T.of("0"), T.of("0")),
                        r(T.of("Total funding"), T.fill(TINT_ORANGE, "15,720"), T.fill(TINT_ORANGE, "15,240"), T.fill(TINT_ORANGE, "15,710"),
                                T.fill(TINT_ORANGE, "16,200")),
                        r(T.of("Budget gap"), minus("(2,730)"), minus("(3,880)"), minus("(4,160)"), minus("(4,310)")))),
                "The net budget by portfolio, with the subtotals of each directorate, is:",
                new Grid(new float[] {200, 80, 80, 80}, 1, List.of(
                        r(T.of("Portfolio"), T.of("2024-25 £000"), T.of("2025-26 £000"), T.of("Change £000")),
                        r(T.of("Housing"), T.of("2,310"), T.of("2,450"), T.of("140")),
                        r(T.of("Place directorate"), T.fill(TINT_BLUE, "3,430"), T.fill(TINT_BLUE, "3,630"), T.fill(TINT_BLUE, "200")),
                        r(T.of("Finance and revenues"), T.of("2,040"), T.of("1,990"), minus("(50)")),
                        r(T.of("Resources directorate"), T.fill(TINT_BLUE, "3,000"), T.fill(TINT_BLUE, "3,000"), T.fill(TINT_BLUE, "0")),
                        r(T.of("Net budget"), T.fill(TINT_ORANGE, "6,430"), T.fill(TINT_ORANGE, "6,630"), T.fill(TINT_ORANGE, "200")))),
                "Reserves are forecast as follows.",
                new Grid(new float[] {200, 90, 90, 90}, 1, List.of(
                        r(T.fill(TINT_BLUE, "Reserve"), T.fill(TINT_BLUE, "Balance 1 April 2025"), T.fill(TINT_BLUE, "Movement"),
                                T.fill(TINT_BLUE, "Balance 31 March 2026")),
                        r(T.of("General fund balance"), T.of("3,000"), T.of("0"), T.of("3,000")),
                        r(T.of("Budget equalisation reserve"), T.of("4,500"), minus("(2,730)"), T.of("1,770")),
                        r(T.of("Capital reserve"), T.of("1,250"), minus("(400)"), T.of("850")))));
    }

    private static final String DARK_BAND = "#1f4e79";

    private static T dark(String text) {
        return T.of(text).filled(DARK_BAND);
    }

    /**
     * A unitary's budget monitoring appendix: a capital programme under a two-level header (each year spanning its budget,
     * forecast and variance) banded dark blue over a blank corner, and a corporate risk register scored likelihood by
     * impact, its scores filled red, amber and green by band and its mitigating actions owned, as risk registers are. A
     * risk's colour is its level, a product of two numbers, not how an action is going: neither table carries status, and
     * a register's mitigations are no plan's actions.
     */
    static List<Object> capitalAndRisks() {
        return List.of("#Wessex Council", "#Audit and Governance Committee, 12 March 2025", "#Budget Monitoring Appendix B: Capital and Risks",
                "The capital programme is forecast as follows.",
                new Grid(new float[] {160, 60, 60, 60, 60, 60, 60}, 2, List.of(
                        r(T.down("", 2), T.span("2024-25", 3).filled(DARK_BAND), T.span("2025-26", 3).filled(DARK_BAND)),
                        r(dark("Budget"), dark("Forecast"), dark("Variance"), dark("Budget"), dark("Forecast"), dark("Variance")),
                        r(T.of("Schools expansion"), T.of("6,200"), T.of("5,900"), T.fill("#ffc7ce", "-300"), T.of("8,000"), T.of("8,300"),
                                T.fill("#c6efce", "300")),
                        r(T.of("Disabled facilities grants"), T.of("2,100"), T.of("2,100"), T.of("0"), T.of("2,200"), T.of("2,150"),
                                T.fill("#ffc7ce", "-50")),
                        r(T.of("Town centre regeneration"), T.of("4,000"), T.of("3,100"), T.fill("#ffc7ce", "-900"), T.of("5,500"),
                                T.of("6,400"), T.fill("#c6efce", "900")))),
                "The risks to the budget are scored likelihood by impact.",
                new Grid(new float[] {170, 60, 55, 55, 180, 110}, 1, List.of(
                        r(dark("Risk"), dark("Likelihood"), dark("Impact"), dark("Risk rating"), dark("Mitigating actions"), dark("Risk owner")),
                        r(T.of("Placement costs rise faster than budget"), T.of("4"), T.of("5"), T.fill("#ff0000", "20"),
                                T.of("Sufficiency strategy and weekly panel"), T.of("Director of Children's Services")),
                        r(T.of("Pay award above the 3% assumed"), T.of("3"), T.of("3"), T.fill("#ffc000", "9"), T.of("Contingency held"),
                                T.of("Chief Finance Officer")),
                        r(T.of("Capital receipts fall short"), T.of("2"), T.of("2"), T.fill("#00b050", "4"), T.of("Disposals programme reviewed monthly"),
                                T.of("Head of Property")))));
    }

    /**
     * A plan that answers an inspection's points: the letter's "What needs to improve" list printed first, then a plan whose
     * recommendations are spanning rows above their actions, and a second plan that cites them by number in a column of
     * its own ("R2", "Rec 3", "3.1").
     */
    static List<Object> plannedRecommendations() {
        List<T> head = List.of(T.of("Action"), T.of("Lead officer"), T.of("Target date"), T.of("Progress"));
        float[] widths = {240, 140, 90, 200};
        return List.of("#Eastwick Borough Council", "#Children's Services Scrutiny Committee, 9 July 2025",
                "#Response to the Ofsted focused visit",
                "What needs to improve",
                "1. The quality and consistency of management oversight and supervision of social work practice.",
                "2. The timeliness of initial health assessments for children coming into care.",
                "3. The sufficiency of local placements for children with complex needs.",
                "#Improvement plan",
                new Grid(widths, 1, List.of(head,
                        r(T.span("Recommendation 1: management oversight and supervision of social work practice", 4)),
                        r(T.of("Introduce a supervision audit each month"), T.of("Head of Quality Assurance"), T.of("September 2025"),
                                T.of("First audit completed")),
                        r(T.of("Train every team manager in reflective supervision"), T.of("Principal Social Worker"), T.of("December 2025"),
                                T.of("Dates set")),
                        r(T.span("Recommendation 2: timeliness of initial health assessments", 4)),
                        r(T.of("Agree a joint referral pathway with the health provider"), T.of("Head of Children in Care"), T.of("October 2025"),
                                T.of("Draft agreed")))),
                "#Placement sufficiency actions",
                new Grid(new float[] {60, 240, 140, 90}, 1, List.of(
                        r(T.of("Ref"), T.of("Action"), T.of("Lead officer"), T.of("Target date")),
                        r(T.of("Rec 3"), T.of("Open a two-bed children's home for complex needs"), T.of("Head of Commissioning"), T.of("March 2026")),
                        r(T.of("3.2"), T.of("Recruit foster carers for older children"), T.of("Fostering Manager"), T.of("June 2026")))));
    }

    private static final String BLUE = "#00b0f0";

    /**
     * A written statement of action's progress grid: "Progress RAG" spanning three review months ("Jun | Sep | Dec") over a
     * second header row, the other columns merged down through both header rows, each month's status only a fill (blue for
     * done, as the key says), a month not yet reviewed left blank. One action a row; its status is the latest month's.
     */
    static List<Object> periodGridPlan() {
        return List.of("#Wexcombe Council", "Report of the Director of Education", "#SEND Written Statement of Action: progress report", "RAG key",
                new Grid(new float[] {60, 250}, 1, List.of(r(T.of("Colour"), T.of("Meaning")),
                        r(T.fill("#ff0000", "Red"), T.of("Not started or significantly delayed")),
                        r(T.fill("#ffc000", "Amber"), T.of("Started, with some delay")),
                        r(T.fill("#00b050", "Green"), T.of("On track")),
                        r(T.fill(BLUE, "Blue"), T.of("Completed and embedded")))),
                "Area of concern 1: the accuracy of records of children with EHC plans",
                new Grid(new float[] {40, 240, 170, 80, 40, 40, 40}, 2, List.of(
                        r(T.down("Ref", 2), T.down("Action", 2), T.down("Lead", 2), T.down("By when", 2), T.span("Progress RAG", 3)),
                        r(T.of("Jun"), T.of("Sep"), T.of("Dec")),
                        r(T.of("A1"), T.of("Audit every EHC plan record against the case file"), T.of("SEND Manager"), T.of("September 2024"),
                                T.fill("#ffc000", ""), T.fill("#00b050", ""), T.fill(BLUE, "")),
                        r(T.of("A2"), T.of("Train caseworkers in recording placements"), T.of("Principal Educational Psychologist"), T.of("December 2024"),
                                T.fill("#ff0000", ""), T.fill("#ffc000", ""), T.fill("#00b050", "")),
                        r(T.of("A3"), T.of("Publish a monthly report of plans awaiting review"), T.of("Head of Business Intelligence"),
                                T.of("March 2025"), T.fill("#00b050", ""), T.fill("#ffc000", ""), T.of("")),
                        r(T.of("A4"), T.of("Agree a tracking protocol with the post-16 providers"), T.of("Post 16 Lead"), T.of("April 2025"),
                                T.fill("#ff0000", ""), T.of(""), T.of("")))));
    }

    /**
     * An inspection's recommendations reproduced twice over in a committee report: under the numbered lead-in "3.1 Ofsted made
     * the following recommendations:" as a "Ref | Recommendation" table with lettered parts (2a, 2b), and under "The inspectors
     * recommended that the local authority:" as a wider table that names a lead officer and a timescale for each.
     */
    static List<Object> inspectionRecommendations() {
        return List.of("#Harbourne Borough Council", "#Children's Services Scrutiny Panel, 18 January 2024",
                "#3. The inspection's recommendations",
                "3.1 Ofsted made the following recommendations:",
                new Grid(new float[] {50, 420}, 1, List.of(
                        r(T.of("Ref"), T.of("Recommendation")),
                        r(T.of("1"), T.of("The consistency of supervision for social workers in the assessment teams.")),
                        r(T.of("2a"), T.of("The quality of plans for children in care who live at a distance from Harbourne.")),
                        r(T.of("2b"), T.of("The timeliness of reviews of those plans when a child moves placement.")),
                        r(T.of("3"), T.of("The range of suitable homes available to care leavers aged 18 to 21.")))),
                "#4. The focused visit of May 2023",
                "The inspectors recommended that the local authority:",
                new Grid(new float[] {40, 330, 130, 80}, 1, List.of(
                        r(T.of("No."), T.of("Recommendation"), T.of("Lead officer"), T.of("Timescale")),
                        r(T.of("1"), T.of("Improve the recording of return home interviews for children who go missing."), T.of("Head of Safeguarding"),
                                T.of("March 2024")),
                        r(T.of("2"), T.of("Make sure that care leavers are given their health histories."), T.of("Head of Leaving Care"),
                                T.of("January 2024")))),
                "#5. Financial implications", "The response will be met from existing budgets.");
    }

    /**
     * A plan whose action cells open with the recommendation they answer ("Rec 1 –", "(ref 2a)", "R2b:") beside the inspection's
     * recommendations above it in a "Ref | Recommendation" table with lettered parts, each action's status only a fill.
     */
    static List<Object> refsInActionCells() {
        return List.of("#Westmere County Council", "Children's Services Improvement Board, 14 March 2024",
                "Following the inspection in November 2023, Ofsted made the following recommendations:",
                new Grid(new float[] {50, 420}, 1, List.of(r(T.of("Ref"), T.of("Recommendation")),
                        r(T.of("1"), T.of("The quality and timeliness of assessments for children in need.")),
                        r(T.of("2a"), T.of("The recording of management decisions on children's files.")),
                        r(T.of("2b"), T.of("The frequency and quality of supervision for social workers.")))),
                "The board is asked to note progress against the plan below.",
                new Grid(new float[] {330, 150, 90, 50}, 1, List.of(r(T.of("Action"), T.of("Owner"), T.of("Target date"), T.of("RAG")),
                        r(T.of("Rec 1 – Introduce a single assessment tracker"), T.of("Head of Assessment"), T.of("April 2024"),
                                T.fill("#00b050", "")),
                        r(T.of("(ref 2a) Add a management decision template"), T.of("Head of Quality Assurance"), T.of("May 2024"),
                                T.fill("#ffc000", "")),
                        r(T.of("(ref 2b) Audit supervision records each quarter"), T.of("Principal Social Worker"), T.of("June 2024"),
                                T.fill("#ff0000", "")))));
    }

    /**
     * A grade table in a committee report that follows a paragraph comparing a neighbouring council's inspection: the table is
     * the paper's own council's, its year and framework those of the inspection the paper reports.
     */
    static List<Object> gradesAfterNeighbour() {
        return List.of("#Ravensmoor Council", "#Children's Services Overview and Scrutiny Committee, 9 September 2024",
                "#2. Background",
                "2.1 Ofsted inspected Ravensmoor's services for children under the ILACS framework from 10 to 21 June 2024.",
                "2.2 Northfleet Borough Council, our neighbour, was inspected in March 2022 under the same framework.",
                new Grid(new float[] {330, 160}, 1, List.of(
                        r(T.of("Judgement"), T.of("Grade")),
                        r(T.of("The impact of leaders on social work practice with children and families"), T.of("Good")),
                        r(T.of("The experiences and progress of children in care"), T.of("Requires improvement to be good")),
                        r(T.of("Overall effectiveness"), T.of("Good")))),
                "#3. Next steps", "3.1 The council will publish its response by October 2024.");
    }

    /**
     * Differences a form explains for a generated paper (asserted exactly, as {@link #KNOWN}): none; every form of every
     * generated paper gives the records of its HTML-table text.
     */
    static final List<Known> GENERATED_KNOWN = List.of();

    /** Forms that carry no colour: their tables are the same, their fills are gone. */
    private static boolean colourless(String form) {
        return form.endsWith("-pipe.txt") || form.endsWith("-tab.txt");
    }

    /**
     * Each generated paper gives the same records in every form as in its text form with HTML tables (which carries spans
     * and fills). Pipe and tab text carry no colour, so a plan whose status is only a fill gives there the same actions
     * without status and no ragTable: that is asserted instead of equality.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"twoLevelMatrix", "threeLevelMatrix", "transposedMatrix", "colourOnlyPlan", "financeMonitoring", "budgetStrategy", "capitalAndRisks",
        "periodGridPlan", "inspectionRecommendations", "gradesAfterNeighbour", "refsInActionCells", "shuffledPlan", "colourOnlyProgressPlan"})
    void generatedTablesGiveTheSameRecordsInEveryForm(String paper) throws Exception {
        @SuppressWarnings("unchecked")
        List<Object> parts = (List<Object>) SamePaperSameRecordsIT.class.getDeclaredMethod(paper).invoke(null);
        Map<String, byte[]> forms = TableForms.all(paper, parts);
        String baseName = paper + "-html.txt";
        Map<String, List<JsonNode>> base = keyed(PAPERS.extract(new java.io.ByteArrayInputStream(forms.get(baseName)), baseName));
        List<String> unexplained = new ArrayList<>();
        List<Known> used = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : forms.entrySet()) {
            if (f.getKey().equals(baseName)) {
                continue;
            }
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            Map<String, List<JsonNode>> other = keyed(x);
            Map<String, List<JsonNode>> expected = base;
            if (colourless(f.getKey())) {
                expected = withoutColour(base);
                other.remove("ragTable");
                other.replaceAll((type, rs) -> type.equals("action") ? rs.stream().map(a -> ((ObjectNode) a.deepCopy()).putNull("status"))
                        .map(JsonNode.class::cast).toList() : rs);
                assertTrue(x.records(org.councilpapers.core.record.Action.class).stream().allMatch(a -> a.status() == null),
                        f.getKey() + ": no colour, no status");
            }
            compare(paper, f.getKey(), "missing", expected, other, unexplained, used, GENERATED_KNOWN);
            compare(paper, f.getKey(), "extra", other, expected, unexplained, used, GENERATED_KNOWN);
        }
        List<Known> stale = GENERATED_KNOWN.stream().filter(k -> k.paper().equals(paper) && !used.contains(k)).toList();
        assertTrue(unexplained.isEmpty() && stale.isEmpty(), () -> "forms of " + paper + " disagree with its HTML-table text:\n  "
                + String.join("\n  ", unexplained) + (stale.isEmpty() ? "" : "\nlisted as known but no longer differing: " + stale)
                + "\nbase: " + base);
        assertBase(paper, base);
    }

    /**
     * A finance paper's tables carry no status in any form, whatever colours their figures wear; its one RAG table (the
     * savings tracker, statuses in words and fills) reads in every form, its statuses in order.
     */
    @org.junit.jupiter.api.Test
    void financeTablesCarryNoStatusInAnyForm() throws Exception {
        for (Map.Entry<String, byte[]> f : TableForms.all("financeMonitoring", financeMonitoring()).entrySet()) {
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            assertEquals(List.of(), x.records(org.councilpapers.core.record.Action.class), f.getKey() + ": a finance paper has no actions");
            List<org.councilpapers.core.record.RagTable> rag = x.records(org.councilpapers.core.record.RagTable.class);
            assertEquals(1, rag.size(), f.getKey() + ": only the savings tracker is a RAG table: " + rag);
            assertEquals(List.of("Target £000", "Forecast £000"), rag.get(0).columns().subList(1, 3), f.getKey());
            assertEquals(List.of("RED", "GREEN", "AMBER"), rag.get(0).rows().stream().map(row -> String.valueOf(row.status())).toList(), f.getKey());
        }
    }

    /**
     * A plan's recommendation printed as a spanning row above its actions (or, in text with pipes or tabs, the same text in
     * every column) is each action's recommendation, and links the action to the inspection point it answers. Two forms
     * fall short for reasons outside the plan reader, noted for their owners: the Word form's "What needs to improve"
     * list gives no findings (so there is nothing to link to; the actions' recommendations are still asserted), and the
     * unruled PDF's plan is not found as a table by the alignment finder.
     */
    @org.junit.jupiter.api.Test
    void plansLinkTheRecommendationsTheyAnswerInEveryForm() throws Exception {
        for (Map.Entry<String, byte[]> f : TableForms.all("plannedRecommendations", plannedRecommendations()).entrySet()) {
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            List<org.councilpapers.core.record.Action> actions = x.records(org.councilpapers.core.record.Action.class);
            assertEquals(5, actions.size(), f.getKey() + ": " + actions);
            List<String> recs = actions.subList(0, 3).stream().map(a -> String.valueOf(a.recommendation()).substring(0, 16)).toList();
            // The group row's label ("Recommendation 1:") is no part of the recommendation the actions answer.
            assertEquals(List.of("management overs", "management overs", "timeliness of in"), recs, f.getKey());
            if (f.getKey().endsWith(".docx")) {
                continue;
            }
            Map<String, String> findings = new LinkedHashMap<>();
            x.records(org.councilpapers.core.record.Finding.class).forEach(fd -> findings.put(fd.id(), fd.text().substring(0, 20)));
            List<String> linked = actions.subList(0, 3).stream().map(a -> findings.get(a.recommendationId())).toList();
            assertEquals(List.of("The quality and cons", "The quality and cons", "The timeliness of in"), linked, f.getKey());
        }
    }

    /**
     * A county's health and wellbeing delivery plan, as a public health team lays it out: "Our commitment | Led by | Phase |
     * How we will know", the due column headed by a word no vocabulary lists and recognised by its timescales ("March 2026",
     * "1-2 years", "2024-2029", "Ongoing", "commenced 2024", "2025 to 2026"), a priority spanning the table over its rows,
     * a heading over bulleted things to do (three actions) and a heading over bulleted trainings (one action), and after
     * each page of the plan a banded table of measures ("Indicator | Timescale | Progress") that is no part of it.
     */
    static List<Object> wellbeingPlan() {
        List<T> head = List.of(head("Our commitment"), head("Led by"), head("Phase"), head("How we will know"));
        float[] widths = {260, 130, 90, 180};
        List<T> measures = List.of(head("Indicator"), head("Timescale"), head("Progress"));
        return List.of("#Northshire County Council", "#Health and Wellbeing Delivery Plan 2025-2029",
                new Grid(widths, 1, List.of(head,
                        r(T.span("Priority 1: Start well", 4)),
                        r(T.of("Extend the family hubs offer to every district"), T.of("Head of Family Hubs"), T.of("March 2026"),
                                T.of("Hubs open in all districts")),
                        r(T.of("Reduce smoking in pregnancy"), T.of("Public Health Consultant"), T.of("1-2 years"), T.of("Rate at delivery")),
                        r(T.of("Deliver the smokefree generation programme"), T.of("CPH lead"), T.of("2024-2029"), T.of("Quits recorded")),
                        r(T.of("Digital front door\n• Raise awareness of the advice platform\n• Embed online self-assessment\n• Launch the financial calculator"),
                                T.of("Digital Programme Manager"), T.of("Ongoing"), T.of("Visits to the platform")))),
                new Grid(new float[] {330, 90, 240}, 1, List.of(measures,
                        r(T.of("Children achieving a good level of development"), T.of("2028"), T.of("")),
                        r(T.of("Smoking at time of delivery below 6%"), T.of("2028"), T.of("")))),
                TableForms.PAGE_BREAK,
                new Grid(widths, 1, List.of(head,
                        r(T.span("Priority 2: Live well", 4)),
                        r(T.of("Workforce development\n• Trauma informed practice training\n• Making every contact count training\n• Perinatal awareness training"),
                                T.of("WFD"), T.of("Ongoing"), T.of("Numbers trained")),
                        r(T.of("Identify partners and plans for health emergencies"), T.of("Director of Public Health"), T.of("commenced 2024"),
                                T.of("Plans in place")),
                        r(T.of("Increase health checks in deprived groups"), T.of("CPH lead"), T.of("2025 to 2026"), T.of("Checks completed")))),
                new Grid(new float[] {330, 90, 240}, 1, List.of(measures,
                        r(T.of("Emergency admissions for falls reduced by 5%"), T.of("2028"), T.of("")))));
    }

    /**
     * A plan's columns are read by what they hold in every form: the due column under "Phase" by its timescales, a priority
     * row spanning the table as the rows' recommendation, the bulleted things to do as one action each under the row's lead
     * and date, bulleted trainings as one action, and the measures after each page of the plan as no actions at all. Pipe and
     * tab text print a cell on one line, and the HTML page's reader joins a cell's {@code <br>} lines: the bullets inside the
     * line part the points there as the lines do elsewhere. The one action of bulleted trainings keeps its bullets in every
     * form, where a PDF's reader took them for list markers too.
     */
    @org.junit.jupiter.api.Test
    void plansAreReadByWhatTheirColumnsHoldInEveryForm() throws Exception {
        for (Map.Entry<String, byte[]> f : TableForms.all("wellbeingPlan", wellbeingPlan()).entrySet()) {
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            List<org.councilpapers.core.record.Action> actions = x.records(org.councilpapers.core.record.Action.class);
            List<String> got = new ArrayList<>(actions.stream().map(a -> Texts0.first(a.text()) + " | " + a.owner() + " | " + a.due()).toList());
            List<String> want = new ArrayList<>(List.of(
                    "Extend the family hubs offer | Head of Family Hubs | March 2026",
                    "Reduce smoking in pregnancy | Public Health Consultant | 1-2 years",
                    "Deliver the smokefree generation | CPH lead | 2024-2029"));
            want.addAll(List.of("Raise awareness of the advice | Digital Programme Manager | Ongoing",
                    "Embed online self-assessment | Digital Programme Manager | Ongoing",
                    "Launch the financial calculator | Digital Programme Manager | Ongoing"));
            want.addAll(List.of("Workforce development | WFD | Ongoing",
                    "Identify partners and plans for | Director of Public Health | commenced 2024",
                    "Increase health checks in deprived | CPH lead | 2025 to 2026"));
            assertEquals(want.size(), got.size(), f.getKey() + ": " + got);
            for (int i = 0; i < want.size(); i++) {
                String w = want.get(i);
                assertTrue(got.get(i).startsWith(w.substring(0, w.indexOf(" | "))), f.getKey() + ": action " + i + " is " + got.get(i) + ", expected " + w);
                assertEquals(w.substring(w.indexOf(" | ")), got.get(i).substring(got.get(i).lastIndexOf(" | ", got.get(i).lastIndexOf(" | ") - 1)),
                        f.getKey() + ": action " + i);
            }
            String trainings = actions.stream().map(a -> a.text().replaceAll("\\s+", " ")).filter(t -> t.startsWith("Workforce")).findFirst().orElse("");
            assertEquals("Workforce development • Trauma informed practice training • Making every contact count training • Perinatal awareness training",
                    trainings, f.getKey() + ": one action, its bullets as printed");
            assertTrue(actions.stream().limit(3).allMatch(a -> "Priority 1: Start well".equals(a.recommendation()))
                    && actions.stream().skip(6).allMatch(a -> "Priority 2: Live well".equals(a.recommendation())),
                    f.getKey() + ": the spanning priority heads its rows: " + actions.get(0).recommendation());
            assertEquals(List.of(), x.records(org.councilpapers.core.record.RagTable.class), f.getKey() + ": the plan rates nothing");
        }
    }

    /** The first words of a text, as far as the assertions above need them. */
    private static final class Texts0 {
        static String first(String text) {
            String s = text.replaceAll("\\s+", " ").strip();
            String[] w = s.split(" ");
            return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(w.length, 8)));
        }
    }

    private static final List<String> THEMES = List.of("#235f6f", "#b85808", "#647d33", "#ad403d", "#8267a5", "#1f497d", "#00194c");

    private static T strip(int directorate) {
        return T.fill(THEMES.get(directorate), "");
    }

    /**
     * A county's finance monitoring report that paints each directorate's theme colour in a narrow unheaded strip beside
     * it, table after table: the revenue summary (seven directorates, seven shades, a purple among them), the savings
     * table ("Forecast against original saving", each directorate's colour repeated down its lines), and a capital table
     * listing two directorates only. A palette names rows; none of it is a status.
     */
    static List<Object> directoratePalette() {
        String[] names = {"Adult Social Care", "Children and Education", "Growth and Transport", "Chief Executive's", "Deputy Chief Executive's",
            "Non Attributable Costs", "Corporately Held Budgets"};
        List<List<T>> revenue = new ArrayList<>(List.of(r(T.of("Directorate"), T.of(""), T.of("Budget £m"), T.of("Forecast £m"), T.of("Variance £m"))));
        for (int d = 0; d < names.length; d++) {
            revenue.add(r(T.of(names[d]), strip(d), T.of(String.valueOf(100 + 10 * d) + ".4"), T.of(String.valueOf(104 + 9 * d) + ".1"),
                    d % 2 == 0 ? T.of("+3.7") : minus("(1.2)")));
        }
        List<List<T>> savings = new ArrayList<>(List.of(r(T.of("Directorate"), T.of(""), T.of("Savings target"), T.of("Forecast against original saving"))));
        for (int d = 0; d < 4; d++) {
            for (int line = 0; line < 2; line++) {
                savings.add(r(T.of(line == 0 ? names[d] : ""), strip(d), minus("(" + (2 + d + line) + ".5)"), minus("(" + (1 + d) + ".0)")));
            }
        }
        return List.of("#Southshire County Council", "#Finance Monitoring Report: Quarter 2", "Table 1: revenue forecast by directorate.",
                new Grid(new float[] {200, 14, 90, 90, 90}, 1, revenue),
                "Table 2: delivery of savings.",
                new Grid(new float[] {200, 14, 90, 150}, 1, savings),
                "Table 3: capital changes.",
                new Grid(new float[] {200, 14, 90, 200}, 1, List.of(r(T.of("Directorate"), T.of(""), T.of("Amount £m"), T.of("Reason")),
                        r(T.of("Children and Education"), strip(1), minus("-0.170"), T.of("Grant vired to high needs")),
                        r(T.of("Growth and Transport"), strip(2), T.of("+0.465"), T.of("External income")))));
    }

    /** A directorate palette gives no ragTable and no action in any form. */
    @org.junit.jupiter.api.Test
    void aPaletteOfDirectoratesStatesNoStatusInAnyForm() throws Exception {
        for (Map.Entry<String, byte[]> f : TableForms.all("directoratePalette", directoratePalette()).entrySet()) {
            Extraction x = PAPERS.extract(new java.io.ByteArrayInputStream(f.getValue()), f.getKey());
            assertEquals(List.of(), x.records(org.councilpapers.core.record.RagTable.class), f.getKey());
            assertEquals(List.of(), x.records(org.councilpapers.core.record.Action.class), f.getKey());
        }
    }

    private static Map<String, List<JsonNode>> withoutColour(Map<String, List<JsonNode>> base) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        base.forEach((type, rs) -> {
            if (!type.equals("ragTable")) {
                out.put(type, type.equals("action") ? rs.stream().map(a -> (JsonNode) ((ObjectNode) a.deepCopy()).putNull("status")).toList() : rs);
            }
        });
        return out;
    }

    /** What the base form must give, written from the paper. */
    private static void assertBase(String paper, Map<String, List<JsonNode>> base) {
        List<JsonNode> js = base.getOrDefault("judgement", List.of());
        List<JsonNode> actions = base.getOrDefault("action", List.of());
        switch (paper) {
            case "twoLevelMatrix" -> {
                assertEquals(12, js.size(), "one judgement per graded cell: " + js);
                assertEquals("Looked after children|Capacity to improve|INADEQUATE", describe(js.get(7)));
            }
            case "threeLevelMatrix" -> {
                assertEquals(8, js.size(), "one judgement per graded cell: " + js);
                assertEquals("Safeguarding|Capacity to improve|GOOD", describe(js.get(1)));
                assertEquals("Looked after children|Overall effectiveness|ADEQUATE", describe(js.get(6)));
            }
            case "transposedMatrix" -> {
                assertEquals(9, js.size(), "one judgement per council and area: " + js);
                assertEquals("Children looked after|Adoption performance|REQUIRES_IMPROVEMENT", describe(js.get(8)));
            }
            case "colourOnlyPlan" -> {
                assertEquals(List.of("1", "1", "2", "3", "4"), actions.stream().map(a -> a.path("reference").asText()).toList(), actions.toString());
                assertEquals(List.of("GREEN", "AMBER", "RED", "GREEN", "AMBER"), actions.stream().map(a -> a.path("status").asText()).toList());
                assertEquals("Early Help Manager", actions.get(1).path("owner").asText());
                assertEquals(1, base.getOrDefault("ragTable", List.of()).size(), "one plan over two pages is one ragTable");
            }
            case "financeMonitoring" -> {
                assertEquals(List.of(), actions, "a finance paper lists no actions");
                List<JsonNode> rag = base.getOrDefault("ragTable", List.of());
                assertEquals(1, rag.size(), "only the savings tracker carries status: " + rag);
            }
            case "capitalAndRisks" -> {
                assertEquals(List.of(), actions, "a risk register's mitigations are no plan's actions");
                assertEquals(List.of(), base.getOrDefault("ragTable", List.of()), "a risk's level and a variance's sign are no status");
            }
            case "budgetStrategy" -> {
                assertEquals(List.of(), actions, "a budget strategy lists no actions");
                assertEquals(List.of(), base.getOrDefault("ragTable", List.of()), "a budget strategy's tables carry no status");
            }
            case "periodGridPlan" -> {
                assertEquals(List.of("A1", "A2", "A3", "A4"), actions.stream().map(a -> a.path("reference").asText()).toList(), actions.toString());
                assertEquals(List.of("BLUE", "GREEN", "AMBER", "RED"), actions.stream().map(a -> a.path("status").asText()).toList(),
                        "each action's status is its latest reviewed month's");
                assertEquals("Principal Educational Psychologist", actions.get(1).path("owner").asText());
            }
            case "inspectionRecommendations" -> {
                List<JsonNode> recs = base.getOrDefault("recommendation", List.of());
                assertEquals(List.of("1", "2a", "2b", "3", "1", "2"), recs.stream().filter(rc -> rc.path("origin").asText().equals("inspection"))
                        .map(rc -> rc.path("number").asText()).toList(), "each recommendation once: " + recs);
                assertTrue(recs.stream().noneMatch(rc -> rc.path("text").asText().endsWith(":")), "a lead-in is no recommendation: " + recs);
                assertEquals(List.of(), actions, "recommendations with only a lead officer and a timescale beside them are no plan: " + actions);
            }
            case "gradesAfterNeighbour" -> {
                assertEquals(3, js.size(), js.toString());
                assertTrue(js.stream().allMatch(j -> j.path("authority").asText().equals("Ravensmoor") && j.path("year").asInt() == 2024),
                        "the paper's own council, not the neighbour the paragraph before names: " + js);
            }
            case "refsInActionCells" -> {
                List<JsonNode> recs = base.getOrDefault("recommendation", List.of());
                assertEquals(List.of("1", "2a", "2b"), recs.stream().filter(rc -> rc.path("origin").asText().equals("inspection"))
                        .map(rc -> rc.path("number").asText()).toList(), "each recommendation once: " + recs);
                assertEquals(List.of("1", "2a", "2b"), actions.stream().map(a -> a.path("reference").asText()).toList(), actions.toString());
                assertEquals("Add a management decision template", actions.get(1).path("text").asText(), "the reference is no part of the text");
                assertEquals(List.of("GREEN", "AMBER", "RED"), actions.stream().map(a -> a.path("status").asText()).toList());
            }
            case "shuffledPlan" -> {
                assertEquals(List.of("Open two more family hubs in the north of the borough", "Bring the youth offer into the family hubs",
                        "Publish a monthly early help dashboard"), actions.stream().map(a -> a.path("text").asText()).toList(), actions.toString());
                assertEquals(List.of("Early Help Manager", "Head of Targeted Support", "Performance Lead"),
                        actions.stream().map(a -> a.path("owner").asText()).toList());
                assertEquals(List.of("GREEN", "AMBER", "RED"), actions.stream().map(a -> a.path("status").asText()).toList());
                assertEquals(1, base.getOrDefault("ragTable", List.of()).size());
            }
            case "colourOnlyProgressPlan" -> {
                assertEquals(List.of("H1", "H2", "H3"), actions.stream().map(a -> a.path("reference").asText()).toList(), actions.toString());
                assertEquals(List.of("GREEN", "AMBER", "GREEN"), actions.stream().map(a -> a.path("status").asText()).toList(),
                        "a column of fills under 'Progress' states each action's status");
                assertEquals("Head of Housing", actions.get(1).path("owner").asText());
            }
            default -> throw new IllegalArgumentException(paper);
        }
    }

    private static String describe(JsonNode j) {
        return j.path("group").asText() + "|" + j.path("area").asText() + "|" + j.path("grade").asText();
    }

    /** Records of {@code from} that match none of {@code to}, each either explained or reported. */
    private static void compare(String paper, String form, String direction, Map<String, List<JsonNode>> from,
            Map<String, List<JsonNode>> to, List<String> unexplained, List<Known> used) {
        compare(paper, form, direction, from, to, unexplained, used, KNOWN);
    }

    private static void compare(String paper, String form, String direction, Map<String, List<JsonNode>> from,
            Map<String, List<JsonNode>> to, List<String> unexplained, List<Known> used, List<Known> known) {
        for (Map.Entry<String, List<JsonNode>> e : from.entrySet()) {
            String type = e.getKey();
            List<JsonNode> candidates = new ArrayList<>(to.getOrDefault(type, List.of()));
            for (JsonNode r : e.getValue()) {
                JsonNode match = candidates.stream().filter(c -> RecordMatcher.matches(r, c)).findFirst().orElse(null);
                if (match != null) {
                    candidates.remove(match);
                    continue;
                }
                String description = r.toString();
                Known explained = known.stream().filter(k -> k.covers(paper, form, direction, type, description)).findFirst().orElse(null);
                if (explained == null) {
                    unexplained.add(form + " " + direction + " " + description);
                } else if (!used.contains(explained)) {
                    used.add(explained);
                }
            }
        }
    }

    /** The records by type, each cut down to its type's key fields. */
    private static Map<String, List<JsonNode>> keyed(Extraction x) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (PaperRecord r : x.records()) {
            JsonNode full = JSON.valueToTree(r);
            String type = full.path("type").asText();
            ObjectNode key = JSON.createObjectNode();
            key.put("type", type);
            for (String f : KEYS.getOrDefault(type, List.of())) {
                key.set(f, full.has(f) ? full.get(f) : JSON.nullNode());
            }
            out.computeIfAbsent(type, t -> new ArrayList<>()).add(key);
        }
        return out;
    }
}
