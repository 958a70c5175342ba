package org.councilpapers.extractors.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.councilpapers.CouncilPapers;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.Readers;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentClassifierTest {
    private static final CouncilPapers PAPERS = CouncilPapers.builder().build();
    private static final DocumentClassifier CLASSIFIER = new DocumentClassifier();
    private static final ConcurrentMap<String, DocumentInfo> DESCRIBED = new ConcurrentHashMap<>();

    private static final DocumentKind AGENDA = DocumentKind.AGENDA_PACK;
    private static final DocumentKind REPORT = DocumentKind.REPORT;
    private static final DocumentKind MINUTES = DocumentKind.MINUTES;
    private static final DocumentKind INSPECTION = DocumentKind.INSPECTION_REPORT;
    private static final DocumentKind LETTER = DocumentKind.INSPECTION_LETTER;
    private static final DocumentKind PLAN = DocumentKind.ACTION_PLAN;
    private static final DocumentKind OTHER = DocumentKind.OTHER;

    // Every paper under testdata/papers (the office-format demos under formats/ aside), with the kind and council a reader
    // takes from its opening. Written by reading each paper, not from the program's output; null where the paper names no
    // council.
    static Stream<Arguments> allPapers() {
        List<Arguments> all = new ArrayList<>();
        for (String form : List.of("", "pdf/", "docx/")) {
            String ext = form.isEmpty() ? ".txt" : "." + form.substring(0, form.length() - 1);
            // "Thurrock" appears only as the area served: "children, young people and families in Thurrock".
            all.add(Arguments.of(form + "thurrock-2017-04-improvement-plan" + ext, PLAN, "Thurrock"));
            all.add(Arguments.of(form + "thurrock-2019-ofsted-ilacs-report" + ext, INSPECTION, "Thurrock"));
            all.add(Arguments.of(form + "thurrock-2020-07-07-development-plan-report" + ext, REPORT, "Thurrock"));
            all.add(Arguments.of(form + "thurrock-2021-10-12-cs-scrutiny-agenda-pack" + ext, AGENDA, "Thurrock"));
        }
        // An agenda item title names "Kent County Council Integrated Care Strategy".
        // The held-out papers (testdata/expected-records/heldout/README.md), with the kind and council a reader takes from them.
        // Listed so the table covers every paper, but not asserted by papers(): a wrong kind there is measured and reported
        // in that README, never fixed by tuning to these papers.
        all.add(Arguments.of("heldout/calderbrook-2022-04-ofsted-ilacs-report.txt", INSPECTION, "Calderbrook"));
        all.add(Arguments.of("heldout/eastholme-2021-10-childrens-improvement-plan-progress.txt", PLAN, "Eastholme"));
        all.add(Arguments.of("heldout/harrowfield-2023-03-14-corporate-parenting-panel-minutes.txt", MINUTES, "Harrowfield"));
        all.add(Arguments.of("heldout/lowfield-2024-02-ofsted-monitoring-visit-letter.txt", LETTER, "Lowfield"));
        all.add(Arguments.of("heldout/northmoor-2012-02-ofsted-safeguarding-lac-inspection.txt", INSPECTION, "Northmoor"));
        all.add(Arguments.of("heldout/rivermouth-2024-cef-scrutiny-panel-work-programme.txt", OTHER, "Rivermouth"));
        all.add(Arguments.of("heldout/southbridge-2018-06-13-cabinet-agenda.txt", AGENDA, "Southbridge"));
        all.add(Arguments.of("heldout/wealdshire-2019-11-20-cyp-select-committee-workforce-report.txt", REPORT, "Wealdshire"));
        all.add(Arguments.of("heldout/wexcombe-2016-07-19-cabinet-minutes.txt", MINUTES, "Wexcombe"));
        // The second held-out set (testdata/expected-records/heldout2/README.md): listed, not asserted, as the first.
        all.add(Arguments.of("heldout2/ashwick-2024-11-05-childrens-scrutiny-sufficiency-report.txt", REPORT, "Ashwick"));
        all.add(Arguments.of("heldout2/castlebridge-2023-11-ofsted-cqc-send-area-inspection-letter.txt", LETTER, "Castlebridge"));
        all.add(Arguments.of("heldout2/kestrelford-2025-26-children-education-scrutiny-work-programme.txt", OTHER, "Kestrelford"));
        all.add(Arguments.of("heldout2/lindenshire-2017-02-ofsted-sif-inspection-report.txt", INSPECTION, "Lindenshire"));
        all.add(Arguments.of("heldout2/marlcombe-2022-03-joint-targeted-area-inspection-letter.txt", LETTER, "Marlcombe"));
        all.add(Arguments.of("heldout2/pendlebrook-2024-06-18-health-wellbeing-board-minutes.txt", MINUTES, "Pendlebrook"));
        all.add(Arguments.of("heldout2/stourleigh-2025-10-send-improvement-action-plan-rag.txt", PLAN, "Stourleigh"));
        // A Cabinet record of decision: the decisions of a meeting, so minutes rather than a report.
        all.add(Arguments.of("heldout2/wexmoor-2024-03-13-cabinet-decision-notice-family-hubs.txt", MINUTES, "Wexmoor"));
        // The third held-out set (testdata/expected-records/heldout3/README.md): listed, not asserted, as the first two.
        all.add(Arguments.of("heldout3/copperwick-2025-09-childrens-improvement-plan-progress-rag.txt", PLAN, "Copperwick"));
        all.add(Arguments.of("heldout3/fendale-2025-09-23-children-scrutiny-workforce-strategy-report.txt", REPORT, "Fendale"));
        all.add(Arguments.of("heldout3/glenmorrach-2025-05-22-education-children-families-committee-minute.txt", MINUTES, "Glenmorrach"));
        all.add(Arguments.of("heldout3/hollinbrook-2025-11-04-children-scrutiny-panel-agenda-frontsheet.txt", AGENDA, "Hollinbrook"));
        all.add(Arguments.of("heldout3/kelderby-2012-06-ofsted-safeguarding-looked-after-children-inspection.txt", INSPECTION, "Kelderby"));
        // A Cabinet record of decisions: the decisions of a meeting, so minutes, as heldout2's.
        all.add(Arguments.of("heldout3/kingsferry-2025-07-16-cabinet-record-of-decisions.txt", MINUTES, "Kingsferry"));
        all.add(Arguments.of("heldout3/llanfeydd-2025-26-education-scrutiny-forward-work-programme.txt", OTHER, "Llanfeydd"));
        all.add(Arguments.of("heldout3/pellingham-2025-03-ofsted-ilacs-inspection-report.txt", INSPECTION, "Pellingham"));
        all.add(Arguments.of("heldout3/quillsbury-2025-02-11-children-families-scrutiny-minutes.txt", MINUTES, "Quillsbury"));
        // A covering letter and the 'to follow' reports of one meeting: a (supplementary) agenda pack.
        all.add(Arguments.of("heldout3/stanmere-2025-11-20-overview-scrutiny-supplementary-agenda-late-papers.txt", AGENDA, "Stanmere"));
        // The fourth held-out set (testdata/expected-records/heldout4/README.md): listed, not asserted, as the first three.
        // A fire authority's work programme, as heldout3's: neither agenda nor report.
        all.add(Arguments.of("heldout4/brackmoor-2025-26-fire-authority-overview-audit-work-programme.txt", OTHER, "Brackmoor"));
        all.add(Arguments.of("heldout4/drumcarne-2025-10-14-community-wellbeing-committee-minutes.txt", MINUTES, "Drumcarne and Lough Ardan"));
        all.add(Arguments.of("heldout4/dunsmere-2022-04-ofsted-ilacs-inspection-report.txt", INSPECTION, "Dunsmere"));
        // A portfolio holder's record of a decision taken: the record of a decision, as the Cabinet records of decision.
        all.add(Arguments.of("heldout4/ellingford-2025-11-12-portfolio-holder-decision-notice-holiday-activities.txt", MINUTES, "Ellingford"));
        all.add(Arguments.of("heldout4/fellbridge-2026-01-15-children-education-scrutiny-agenda-frontsheet.txt", AGENDA, "Fellbridge"));
        all.add(Arguments.of("heldout4/hartmoor-2025-11-04-childrens-select-committee-fostering-sufficiency-report.txt", REPORT, "Hartmoor"));
        all.add(Arguments.of("heldout4/orrowfield-2016-03-ofsted-sif-inspection-and-lscb-review.txt", INSPECTION, "Orrowfield"));
        all.add(Arguments.of("heldout4/tamsford-2025-09-24-full-council-minutes.txt", MINUTES, "Tamsford"));
        all.add(Arguments.of("heldout4/thrushcombe-2025-10-childrens-services-improvement-plan-tracker.txt", PLAN, "Thrushcombe"));
        all.add(Arguments.of("heldout4/wessendon-2025-12-focused-visit-action-plan-rag.txt", PLAN, "Wessendon"));
        // The fifth held-out set (testdata/expected-records/heldout5/README.md): listed, not asserted, as the first four.
        all.add(Arguments.of("heldout5/ashworth-vale-2025-09-30-cabinet-record-of-decisions.txt", MINUTES, "Ashworth Vale"));
        all.add(Arguments.of("heldout5/auchterlaw-2025-11-20-education-children-services-committee-minute.txt", MINUTES, "Auchterlaw"));
        // A safeguarding partnership's plan: the partnership is named after its city.
        all.add(Arguments.of("heldout5/brayfield-2025-09-jtai-front-door-multi-agency-action-plan.txt", PLAN, "Brayfield"));
        all.add(Arguments.of("heldout5/corriemoor-2024-06-ofsted-focused-visit-letter.txt", LETTER, "Corriemoor"));
        all.add(Arguments.of("heldout5/glenbarrow-2024-11-area-send-inspection-letter.txt", LETTER, "Glenbarrow"));
        all.add(Arguments.of("heldout5/haverleigh-2011-03-ofsted-safeguarding-looked-after-children-inspection.txt", INSPECTION, "Haverleigh"));
        // A work programme, as the fire authority's: neither agenda nor report.
        all.add(Arguments.of("heldout5/kestermoor-2025-26-corporate-parenting-board-work-programme.txt", OTHER, "Kestermoor"));
        all.add(Arguments.of("heldout5/llanfedw-2025-10-14-cabinet-minutes.txt", MINUTES, "Llanfedw"));
        all.add(Arguments.of("heldout5/marlstead-2026-01-21-health-wellbeing-board-best-start-report.txt", REPORT, "Marlstead"));
        all.add(Arguments.of("heldout5/wickerby-town-council-2025-11-18-full-council-minutes.txt", MINUTES, "Wickerby"));
        // The sixth held-out set (testdata/expected-records/heldout6/README.md), the session-11 development set: listed, not asserted.
        all.add(Arguments.of("heldout6/caldbrook-2025-11-06-officer-delegated-decision-record.txt", OTHER, "Caldbrook"));
        all.add(Arguments.of("heldout6/ellerside-2025-10-02-corporate-parenting-panel-minutes.txt", MINUTES, "Ellerside"));
        all.add(Arguments.of("heldout6/kilnmarsh-2025-12-09-cabinet-ilacs-outcome-report.txt", REPORT, "Kilnmarsh"));
        all.add(Arguments.of("heldout6/orlestone-2026-01-childrens-improvement-board-tracker.html", PLAN, "Orlestone"));
        all.add(Arguments.of("heldout6/oxcombe-2019-11-ofsted-monitoring-visit-letter.txt", LETTER, "Oxcombe"));
        all.add(Arguments.of("heldout6/penstowe-2024-03-ofsted-ilacs-inspection-report.txt", INSPECTION, "Penstowe"));
        all.add(Arguments.of("heldout6/quarrendon-2025-10-21-overview-scrutiny-committee-minutes.html", MINUTES, "Quarrendon"));
        all.add(Arguments.of("heldout6/stanwardine-2025-09-18-children-young-people-select-committee-minutes.txt", MINUTES, "Stanwardine"));
        all.add(Arguments.of("heldout6/thamesbrook-2025-11-10-cabinet-minutes.txt", MINUTES, "Thamesbrook"));
        all.add(Arguments.of("heldout6/threlmoor-2025-26-children-families-scrutiny-panel-work-programme.txt", OTHER, "Threlmoor"));
        // The seventh held-out set (testdata/expected-records/heldout7/README.md), kept blind longest: listed, not asserted.
        all.add(Arguments.of("heldout7/ardlow-2008-12-ofsted-annual-performance-assessment-letter.txt", LETTER, "Ardlow"));
        all.add(Arguments.of("heldout7/cwmdarren-2014-11-17-learning-social-care-scrutiny-minutes.txt", MINUTES, "Cwmdarren"));
        all.add(Arguments.of("heldout7/dunmallard-2025-09-11-community-wellbeing-committee-minutes.txt", MINUTES, "Dunmallard"));
        all.add(Arguments.of("heldout7/ellerdown-2022-06-send-written-statement-of-action-tracker.html", PLAN, "Ellerdown"));
        all.add(Arguments.of("heldout7/hallamby-2025-07-08-health-scrutiny-panel-minutes.html", MINUTES, "Hallamby"));
        all.add(Arguments.of("heldout7/harbury-2025-11-04-executive-record-of-decisions.html", MINUTES, "Harbury"));
        all.add(Arguments.of("heldout7/kelderfield-2024-02-05-police-crime-panel-minutes.txt", MINUTES, "Kelderfield"));
        all.add(Arguments.of("heldout7/kingsholt-2013-04-16-cabinet-report-ofsted-child-protection-inspection.txt", REPORT, "Kingsholt"));
        all.add(Arguments.of("heldout7/sowerton-2016-03-ofsted-sif-inspection-report.txt", INSPECTION, "Sowerton"));
        all.add(Arguments.of("heldout7/stainmoor-2025-10-02-schools-forum-minutes.txt", MINUTES, "Stainmoor"));
        // The eighth held-out set (testdata/expected-records/heldout8/README.md), the session-12 development set: listed, not asserted.
        all.add(Arguments.of("heldout8/brackhurst-2025-01-22-housing-scrutiny-committee-minutes.html", MINUTES, "Brackhurst"));
        all.add(Arguments.of("heldout8/caldersham-2025-06-02-cabinet-member-decision-20mph-tolworthy.html", MINUTES, "Caldersham"));
        all.add(Arguments.of("heldout8/fennimoor-2022-02-24-council-minutes.txt", MINUTES, "Fennimoor"));
        all.add(Arguments.of("heldout8/hollinsdale-2011-09-14-licensing-committee-report-hackney-fares.txt", REPORT, "Hollinsdale"));
        all.add(Arguments.of("heldout8/llanferwen-2016-03-14-town-council-minutes.txt", MINUTES, "Llanferwen"));
        all.add(Arguments.of("heldout8/marshmoor-2026-01-27-cabinet-agenda-frontsheet.txt", AGENDA, "Marshmoor"));
        all.add(Arguments.of("heldout8/pellinghurst-2023-07-12-planning-committee-minutes.txt", MINUTES, "Pellinghurst"));
        all.add(Arguments.of("heldout8/ryecastle-2021-10-14-fire-authority-minutes.txt", MINUTES, "Ryecastle"));
        all.add(Arguments.of("heldout8/strathbannock-2019-11-05-education-childrens-services-committee-minute.txt", MINUTES, "Strathbannock"));
        all.add(Arguments.of("heldout8/wethercote-2024-03-19-cabinet-minutes.txt", MINUTES, "Wethercote"));
        // The ninth held-out set (testdata/expected-records/heldout9/README.md), kept blind longest: listed, not asserted.
        all.add(Arguments.of("heldout9/brantwell-2010-06-ofsted-unannounced-inspection-letter.txt", LETTER, "Brantwell"));
        all.add(Arguments.of("heldout9/eskdown-2011-08-safeguarding-looked-after-children-inspection-report.txt", INSPECTION, "Eskdown"));
        all.add(Arguments.of("heldout9/ferrowby-2023-06-joint-targeted-area-inspection-letter.txt", LETTER, "Ferrowby"));
        all.add(Arguments.of("heldout9/hollinbury-2019-11-ofsted-focused-visit-letter.txt", LETTER, "Hollinbury"));
        all.add(Arguments.of("heldout9/kirkdown-2022-11-22-childrens-services-scrutiny-minutes.txt", MINUTES, "Kirkdown"));
        all.add(Arguments.of("heldout9/pelsham-2025-07-15-asc-scrutiny-report-cqc-assessment.txt", REPORT, "Pelsham"));
        all.add(Arguments.of("heldout9/ravensby-2018-09-11-scrutiny-report-ofsted-statistical-neighbours.txt", REPORT, "Ravensby"));
        all.add(Arguments.of("heldout9/stallbridge-2021-03-childrens-services-improvement-plan-progress.html", PLAN, "Stallbridge"));
        all.add(Arguments.of("heldout9/westerfold-2025-09-cyp-scrutiny-work-programme.html", OTHER, "Westerfold"));
        all.add(Arguments.of("heldout9/wychbury-2024-03-area-send-inspection-outcome-letter.txt", INSPECTION, "Wychbury"));
        // The Kent Cabinet blind set (testdata/expected-records/kent-cabinet/README.md): listed, not asserted, as the held-out sets.
        // Reports: the From/To/Subject cover of a Cabinet report; the council from 'Kent County Council', KCC's e-mail domain or both.
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00096_-_Commissioning_Plan_for_Education_Provision_in_Kent_2025-29_-_Report.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00108_-_Revenue_and_Capital_Budget_Monitoring_Report_November_2024-25.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00108_-_Finance_Monitoring_Report_-_Q3_-_November_2024-25.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00115_-_Adoption_of_Integrated_Care_Strategy_delivery_plan_-_Report.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Draft_Revenue_Budget_2025-26_MTFP_2025-28_Draft_Capital_Programme_2025-35_and_Treasury_Management_.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Draft_Revenue_Budget_2025-26_and_2025-28_MTFP_and_Draft_Capital_Programme_2025-35.pdf", REPORT, "Kent"));
        // A proposed record of decision: the decision a meeting is asked to take, not yet taken, so a report rather than minutes.
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00096_-_PRoD.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00108_-_PROD.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00109_-_Appendix_A_-_PROD.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00115_-_PROD.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Minutes_of_the_meeting_held_on_9th_January_2025.pdf", MINUTES, "Kent"));
        // Supplementary packs: General Counsel's letter listing the item, then the papers stamped 'Agenda Item n'.
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/public_packs_24-00096_-_PROD_30th-Jan-2025_10.00_Cabinet.pdf", AGENDA, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/public_packs_Item_7_-_Supplementary_-_2400109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Ser.pdf", AGENDA, "Kent"));
        // Assessments and appendices: no kind of ours fits them; those that say only 'KCC' name no council.
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00096_-_EQIA.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00108_-_Appendix_-_NOV_2024-25.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00109_-_Appendix_C_-_DPIA_Screening_Tool_outcome_-_Transitions.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00115_-_EqIA.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_G_-_Reserves_Policy.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_I_Budget_Risk_Register_22.01.25.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_O_-_MRP.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Item_7_-_Supplementary_-_24-00109_-_Appendix_B_-_EqIA_Updated_Jan_2025.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_A_Capital_Investment_Summary.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_B_Capital_Investment_by_Directorate.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_C_-_Potential_Capital_Projects.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_D_21.01.25.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_E_21.01.25_incl_base_adj_update.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_F_List_of_Budget_Templates.pdf", OTHER, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_H_-_Assessment_of_FInancial_Resilience.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_J_-_Government_Grants_in_LGFS.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_K_-_Economic_and_Fiscal_Context.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_L_-_Treasury_Management_Strategy_2025-26.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_M_-_Investment_Strategy.pdf", OTHER, null));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_N_-_Capital_Strategy.pdf", OTHER, "Kent"));
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_Appendix_P_-_Flexible_Use_of_Capital_Receipts_Strategy.pdf", OTHER, null));
        // The ICS delivery plan's appendix: "Kent County Council Priorities and Actions", a plan by directorate.
        all.add(Arguments.of("real/kent/cabinet-2025-01-30/originals_24-00115_-_Appendix_B_-_KCC_ICS_priorities_measures.pdf", PLAN, "Kent"));
        all.add(Arguments.of("real/kent/kent-cabinet-2025-01-30-agenda-frontsheet.pdf", AGENDA, "Kent"));
        all.add(Arguments.of("real/kent/kent-cabinet-2025-01-30-minutes.pdf", MINUTES, "Kent"));
        // A performance report, not a committee report with a cover: no kind of ours fits it.
        all.add(Arguments.of("real/kent/kent-cabinet-2025-03-04-performance-report-q3-rag.pdf", OTHER, "Kent"));
        // The kent-march blind set: a Cabinet cover report ("To: Cabinet – 4 March 2025") and a report to the full County
        // Council under a "Status:" label; both sign off with kent.gov.uk addresses.
        all.add(Arguments.of("real/kent/kent-cabinet-2025-03-04-performance-report-cover.pdf", REPORT, "Kent"));
        all.add(Arguments.of("real/kent/kent-council-2025-03-13-governance-update-report.pdf", REPORT, "Kent"));
        // Names only "Full Council" and "County Council" by name; its one mark is the clerk's e-mail address, broken over two
        // lines at a dot ("georgina.little@kent" / ".gov.uk"): Kent's own address.
        all.add(Arguments.of("real/kent/kent-cabinet-2025-03-13-public-reports-pack.pdf", AGENDA, "Kent"));
        all.add(Arguments.of("real/ofsted/2637539-north-northamptonshire-2026-07-07.pdf", INSPECTION, "North Northamptonshire"));
        all.add(Arguments.of("real/ofsted/80418-norfolk-2013-08-16.pdf", INSPECTION, "Norfolk"));
        all.add(Arguments.of("real/ofsted/80426-barnsley-2014-08-08.pdf", INSPECTION, "Barnsley"));
        all.add(Arguments.of("real/ofsted/80429-birmingham-2016-11-25.pdf", INSPECTION, "Birmingham"));
        all.add(Arguments.of("real/ofsted/80429-birmingham-2019-01-17.pdf", INSPECTION, "Birmingham"));
        all.add(Arguments.of("real/ofsted/80432-bolton-2018-06-12.pdf", INSPECTION, "Bolton"));
        all.add(Arguments.of("real/tables/camelot-background-lines-2.pdf", OTHER, null));
        all.add(Arguments.of("variants/barset-audit-committee-pack-page-ranges.txt", AGENDA, "Barset"));
        all.add(Arguments.of("variants/borough-cabinet-minutes-recommended-not-carried-decision-table.txt", MINUTES, "Riverside"));
        all.add(Arguments.of("variants/cabinet-forward-plan-other-order.txt", OTHER, null));
        // Committee reports whose cover has no "Report of:" line: the meeting and date on one line, then the title.
        all.add(Arguments.of("variants/committee-report-comparison-of-authorities.txt", REPORT, "Fenshire"));
        all.add(Arguments.of("variants/committee-report-quoting-grades.txt", REPORT, "Heathside"));
        all.add(Arguments.of("variants/county-front-sheet-membership-table-quorum.txt", AGENDA, "Northshire"));
        all.add(Arguments.of("variants/county-work-programme-list.txt", OTHER, "Northshire"));
        // Committee reports whose only cover is a table of labels and values.
        all.add(Arguments.of("variants/county-report-cover-table-no-colons.txt", REPORT, "Eastmarch"));
        all.add(Arguments.of("variants/district-report-cover-table-colons.txt", REPORT, "Kingsmere"));
        all.add(Arguments.of("variants/unitary-report-cover-table-title-and-item.txt", REPORT, "Westbridge"));
        all.add(Arguments.of("variants/cover-county-report-from-to-subject-wrapped.txt", REPORT, null));
        all.add(Arguments.of("variants/cover-district-by-to-no-colons.txt", REPORT, null));
        all.add(Arguments.of("variants/cover-borough-meeting-title-lead-member.txt", REPORT, null));
        // Report covers that name no committee: "Item 9: Title", "Agenda item 6 – Title", "Title of report" tables, "Subject:".
        all.add(Arguments.of("variants/cover-borough-item-colon-title-report-of-no-committee.txt", REPORT, "Ashcombe"));
        all.add(Arguments.of("variants/cover-district-agenda-item-dash-title-date-of-meeting.txt", REPORT, "Dunmere"));
        all.add(Arguments.of("variants/cover-unitary-cover-table-title-of-report-exempt.txt", REPORT, "Westerleigh"));
        // Board, forum and panel reports whose labels are typed between rule lines; minutes whose committee runs into its date or is bilingual.
        all.add(Arguments.of("variants/cover-city-hwb-rule-lines-labels.txt", REPORT, "Brackenford"));
        all.add(Arguments.of("variants/cover-county-schools-forum-equals-rules.txt", REPORT, "Hollowmere"));
        all.add(Arguments.of("variants/cover-borough-corporate-parenting-underscore-rules.txt", REPORT, "Quenby"));
        all.add(Arguments.of("variants/decisions-borough-cabinet-date-next-line.txt", MINUTES, "Ashgrove"));
        all.add(Arguments.of("variants/minutes-district-cabinet-dash-weekday.txt", MINUTES, "Tillingham"));
        all.add(Arguments.of("variants/minutes-welsh-bilingual-cabinet.txt", MINUTES, "Penrhos"));
        all.add(Arguments.of("variants/minutes-welsh-bilingual-committee.txt", MINUTES, "Glanyrafon"));
        // A Welsh title block in both languages: "COFNODION / MINUTES" says minutes by either half, Welsh or English first, and run
        // on after the body's name; a bilingual agenda's numbered "Cofnodion / Minutes" item is the item, not the paper's title.
        all.add(Arguments.of("variants/minutes-welsh-town-full-council-cofnodion-minutes-one-line.txt", MINUTES, "Aberwennol"));
        all.add(Arguments.of("variants/minutes-welsh-county-planning-minutes-cofnodion-english-first.txt", MINUTES, "Dyffryn Teifion"));
        all.add(Arguments.of("variants/agenda-welsh-bilingual-rhaglen-agenda-minutes-item.txt", AGENDA, "Maesglas"));
        all.add(Arguments.of("variants/lookalike-work-programme-labelled-blocks.txt", OTHER, "Fernleigh"));
        all.add(Arguments.of("variants/lookalike-report-contacts-block-at-end.txt", OTHER, "Parkhurst"));
        all.add(Arguments.of("variants/cover-city-subject-report-from-wards-no-committee.txt", REPORT, "Saltmarsh"));
        all.add(Arguments.of("variants/cover-county-title-of-report-purpose-no-item.txt", REPORT, "Marlford"));
        all.add(Arguments.of("variants/report-borough-committee-date-title-no-item.txt", REPORT, "Corrowby"));
        // Reports whose text pages carry a running header and a footer naming the council beside the page's number.
        all.add(Arguments.of("variants/text-borough-report-lettered-recommendations-running-header-footer.txt", REPORT, "Oldcastle"));
        all.add(Arguments.of("variants/text-district-report-page-footer-council-lettered-dots.txt", REPORT, "Hartwell"));
        // A front sheet over the one report it calls, and over the minutes of the same meeting.
        all.add(Arguments.of("variants/frontsheet-borough-planning-agenda-then-one-report.txt", AGENDA, "Eastbury"));
        all.add(Arguments.of("variants/frontsheet-town-agenda-then-minutes-same-meeting.txt", MINUTES, "Kingsmere"));
        all.add(Arguments.of("variants/cover-unitary-agenda-item-report-title.txt", REPORT, null));
        all.add(Arguments.of("variants/cover-city-subject-contact-officer-general-release.txt", REPORT, null));
        all.add(Arguments.of("variants/cover-district-label-table-contact-columns.txt", REPORT, null));
        all.add(Arguments.of("variants/cover-decision-notice-is-not-a-report.txt", MINUTES, null));
        // Minutes that say in prose that actions are "on track", "at risk", "off track" and "complete".
        all.add(Arguments.of("variants/borough-scrutiny-minutes-on-track-prose.txt", MINUTES, null));
        // "the parish council" is lower case and no council of the district: the minutes never name it.
        all.add(Arguments.of("variants/county-scrutiny-panel-minutes-lines-run-together.txt", MINUTES, null));
        all.add(Arguments.of("variants/district-planning-minutes-it-was-resolved.txt", MINUTES, null));
        // The council's name first, then "Minutes of the … Committee held on …" and only "PRESENT:" besides.
        all.add(Arguments.of("variants/district-minutes-council-name-first.txt", MINUTES, "Marshfield"));
        all.add(Arguments.of("variants/district-scrutiny-minutes-short-minute-numbers.txt", MINUTES, null));
        all.add(Arguments.of("variants/metropolitan-cabinet-minutes-slash-numbers.txt", MINUTES, null));
        all.add(Arguments.of("variants/kpi-scorecard-latest-previous.txt", OTHER, null));
        // "County Hall, Barchester" is an address, not a council's name.
        all.add(Arguments.of("variants/moderngov-cabinet-agenda-frontsheet.txt", AGENDA, null));
        all.add(Arguments.of("variants/moderngov-cabinet-minutes.txt", MINUTES, "Barsetshire"));
        all.add(Arguments.of("variants/ofsted-2010-slac-record-of-main-findings.txt", INSPECTION, "Loamshire"));
        all.add(Arguments.of("variants/inspection-2011-slac-record-of-main-findings-question-rows.txt", INSPECTION, "Wendlebury"));
        all.add(Arguments.of("variants/inspection-2016-sif-headline-and-lscb-in-prose.txt", INSPECTION, "Fenmoor"));
        all.add(Arguments.of("variants/inspection-2013-child-protection-arrangements.txt", INSPECTION, "Ashcombe"));
        all.add(Arguments.of("variants/judgement-committee-report-neighbours-year-column.txt", REPORT, "Marlstone"));
        // A board's one-page comparison with no report cover, like table-regional-matrix-transposed.txt.
        all.add(Arguments.of("variants/judgement-committee-report-authorities-as-dated-columns.txt", OTHER, "Corbridge"));
        all.add(Arguments.of("variants/judgement-committee-report-three-level-header-region.txt", OTHER, "Byfleetham"));
        all.add(Arguments.of("variants/judgement-committee-report-neighbours-continued-repeated-header.txt", OTHER, "Kellingley"));
        all.add(Arguments.of("variants/ofsted-2015-sif-numbered-table-wrapped.txt", INSPECTION, "Wyvern"));
        // "Inspection of Fenland Borough local authority children's services": the place, as "Fenland Borough Council" gives.
        all.add(Arguments.of("variants/ofsted-2024-ilacs-care-leavers-row.txt", INSPECTION, "Fenland"));
        // Reports given as `pdftotext -layout` text: tables laid out with spaces, form feeds and running headers.
        all.add(Arguments.of("variants/ofsted-2024-ilacs-pdftotext-layout-wrapped-grades.txt", INSPECTION, "Brackenford"));
        all.add(Arguments.of("variants/ofsted-2011-slac-pdftotext-layout-grouped-wrapped.txt", INSPECTION, "Marlcombe"));
        all.add(Arguments.of("variants/ofsted-2010-slac-pdftotext-layout-group-cut-by-page.txt", INSPECTION, "Quarrendon"));
        all.add(Arguments.of("variants/ofsted-2012-slac-pdftotext-layout-capital-groups-page-break.txt", INSPECTION, "Selbridge"));
        all.add(Arguments.of("variants/ofsted-2012-lac-pdftotext-layout-capital-groups.txt", INSPECTION, "Quenbury"));
        all.add(Arguments.of("variants/ofsted-2019-ilacs-pdftotext-layout-grade-on-last-line.txt", INSPECTION, "Harrowdene"));
        all.add(Arguments.of("variants/ofsted-2015-sif-pdftotext-layout-numbered-grades.txt", INSPECTION, "Calderholme"));
        all.add(Arguments.of("variants/ofsted-2017-sif-pdftotext-layout-overall-box-statement.txt", INSPECTION, "Eastmere"));
        all.add(Arguments.of("variants/ofsted-focused-visit-letter.txt", LETTER, "Marshland"));
        all.add(Arguments.of("variants/ofsted-monitoring-visit-letter.txt", LETTER, "Upland"));
        all.add(Arguments.of("variants/ofsted-send-local-area-letter.txt", LETTER, "Moorside"));
        // Inspection papers of other generations and a council report quoting one (FindingVariantsTest reads their findings).
        all.add(Arguments.of("variants/inspection-2017-send-local-area-letter-paragraph-lists.txt", LETTER, "Oakhurst"));
        all.add(Arguments.of("variants/inspection-2017-sif-report-recommendations-summary-for-children.txt", INSPECTION, "Hallam Vale"));
        all.add(Arguments.of("variants/inspection-2018-jtai-letter-agency-groups.txt", LETTER, "Brackenmoor"));
        all.add(Arguments.of("variants/inspection-2019-focused-visit-letter-priority-action.txt", LETTER, "Kirkholme"));
        all.add(Arguments.of("variants/inspection-2022-jtai-letter-strengths-areas-for-improvement.txt", LETTER, "Ashby Vale"));
        all.add(Arguments.of("variants/inspection-2023-area-send-report-priority-actions.txt", INSPECTION, "Fernleigh"));
        all.add(Arguments.of("variants/findings-council-report-quoting-inspection-areas.txt", REPORT, "Stonebridge"));
        all.add(Arguments.of("variants/findings-fire-authority-report-hmicfrs-causes-and-areas.txt", REPORT, "Marshfield and Dunmore"));
        all.add(Arguments.of("variants/inspection-2022-hmicfrs-report-area-for-improvement-boxes.txt", INSPECTION, "Hollinbrook"));
        all.add(Arguments.of("variants/findings-adults-report-cqc-assessment-strengths-areas-table.txt", REPORT, "Corringham"));
        all.add(Arguments.of("variants/inspection-2012-unannounced-cra-letter-strengths-development.txt", LETTER, "Wexcombe"));
        all.add(Arguments.of("variants/inspection-2010-slac-layout-areas-for-improvement-within-six-months.txt", INSPECTION, "Hartsworth"));
        all.add(Arguments.of("variants/inspection-2017-jtai-letter-agency-should-lead-ins.txt", LETTER, "Penhallow"));
        all.add(Arguments.of("variants/inspection-2024-monitoring-visit-letter-leaders-should-improve.txt", LETTER, "Tollerby"));
        all.add(Arguments.of("variants/inspection-2024-area-send-letter-recommendations-paragraphs.txt", LETTER, "Brackenvale"));
        all.add(Arguments.of("variants/inspection-2024-jtai-letter-recommendations-paragraphs.txt", LETTER, "Westmarsh"));
        all.add(Arguments.of("variants/inspection-2008-annual-performance-assessment-letter.txt", LETTER, "Brackenford"));
        // Ofsted named only in the letterhead's columns, read as a table.
        all.add(Arguments.of("variants/inspection-2007-apa-letter-letterhead-columns-jar-grade.txt", LETTER, "Thornmere"));
        all.add(Arguments.of("variants/ofsted-2021-monitoring-visit-focus-list-next-visit.txt", LETTER, "Gorsemoor"));
        all.add(Arguments.of("variants/ofsted-2016-sif-need-to-improve-recommendations-lscb-sentence.txt", INSPECTION, "Wyeholt"));
        all.add(Arguments.of("variants/inspection-2006-apa-letter-areas-for-development.txt", LETTER, "Eastmere"));
        all.add(Arguments.of("variants/findings-cabinet-report-numbered-subparagraph-areas.txt", REPORT, "Lowmarsh"));
        all.add(Arguments.of("variants/findings-scrutiny-report-send-inspection-two-column-table.txt", REPORT, "Eastholme"));
        all.add(Arguments.of("variants/findings-fire-authority-plan-afi-labels-table.txt", REPORT, "Westmoor"));
        all.add(Arguments.of("variants/findings-briefing-note-what-needs-to-improve-plain-lines.txt", REPORT, "Brantwood"));
        all.add(Arguments.of("variants/findings-unitary-report-inspection-found-areas-were.txt", REPORT, "Kestrelford"));
        all.add(Arguments.of("variants/findings-county-report-ofsted-identified-following-areas.txt", REPORT, "Harrowdale"));
        // Late papers whose audit and survey lists name "areas for improvement" but no inspection (FindingVariantsTest: none).
        all.add(Arguments.of("variants/findings-late-papers-pack-improvement-bullets-no-inspection.txt", REPORT, "Millbrook"));
        // A plan whose introduction states the inspection's grade, framework and dates in one sentence.
        all.add(Arguments.of("variants/judgement-plan-introduction-following-ilacs-inspection.txt", OTHER, "Ravensholme"));
        all.add(Arguments.of("variants/pack-public-notes-with-lookalikes.txt", AGENDA, "Wessex"));
        all.add(Arguments.of("variants/plan-quarterly-fills-key.txt", PLAN, null));
        all.add(Arguments.of("variants/plan-recommendation-rows-continued.txt", PLAN, null));
        // Trackers whose recommendation rows are filled only in their first cells, over the actions numbered under them.
        all.add(Arguments.of("variants/plan-tracker-pipe-recommendation-rows-numbered-parents.txt", PLAN, null));
        all.add(Arguments.of("variants/plan-tracker-html-recommendation-rows-lead-officer.txt", PLAN, null));
        all.add(Arguments.of("variants/plan-tracker-pipe-afi-numbered-labels.txt", PLAN, null));
        all.add(Arguments.of("variants/plan-tracker-html-priority-action-labels.txt", PLAN, null));
        // Trackers that name their column of actions otherwise ("What we will do", "Activity", "Milestone") beside an owner or a
        // timescale; a programme of events ("Activity | Venue | Date") has neither.
        all.add(Arguments.of("variants/plan-county-improvement-tracker-activity-owner-timescale.txt", PLAN, "Hartmere"));
        all.add(Arguments.of("variants/plan-borough-ombudsman-milestones-responsible-officer.txt", PLAN, "Wexcombe"));
        all.add(Arguments.of("variants/lookalike-events-programme-activity-venue-date.txt", OTHER, "Wexcombe"));
        all.add(Arguments.of("variants/tracker-html-rag-two-months-colour-key.txt", PLAN, "Ashcombe"));
        all.add(Arguments.of("variants/tracker-html-status-first-newest-first.txt", PLAN, "Kellingford"));
        all.add(Arguments.of("variants/tracker-pipe-previous-current-rag.txt", PLAN, "Orrinford"));
        all.add(Arguments.of("variants/tracker-pipe-status-previous-current-quarters.txt", PLAN, "Wexham Vale"));
        all.add(Arguments.of("variants/tracker-pipe-two-unnamed-rag-columns.txt", PLAN, "Brackenmoor"));
        all.add(Arguments.of("variants/tracker-html-quarters-row-key-purple.txt", PLAN, "Fellbridge"));
        all.add(Arguments.of("variants/tracker-html-dated-rag-columns-lone-group-rows-line-key.txt", PLAN, "Crossmere"));
        all.add(Arguments.of("variants/tracker-pipe-status-at-dates-blank-grid.txt", PLAN, "Hathersby"));
        // A plan whose table names no action, owner or timescale: its status column says On track / At risk / Off track.
        all.add(Arguments.of("variants/plan-status-on-track-at-risk.txt", PLAN, null));
        all.add(Arguments.of("variants/plan-word-shading.docx", PLAN, null));
        // Plans whose cells print their points on one line: numbers in a pipe table, bullets in an HTML one.
        all.add(Arguments.of("variants/plan-pipe-numbered-points-on-one-line.txt", REPORT, "Ashcombe"));
        all.add(Arguments.of("variants/plan-html-bullets-in-one-line-cell.txt", REPORT, "Millbourne"));
        // Plans whose status is only a fill under a progress header (and a look-alike shaded one pale colour).
        all.add(Arguments.of("variants/plan-html-progress-column-fills-only.txt", REPORT, "Brackenford"));
        all.add(Arguments.of("variants/plan-html-update-column-fills-only-shaded-lookalike.txt", PLAN, "Kingsmere"));
        all.add(Arguments.of("variants/scrutiny-work-programme-date-column.txt", OTHER, null));
        all.add(Arguments.of("variants/wp-scrutiny-footnote-markers-completed-items.txt", OTHER, null));
        all.add(Arguments.of("variants/wp-overview-html-daggers-items-considered.txt", OTHER, null));
        all.add(Arguments.of("variants/statement-of-action-clean.txt", PLAN, null));
        all.add(Arguments.of("variants/table-plan-shuffled-columns-progress-words.txt", PLAN, "Oakridge"));
        all.add(Arguments.of("variants/table-report-appendix-ofsted-grades.txt", REPORT, "Kestrel Vale"));
        all.add(Arguments.of("variants/wp-borough-children-scrutiny-dated-lines.txt", OTHER, "Hollinbrook"));
        all.add(Arguments.of("variants/wp-county-education-semicolon-labels.txt", OTHER, "Marlshire"));
        all.add(Arguments.of("variants/wp-district-month-headings-sub-lines.txt", OTHER, "Tenby Vale"));
        // Work programmes as labelled blocks: a fire authority's and a police and crime panel's (the place is the council), and a
        // district's under no programme title; a programme is no report, minutes or pack, so OTHER.
        all.add(Arguments.of("variants/wp-fire-authority-labelled-item-blocks.txt", OTHER, "Marshfield and Downs"));
        all.add(Arguments.of("variants/wp-police-panel-date-headings-labelled-items.txt", OTHER, "Eastwold"));
        all.add(Arguments.of("variants/wp-district-overview-topic-labels-unscheduled.txt", OTHER, "Harrowfield"));
        all.add(Arguments.of("variants/wp-combined-authority-numbered-items-committee-date.txt", OTHER, "Fenwold"));
        all.add(Arguments.of("variants/wp-fire-dash-labels-dates-without-year.txt", OTHER, "Holmewood"));
        // One member's decision recorded as taken: a record of decisions, so MINUTES, as the delegated decision record above.
        all.add(Arguments.of("variants/decision-individual-cabinet-member-capital-title.txt", MINUTES, "Kestlebury"));
        all.add(Arguments.of("variants/decision-portfolio-holder-title-of-decision-label.txt", MINUTES, "Orrisdale"));
        all.add(Arguments.of("variants/decision-lead-member-subject-label-numbered.txt", MINUTES, "Thornbeck"));
        // County reports with a labelled cover ("Title:", "Report title:", "Key Decision: No") and lettered proposals.
        all.add(Arguments.of("variants/report-county-proposals-lettered-key-decision.txt", REPORT, "Westmarch"));
        all.add(Arguments.of("variants/report-county-committee-is-asked-to-lettered.txt", REPORT, "Pelmore"));
        all.add(Arguments.of("variants/plan-county-rec-refs-in-action-cells.txt", PLAN, "Westmarch"));
        all.add(Arguments.of("variants/plan-district-rec-column-numbered-list.txt", PLAN, "Thornbury Vale"));
        all.add(Arguments.of("variants/table-sif-2015-summary-lscb-abbreviation-table-and-prose.txt", INSPECTION, "Carrowmoor"));
        all.add(Arguments.of("variants/table-sif-2017-report-summary-abbreviated-areas.txt", REPORT, "Lindenfield"));
        all.add(Arguments.of("variants/table-report-ofsted-recommendations-table.txt", REPORT, "Wyvern"));
        all.add(Arguments.of("variants/table-report-ofsted-made-recommendations-ref-table.txt", REPORT, "Harbourne"));
        all.add(Arguments.of("variants/table-report-inspectors-recommended-html-table.txt", REPORT, "Marlow Vale"));
        all.add(Arguments.of("variants/table-report-areas-for-improvement-ofsted-table.txt", REPORT, "Tarnwick"));
        all.add(Arguments.of("variants/table-report-grades-after-neighbour-paragraph.txt", REPORT, "Ravensmoor"));
        all.add(Arguments.of("variants/inspection-report-ilacs-outcome-appendix-current-previous-layout-cover.txt", REPORT, "Marshbrook"));
        all.add(Arguments.of("variants/inspection-report-ilacs-outcome-this-previous-columns-plan-period.txt", REPORT, "Pelham Vale"));
        all.add(Arguments.of("variants/minutes-ofsted-ilacs-update-heading-judged-good-sentence.txt", MINUTES, "Hollinshead"));
        all.add(Arguments.of("variants/minutes-inspection-update-heading-names-ofsted-next-minute-silent.txt", MINUTES, "Brantwich"));
        all.add(Arguments.of("variants/inspection-2025-monitoring-visit-letter-priority-action-should-focus-on.txt", LETTER, "Fernhill"));
        all.add(Arguments.of("variants/inspection-2024-monitoring-visit-letter-priority-action-bullets-repeated-list.txt", LETTER,
                "Oakworth"));
        // A table of recommendations with only a lead and a date beside each is the recommendations; one with progress, a plan.
        all.add(Arguments.of("variants/table-report-peer-review-recommendations-responsible-officer-html.txt", REPORT, "Castlebrook"));
        all.add(Arguments.of("variants/table-plan-recommendations-tracker-progress-pipe.txt", REPORT, "Fernleigh"));
        // A board paper with no report cover, as the performance report above.
        all.add(Arguments.of("variants/table-regional-matrix-transposed.txt", OTHER, "Harrowfield"));
        all.add(Arguments.of("variants/unitary-corporate-parenting-minutes-lettered-parts.txt", MINUTES, "Anytown"));
        all.add(Arguments.of("variants/unitary-health-board-agenda.txt", AGENDA, null));
        // Front sheets and records of decisions whose meeting facts are printed in other ways (FrontSheetVariantsTest).
        all.add(Arguments.of("variants/agenda-district-front-sheet-place-councillors-pages-after-title.txt", AGENDA, "Wyvern Vale"));
        all.add(Arguments.of("variants/agenda-district-council-public-questions-by-noon-standard-line.txt", AGENDA, "Hollinrake"));
        all.add(Arguments.of("variants/agenda-city-front-sheet-location-members-one-per-line-page-column.txt", AGENDA, "Kingsmere"));
        all.add(Arguments.of("variants/agenda-city-notice-of-meeting-padded-labels-membership-sentence.txt", AGENDA, "Fellbridge"));
        all.add(Arguments.of("variants/agenda-borough-padded-labels-enquiries-councillors-sentence-fr-co-opted.txt", AGENDA, "Dunmere"));
        all.add(Arguments.of("variants/decisions-borough-record-of-decisions-taken-at-cabinet.txt", MINUTES, "Longhaven"));
        all.add(Arguments.of("variants/decisions-unitary-cabinet-decisions-venue-after-date.txt", MINUTES, "Porthaven"));
        // Minutes, records of decisions and a questions paper in other councils' styles (MinutesVariantsTest reads their records
        // under every kind, so a misreading here costs them nothing).
        all.add(Arguments.of("variants/welsh-county-borough-executive-board-minutes-unanimously-resolved.txt", MINUTES, "Penrhos"));
        all.add(Arguments.of("variants/scottish-council-committee-minute-committee-resolved.txt", MINUTES, "Glendarroch"));
        all.add(Arguments.of("variants/scottish-area-committee-minute-committee-stem-capital-verbs.txt", MINUTES, "Strathlochy"));
        all.add(Arguments.of("variants/scottish-education-committee-minute-decided-run-in.txt", MINUTES, "Cairnmuir"));
        all.add(Arguments.of("variants/scottish-licensing-board-minute-sub-committee-stem-numbered.txt", MINUTES, "Kilbrannoch"));
        all.add(Arguments.of("variants/london-borough-cabinet-minutes-caps-headings-public-question.txt", MINUTES, "Kingsmere"));
        all.add(Arguments.of("variants/metropolitan-cabinet-record-of-decisions-notice.txt", MINUTES, "Hallam Vale"));
        all.add(Arguments.of("variants/district-delegated-executive-decision-record.txt", MINUTES, "Northcote"));
        // Decision wordings of seven councils' styles (DecisionWordingFamiliesTest).
        all.add(Arguments.of("variants/resolutions-scottish-committee-agreed-colon-dash-articles.txt", MINUTES, "Ballintore"));
        all.add(Arguments.of("variants/resolutions-welsh-cabinet-resolved-dash-cabinet-member-option.txt", MINUTES, "Glannant"));
        all.add(Arguments.of("variants/resolutions-london-cabinet-moved-seconded-resolved-to-numbered-page-break.txt", MINUTES, "Ashgrove"));
        all.add(Arguments.of("variants/resolutions-district-planning-votes-amendment-lost-carried.txt", MINUTES, "Bramley Vale"));
        // Planning committee and town and community council minutes (PlanningAndCommunityCouncilMinutesTest).
        all.add(Arguments.of("variants/planning-district-pdftotext-layout-pl-refs-caps-application-headings.txt", MINUTES, "Brindlecombe"));
        all.add(Arguments.of("variants/minutes-welsh-community-council-decision-label-lines.txt", MINUTES, "Cwmderwen"));
        all.add(Arguments.of("variants/minutes-town-council-resolved-label-own-line-caps-headings.txt", MINUTES, "Marstow"));
        all.add(Arguments.of("variants/minutes-community-council-english-resolved-labels-lettered.txt", MINUTES, "Pentrefelin and Sallowby"));
        all.add(Arguments.of("variants/resolutions-town-council-minute-refs-proposed-seconded-lines.txt", MINUTES, "Hartswood"));
        all.add(Arguments.of("variants/minutes-parish-council-year-refs-capitals-body-same-line.txt", MINUTES, "Elmstead Markham"));
        all.add(Arguments.of("variants/minutes-town-council-year-refs-colon-headings-page-lines.txt", MINUTES, "Wickham Ferrers"));
        all.add(Arguments.of("variants/minutes-scottish-education-committee-capitals-items-division.txt", MINUTES, "Inverallan"));
        all.add(Arguments.of("variants/resolutions-full-council-amendment-lost-recorded-vote-page-break.txt", MINUTES, "Halverton"));
        all.add(Arguments.of("variants/minutes-scottish-committee-amendment-fell-on-a-division.txt", MINUTES, "Strathcarrick"));
        // A fire and rescue authority is no council: its name is not a council's mark.
        all.add(Arguments.of("variants/resolutions-fire-authority-resolved-that-the-authority-clauses.txt", MINUTES, null));
        all.add(Arguments.of("variants/resolutions-combined-authority-unanimous-decided-cabinet-member.txt", MINUTES, "North Vale"));
        all.add(Arguments.of("variants/resolutions-decision-page-reasons-alternatives-wards.txt", MINUTES, "Lowmoor"));
        all.add(Arguments.of("variants/resolutions-county-cabinet-that-cabinet-lead-in-recommended-to-council.txt", MINUTES, "Ormsby"));
        all.add(Arguments.of("variants/resolutions-district-cabinet-page-break-mid-decision-table.txt", MINUTES, "Keston"));
        all.add(Arguments.of("variants/resolutions-metropolitan-scrutiny-item-sub-letters-action-by-reasons.txt", MINUTES, "Westford"));
        all.add(Arguments.of("variants/unitary-council-public-questions-and-answers.txt", OTHER, "Wexley"));
        all.add(Arguments.of("variants/minutes-borough-executive-minute-and-agenda-item.txt", MINUTES, "Westmoor"));
        all.add(Arguments.of("variants/minutes-city-committee-part-one-numbered-paragraphs.txt", MINUTES, "Sandmouth"));
        all.add(Arguments.of("variants/minutes-district-cabinet-year-numbered-minutes.txt", MINUTES, "Elmbridge Vale"));
        all.add(Arguments.of("variants/minutes-scottish-committee-roman-numbered-items.txt", MINUTES, "Glenvale"));
        all.add(Arguments.of("variants/minutes-town-council-lettered-minute-numbers-votes.txt", MINUTES, "Dunmore"));
        all.add(Arguments.of("variants/minutes-unitary-cabinet-body-prefixed-minute-numbers.txt", MINUTES, "Northcliffe"));
        all.add(Arguments.of("variants/questions-borough-council-fielded-public-questions.txt", OTHER, "Harbourside"));
        all.add(Arguments.of("variants/questions-county-cabinet-members-questions-numbered-to.txt", OTHER, "Ashcombe"));
        all.add(Arguments.of("variants/agenda-borough-supplementary-agenda-late-items.txt", AGENDA, "Westmoor"));
        all.add(Arguments.of("variants/agenda-county-supplementary-pack-agenda-item-no.txt", AGENDA, "Ashcombe"));
        // Covering letters of late papers (CoveringLetterTest): a borough's that names no council, a unitary's.
        all.add(Arguments.of("variants/pack-borough-letter-late-reports-wrapped-titles.txt", AGENDA, null));
        all.add(Arguments.of("variants/pack-unitary-letter-papers-for-meeting-of.txt", AGENDA, "Riverside"));
        // Late-papers packs whose reports follow the letter or sheet (LatePapersPackVariantsTest): the list makes a pack, and the
        // reports' "Purpose of the report" and "Recommendations" after it are the papers', not the letter's.
        all.add(Arguments.of("variants/pack-district-letter-enclosed-reports-summary-recommendations.txt", AGENDA, "Ashcombe"));
        all.add(Arguments.of("variants/pack-county-late-papers-letter-wrapped-report-title.txt", AGENDA, null));
        all.add(Arguments.of("variants/pack-metropolitan-supplementary-sheet-reports-to-follow.txt", AGENDA, "Brackley Moor"));
        // Supplementary agendas whose reports have covers of three kinds (SupplementaryAgendaPackVariantsTest).
        all.add(Arguments.of("variants/pack-borough-supplementary-agenda-scrutiny-three-covers.txt", AGENDA, "Calderbrook"));
        all.add(Arguments.of("variants/pack-district-supplementary-planning-policy-venue-label.txt", AGENDA, "Hollinsford"));
        all.add(Arguments.of("variants/pack-county-supplementary-papers-health-board-now-attached.txt", AGENDA, "Thornleigh"));
        // Reports headed by plain lines: committee, date and the item's line in its several forms (PlainHeaderVariantsTest).
        all.add(Arguments.of("variants/report-county-scrutiny-plain-header-agenda-item.txt", REPORT, "Fenmoor"));
        all.add(Arguments.of("variants/report-borough-licensing-item-no-under-date.txt", REPORT, "Hartley Vale"));
        all.add(Arguments.of("variants/report-metropolitan-cabinet-part-one-item.txt", REPORT, "Wyeford"));
        all.add(Arguments.of("variants/report-unitary-stacked-agenda-item-number.txt", REPORT, null));
        // Minutes with questions answered in other councils' ways (QuestionAnswerStylesTest), and decision notices that give
        // each decision's item by label (DecisionNoticeLabelsTest).
        all.add(Arguments.of("variants/questions-county-hwb-minutes-resident-in-response-director.txt", MINUTES, "Northmoor"));
        all.add(Arguments.of("variants/questions-city-written-answers-quoted-response-from.txt", MINUTES, "Kingsbridge"));
        all.add(Arguments.of("variants/questions-district-portfolio-holder-table.txt", MINUTES, "Westvale"));
        // Minutes with the question families of session 10 (QuestionFamiliesTest): unnamed askers, two answerers, wrapped labels,
        // Scottish, Welsh, town and parish wordings, and question tables named by what people did.
        all.add(Arguments.of("variants/questions-metropolitan-council-members-questions-several-answerers.txt", MINUTES, "Brackenholme"));
        all.add(Arguments.of("variants/questions-borough-council-surnames-initials-attendance-office-brackets.txt", MINUTES, "Sowerbury"));
        all.add(Arguments.of("variants/questions-metropolitan-council-written-answers-table-surnames-full-names.txt", MINUTES, "Marsdenvale"));
        all.add(Arguments.of("variants/questions-county-scrutiny-officers-by-short-post-remit-in-brackets.txt", MINUTES, "Carrowdale"));
        all.add(Arguments.of("variants/questions-welsh-county-cabinet-web-page-county-councillor-surnames.html", MINUTES, "Nantyrhos"));
        all.add(Arguments.of("variants/questions-london-borough-public-questions-wrapped-header-further-response.txt", MINUTES, "Eastmere"));
        all.add(Arguments.of("variants/questions-scottish-council-minute-asked-the-convener-bailie.txt", MINUTES, "Strathfennan"));
        all.add(Arguments.of("variants/questions-welsh-county-council-questions-on-notice-county-councillor.txt", MINUTES, "Dyffryn Aled"));
        // A town and a parish council: the place their name gives.
        all.add(Arguments.of("variants/questions-town-council-public-participation-unnamed-and-q-a.txt", MINUTES, "Kelbrook"));
        all.add(Arguments.of("variants/questions-scottish-committee-officials-in-attendance-answered-by-post.txt", MINUTES, "Strathallan"));
        all.add(Arguments.of("variants/questions-town-council-in-attendance-clerk-brackets-public-questions.txt", MINUTES, "Ashbrook"));
        all.add(Arguments.of("variants/questions-metropolitan-scrutiny-officers-present-post-dash-name.txt", MINUTES, "Kellingford"));
        all.add(Arguments.of("variants/questions-parish-council-public-session-colon-speakers.txt", MINUTES, "Lower Aldmoor"));
        // Session 11 (QuestionAppositionTest): offices answering with their holder beside them, askers in a clause or by first name.
        all.add(Arguments.of("variants/questions-london-borough-cabinet-appositive-replies-clause-askers.txt", MINUTES, "Oakhanger"));
        all.add(Arguments.of("variants/questions-county-select-committee-numbered-public-questions-withdrawn.txt", MINUTES, "Pellingham"));
        all.add(Arguments.of("variants/questions-unitary-corporate-parenting-panel-young-people-first-names.txt", MINUTES, "Farrowdale"));
        all.add(Arguments.of("variants/questions-county-council-written-questions-tables-asker-responder.txt", MINUTES, "Westmarsh"));
        // Minutes in the layouts of attendance, answers and decisions without RESOLVED (AttendanceListsTest, AnswerAttributionTest,
        // PlainDecisionsTest, ResolutionStemTest read their records under every kind). The district panel's minutes are read as
        // minutes by their title in capitals over its "Held on …" line, the two lines taken as one.
        all.add(Arguments.of("variants/minutes-borough-health-board-present-wrapped-board-noted.txt", MINUTES, "Fenwick"));
        // Two-column attendance with plural civic titles, and a venue line under the date with the Deputy Mayor present (CivicLayoutsTest).
        all.add(Arguments.of("variants/minutes-ni-borough-two-column-labels-aldermen-noted.txt", MINUTES, "Glenarden and Rathmoyle"));
        all.add(Arguments.of("variants/minutes-london-borough-council-venue-line-deputy-mayor-noted.txt", MINUTES, "Thameswick"));
        all.add(Arguments.of("variants/minutes-district-panel-councillors-present-heading-panel-agreed.txt", MINUTES, "Harrowby"));
        all.add(Arguments.of("variants/minutes-city-police-crime-panel-panel-members-present-one-a-line.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-borough-schools-forum-grouped-constituency-members.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-county-schools-funding-forum-dash-groups-blank-line.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-health-wellbeing-board-place-in-title.txt", MINUTES, null));
        all.add(Arguments.of("variants/cover-city-label-value-lines-run-together.txt", REPORT, "Pellingford"));
        all.add(Arguments.of("variants/minutes-county-committee-decision-labels-cabinet-approved.txt", MINUTES, "Wealdham"));
        all.add(Arguments.of("variants/minutes-unitary-panel-resolved-stem-lettered-layouts.txt", MINUTES, "Marlow Vale"));
        all.add(Arguments.of("variants/minutes-borough-scrutiny-bare-that-stem-numbered-clauses.txt", MINUTES, "Brinscombe"));
        all.add(Arguments.of("variants/questions-city-scrutiny-name-role-responded-chair-advised.txt", MINUTES, "Castlebridge"));
        all.add(Arguments.of("variants/questions-county-council-header-to-cabinet-member-supplementary-replied.txt", MINUTES, "Fenmarsh"));
        all.add(Arguments.of("variants/questions-borough-cabinet-question-in-discussion-head-of-service-said.txt", MINUTES, "Harrowvale"));
        all.add(Arguments.of("variants/questions-borough-council-response-name-line.txt", MINUTES, "Oakhurst"));
        all.add(Arguments.of("variants/questions-district-two-column-question-answer-table.txt", MINUTES, "Lowmarsh"));
        all.add(Arguments.of("variants/questions-city-council-members-question-time-supplementaries.txt", MINUTES, "Severnbridge"));
        // Meetings, decisions and public question time in more councils' layouts (MeetingLayoutVariantsTest, MotionDecisionsTest,
        // PublicQuestionTimeTest read their records under every kind). The licensing committee's title in capitals over a "Held at …"
        // line is read as minutes, the title's two lines taken as one. A town council names its place as any council does.
        all.add(Arguments.of("variants/minutes-borough-licensing-held-at-moved-seconded-carried.txt", MINUTES, "Fenwold"));
        // Minutes that open "At a meeting of …" / "Proceedings of a meeting of …" with no "Minutes" word (session 12).
        all.add(Arguments.of("variants/minutes-at-a-meeting-of-panel-no-minutes-word.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-proceedings-of-a-meeting-of-council.txt", MINUTES, "Oxenholt"));
        all.add(Arguments.of("variants/minutes-town-commission-remote-teams-cllrs-present-agreed-numbered.txt", MINUTES, "Kestrelford"));
        all.add(Arguments.of("variants/minutes-ni-district-committee-proposed-seconded-agreed-lines.txt", MINUTES, "Loughmore and Brackan"));
        all.add(Arguments.of("variants/questions-county-council-public-question-time-submitted-by-supplementary.txt", MINUTES, "Ashcombe"));
        all.add(Arguments.of("variants/questions-borough-council-public-question-time-table-reply.txt", MINUTES, "Wendlebury"));
        all.add(Arguments.of("variants/minutes-unitary-scrutiny-venue-line-under-held-on.txt", MINUTES, "Westmarsh"));
        all.add(Arguments.of("variants/minutes-district-overview-held-on-venue-run-on.txt", MINUTES, "Tarnby"));
        // Minutes of town, parish, community and Scottish councils, a members table, a "Minutes – date" title (CouncilMinutesVariantsTest):
        // a town, parish or community council names its place.
        all.add(Arguments.of("variants/minutes-town-council-capitals-title-held-at-line-mayor-in-chair.txt", MINUTES, "Branscombe Regis"));
        all.add(Arguments.of("variants/minutes-parish-council-capitals-title-held-on-line-present-councillors.txt", MINUTES, "Little Hadlow"));
        all.add(Arguments.of("variants/minutes-scottish-sederunt-attending-convener-depute.txt", MINUTES, "Glencairnie"));
        // Joint bodies print no council's name as theirs (the constituent councils head groups of members): null.
        all.add(Arguments.of("variants/minutes-fire-authority-present-grouped-by-constituent-council-officers-post-first.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-police-crime-panel-councillors-by-council-colon-lines-independent-members.txt", MINUTES, null));
        all.add(Arguments.of("variants/minutes-scottish-sederunt-religious-representatives-also-present-in-attendance.txt", MINUTES, "Glenmorven"));
        all.add(Arguments.of("variants/minutes-scottish-present-mr-mrs-religious-representatives-non-members-in-attendance-lines.txt", MINUTES, "Strathlonan"));
        all.add(Arguments.of("variants/minutes-welsh-town-council-town-mayor-in-the-chair-cllrs.txt", MINUTES, "Pencraig"));
        all.add(Arguments.of("variants/minutes-welsh-community-council-hybrid-employees-present.txt", MINUTES, "Pant-y-Celyn"));
        all.add(Arguments.of("variants/minutes-metropolitan-members-present-table-officers-post-first.txt", MINUTES, "Hallowfield"));
        all.add(Arguments.of("variants/minutes-district-prose-venue-time-apologies-sentence-one-a-line.txt", MINUTES, "Eastwold"));
        all.add(Arguments.of("variants/minutes-county-present-two-columns-layout-in-attendance-posts.txt", MINUTES, "Northmarsh"));
        all.add(Arguments.of("variants/minutes-county-scrutiny-present-one-a-line-offices-with-commas-co-opted-youth.txt", MINUTES, "Corvedale"));
        all.add(Arguments.of("variants/minutes-borough-parenting-board-unpunctuated-labels-young-people-dash-officers.txt", MINUTES, "Wyvernham"));
        all.add(Arguments.of("variants/minutes-city-parenting-panel-labels-own-lines-co-optees-youth-council.txt", MINUTES, "Pelsworth"));
        // Web pages: the council in the <title> alone, or in the banner; the menus and breadcrumb around the minutes.
        all.add(Arguments.of("variants/minutes-district-overview-web-page-moderngov-nav-breadcrumb.html", MINUTES, "Kelmarsh"));
        all.add(Arguments.of("variants/minutes-borough-licensing-web-page-cmis-menu-footer.html", MINUTES, "Lenbridge"));
        all.add(Arguments.of("variants/minutes-moderngov-agenda-and-minutes-item-table.html", MINUTES, "Ashbourne Vale"));
        all.add(Arguments.of("variants/minutes-web-page-item-divs-number-span.html", MINUTES, "Threlkeld"));
        all.add(Arguments.of("variants/cover-borough-meeting-date-no-committee-report-author.txt", OTHER, "Wexley"));
        all.add(Arguments.of("variants/decision-notice-county-labelled-agenda-item-lettered.txt", MINUTES, "Eastshire"));
        all.add(Arguments.of("variants/decision-notice-metropolitan-decision-no-subject-numbered.txt", MINUTES, "Brackenfield"));
        all.add(Arguments.of("variants/decision-notice-unitary-label-table-several-decisions.txt", MINUTES, "Wexcombe"));
        // The paper's own council, not the councils its text discusses (statistical neighbours, a partner council at the
        // meeting, the other council of a joint committee); null where the paper carries no council's mark at all.
        all.add(Arguments.of("variants/council-identity-report-benchmarking-statistical-neighbours.txt", REPORT, "Ravensholt"));
        all.add(Arguments.of("variants/council-identity-minutes-naming-partner-council.txt", MINUTES, "Brackenford"));
        // Both councils head the agenda; the host's e-mail address settles it.
        all.add(Arguments.of("variants/council-identity-joint-committee-hosted-by-one-council.txt", AGENDA, "Amberleigh"));
        // Its only mark is "democratic.services@lowbrook-dc.gov.uk" at the foot of each page; the text names two other councils.
        all.add(Arguments.of("variants/council-identity-footer-email-only.txt", REPORT, "Lowbrook"));
        all.add(Arguments.of("variants/council-identity-no-council-named.txt", OTHER, null));
        // Only a web address marks the publisher: its place as the paper spells it in its text, or as the address spells it.
        all.add(Arguments.of("variants/council-identity-web-address-footer-name-in-body.txt", REPORT, "East Marsh"));
        all.add(Arguments.of("variants/council-identity-web-address-only-domain-name.txt", OTHER, "Upperdale"));
        // Decision notices in their several forms record what was decided: MINUTES. So does a record of questions and answers.
        all.add(Arguments.of("variants/classify-decision-notice-record-of-decisions.txt", MINUTES, "Thornvale"));
        all.add(Arguments.of("variants/classify-decisions-taken-executive.txt", MINUTES, "Corvale"));
        all.add(Arguments.of("variants/classify-proposed-record-of-decision.txt", MINUTES, "Upper Wendle"));
        // Proposed decisions titled otherwise ("PROPOSED KEY DECISION", "DRAFT DECISION NOTICE", "Proposed Cabinet Member
        // Decision") are no record of a decision and no report: OTHER. Their records come from their own evidence, whatever the kind.
        all.add(Arguments.of("variants/proposal-county-proposed-key-decision-cabinet-recommended.txt", OTHER, "Northmoor"));
        all.add(Arguments.of("variants/proposal-district-draft-decision-notice-one-sentence.txt", OTHER, "Ashcombe"));
        all.add(Arguments.of("variants/proposal-london-cabinet-member-proposed-decision-lettered.txt", OTHER, "Keston"));
        // A memo cover that names no council: its people's addresses are example.gov.uk.
        all.add(Arguments.of("variants/cover-shire-from-two-people-call-in-question.txt", REPORT, null));
        all.add(Arguments.of("variants/classify-questions-to-cabinet-members-answers.txt", MINUTES, "Lathbury"));
        // Minutes under the council's name with "MINUTES" alone, "Attendance" and "AGREED" lines: not an agenda for its
        // "Apologies for absence" and "Declarations of interest" items.
        all.add(Arguments.of("variants/classify-minutes-attendance-heading-no-present-line.txt", MINUTES, "Northaven"));
        all.add(Arguments.of("variants/minutes-scottish-committee-officials-post-and-service-bracketed.txt", MINUTES, "Glenmurran"));
        all.add(Arguments.of("variants/minutes-district-panel-in-attendance-nested-brackets.txt", MINUTES, "Invercoull"));
        all.add(Arguments.of("variants/judgements-scottish-committee-minute-care-inspectorate-evaluated.txt", MINUTES, "Strathornie"));
        all.add(Arguments.of("variants/judgements-welsh-cabinet-minute-estyn-ciw-judged.txt", MINUTES, "Cwmrhydd"));
        all.add(Arguments.of("variants/judgements-police-panel-minute-inspectorate-named-before.txt", MINUTES, null));
        all.add(Arguments.of("variants/judgements-police-panel-minute-hmicfrs-graded-areas.txt", MINUTES, "Westholm"));
        all.add(Arguments.of("variants/judgements-welsh-scrutiny-minute-estyn-performance-prospects.txt", MINUTES, "Glannant"));
        // Committee reports without an "ITEM" line: ModernGov's "Agenda Item 9" stamp, a "From: / To: / Subject:" cover
        // (council only in the author's e-mail address), a bare "Report of the Director" with "Purpose of report".
        all.add(Arguments.of("variants/classify-moderngov-agenda-item-report-no-item-line.txt", REPORT, "Ellerby"));
        all.add(Arguments.of("variants/classify-report-from-to-subject-cover.txt", REPORT, "Hartwell"));
        all.add(Arguments.of("variants/classify-report-purpose-recommendations-no-cover-labels.txt", REPORT, "Stowmarsh"));
        all.add(Arguments.of("variants/minutes-county-scrutiny-coded-year-first-refs-numbered-that.txt", MINUTES, "Brackenmoor"));
        all.add(Arguments.of("variants/minutes-city-health-board-coded-space-refs-lettered-that.txt", MINUTES, "Halworth"));
        all.add(Arguments.of("variants/minutes-ni-district-letters-space-number-year-refs.txt", MINUTES, "Drumgarvan and Loughside"));
        all.add(Arguments.of("variants/minutes-ni-borough-hanging-indent-refs-agreed-clauses.txt", MINUTES, "Killycarn"));
        all.add(Arguments.of("variants/minutes-town-council-hanging-indent-year-first-refs.txt", MINUTES, "Ashbridge on Teme"));
        all.add(Arguments.of("variants/minutes-welsh-county-scrutiny-namely-that-clauses.txt", MINUTES, "Tregaron"));
        all.add(Arguments.of("variants/officer-decision-record-aligned-fields-subject.txt", OTHER, "Brynmawr Vale"));
        all.add(Arguments.of("variants/minutes-corporate-parenting-board-young-peoples-questions.txt", MINUTES, "Wendlecombe"));
        all.add(Arguments.of("variants/minutes-metropolitan-cabinet-dotted-refs-and-executive-refs.txt", MINUTES, "Wrexley"));
        all.add(Arguments.of("variants/minutes-district-executive-four-figure-year-refs.txt", MINUTES, "Marlow Vale"));
        all.add(Arguments.of("variants/officer-decision-record-labelled-fields-decision-taken-lettered.txt", MINUTES, "Thornbury Vale"));
        all.add(Arguments.of("variants/officer-delegated-decision-subject-heading-decision-label.txt", MINUTES, "Glenholm"));
        all.add(Arguments.of("variants/officer-decision-record-label-table-decision-title.txt", MINUTES, "Ashcombe"));
        all.add(Arguments.of("variants/officer-decision-notice-heading-names-decision.txt", OTHER, "Kelderby"));
        // A ModernGov page of one cabinet member's decision prints no council's name; an officer's record is listed as its
        // neighbours above are; a "Public Document Pack" front sheet over a report's cover is a pack.
        all.add(Arguments.of("variants/decision-details-moderngov-cabinet-member-page-text.txt", OTHER, null));
        all.add(Arguments.of("variants/decision-record-officer-pdftotext-layout-labels-run-on.txt", MINUTES, "Ormsgill"));
        all.add(Arguments.of("variants/pack-pdftotext-front-sheet-membership-then-agenda-item-cover.txt", AGENDA, "Staveley Moor"));
        return all.stream();
    }

    /**
     * Papers listed with the kind and council a reader gives them, that the classifier does not yet give: a bilingual Welsh
     * letterhead read as the council's name (its kind, MINUTES, is read; the council, "Cyngor Bwrdeistref Sirol Penrhos
     * Penrhos", is the Welsh and English lines joined, which is PaperCouncil's to read); a paper of members' questions and replies taken for
     * minutes. Listed, not asserted, until then. (Supplements to an agenda and covering letters of late papers, once taken for
     * reports, are read as packs since a list of late items counts as a pack's front: asserted above.)
     */
    private static final Set<String> NOT_YET_READ = Set.of(
            "variants/welsh-county-borough-executive-board-minutes-unanimously-resolved.txt",
            "variants/questions-county-cabinet-members-questions-numbered-to.txt",
            // A combined authority gives no council (PaperCouncil's to read); a decision page is taken for OTHER.
            "variants/resolutions-combined-authority-unanimous-decided-cabinet-member.txt",
            "variants/resolutions-decision-page-reasons-alternatives-wards.txt",
            // A pdftotext pack whose front sheet is one page over a report's cover: taken for the report (REPORT).
            "variants/pack-pdftotext-front-sheet-membership-then-agenda-item-cover.txt");

    // Text papers read in milliseconds; the PDF and Word forms (seconds each) are checked by DocumentClassifierIT.
    static Stream<Arguments> papers() {
        return allPapers().filter(a -> ((String) a.get()[0]).endsWith(".txt") && !blind((String) a.get()[0])
                && !NOT_YET_READ.contains((String) a.get()[0]));
    }

    /** The papers of the blind sets: listed in the table, never asserted (a wrong kind there is measured, not tuned away). */
    static boolean blind(String paper) {
        return paper.startsWith("heldout/") || paper.startsWith("heldout2/") || paper.startsWith("heldout3/")
                || paper.startsWith("heldout4/") || paper.startsWith("heldout5/") || paper.startsWith("heldout6/")
                || paper.startsWith("heldout7/") || paper.startsWith("heldout8/") || paper.startsWith("heldout9/")
                || paper.startsWith("real/kent/cabinet-2025-01-30/");
    }

    @ParameterizedTest
    @MethodSource("papers")
    void everyPaperIsClassifiedAsItsOpeningSays(String paper, DocumentKind kind, String council) {
        DocumentInfo info = describe(paper);
        assertEquals(kind, info.kind(), paper);
        assertEquals(council, info.council(), paper);
    }

    @Test
    void theTableCoversEveryPaper() throws IOException {
        Set<String> listed = new java.util.TreeSet<>();
        allPapers().forEach(a -> listed.add((String) a.get()[0]));
        Path root = TestPapers.root().resolve("papers");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> papers = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("formats/") && p.matches(".*\\.(?:txt|pdf|docx)$")).sorted().toList();
            for (String p : papers) {
                assertTrue(listed.contains(p), "no expected kind and council for " + p);
            }
        }
    }

    @Test
    void samplesAreDatedByTheirMeetingOrInspection() throws IOException {
        assertEquals("2020-07-07", String.valueOf(PAPERS.extract(TestPapers.path("thurrock-2020-07-07-development-plan-report.txt"))
                .document().date()));
        assertEquals("2021-10-12", String.valueOf(describe("thurrock-2021-10-12-cs-scrutiny-agenda-pack.txt").date()));
        assertEquals("2019-11-22", String.valueOf(describe("thurrock-2019-ofsted-ilacs-report.txt").date()));
        assertEquals("2017-04-28", String.valueOf(describe("thurrock-2017-04-improvement-plan.txt").date()));
    }

    // Inline variants of each council rule, one small paper each.

    @Test
    void aCouncilPrintedInCapitalsIsNamed() {
        assertEquals("Barsetshire", textPaper("BARSETSHIRE COUNTY COUNCIL\n\nCABINET\n\nMINUTES of a meeting of the Cabinet held on "
                + "Thursday, 6 February 2025.\n\nPRESENT: Mr A Hardy (Chairman)").council());
    }

    @Test
    void prefixedCouncilsKeepTheirWholeName() {
        assertEquals("Isles of Scilly", textPaper("Council of the Isles of Scilly\n\nFull Council\n\nAgenda").council());
        assertEquals("Kingston upon Thames", textPaper("Royal Borough of Kingston upon Thames\n\nCabinet\n\nAgenda").council());
    }

    @Test
    void fullCouncilIsAMeetingNotAPlace() {
        DocumentInfo info = textPaper("AGENDA\n\nCABINET\n\nThursday, 13th March, 2025, at 3.00 pm\n\n"
                + "(or on the rising of Full Council, whichever is the later)\n\n1. Apologies");
        assertEquals(null, info.council());
    }

    @Test
    void aNameInOneCellAndCouncilInTheNextNameNoCouncil() {
        DocumentInfo info = textPaper("Cabinet Forward Plan\n\n| Item | Report author | Source |\n|---|---|---|\n"
                + "| Climate Action Plan | Kiran Lal | Council motion |\n| Housing Policy | Mona Nash | Scrutiny |\n");
        assertEquals(null, info.council());
    }

    @Test
    void aYouthCouncilOrACabinetMemberNamesNoCouncil() {
        assertEquals(null, textPaper("Annual report of the Youth Council\n\nReport of: Cllr Jane Doe, Cabinet Member for "
                + "Children and Council Services\n\nThe Youth Council met six times.").council());
        assertEquals("Northshire", textPaper("Annual report of the Youth Council\n\nReport of: Cllr Jane Doe, Cabinet Member "
                + "for Children, Northshire County Council").council());
    }

    @Test
    void anInspectionTitleWinsOverOtherCouncilsInTheText() {
        DocumentInfo info = textPaper("Inspection of Eastmoor local authority children's services\n\n"
                + "Inspection dates: 11 to 22 May 2026\n\nLead inspector: A Person, His Majesty's Inspector\n\n"
                + "Services are delivered by a trust, which also serves Westmoor County Council.");
        assertEquals(DocumentKind.INSPECTION_REPORT, info.kind());
        assertEquals("Eastmoor", info.council());
    }

    @Test
    void anInspectionReportHeadedByAPlaceAloneIsThatPlaces() {
        DocumentInfo info = textPaper("Eastmoor\n\nInspection of children's social care services\n\n"
                + "Inspection dates: 23 April 2018 to 04 May 2018\n\nLead inspector: A Person\n\nHer Majesty's Inspector");
        assertEquals("Eastmoor", info.council());
    }

    @Test
    void aPlaceServedNamesTheCouncilOnlyWhenNoOtherPlaceRivalsIt() {
        assertEquals("Eastmoor", textPaper("Improvement Plan\n\nServices to children, young people and families in Eastmoor "
                + "require improvement. Eastmoor's most vulnerable children are safe.").council());
        assertEquals(null, textPaper("Improvement Plan\n\nWe compared children in Eastmoor with children in Westmoor.").council());
        assertEquals(null, textPaper("Improvement Plan\n\nOutcomes for children in England improved in March.").council(),
                "a country and a month are not a council's area");
        assertEquals(null, textPaper("Improvement Plan\n\nThe Children in Care Council met.").council());
    }

    @Test
    void inspectorsLettersOfEveryKindAreLetters() {
        DocumentInfo info = textPaper("12 July 2019\n\nMs Jane Director, Director of Children's Services, Eastmoor Council\n\n"
                + "Dear Ms Director\n\n## Joint targeted area inspection of the multi-agency response in Eastmoor\n\n"
                + "Between 3 June and 7 June 2019, Ofsted, the Care Quality Commission and HMI Probation inspected.");
        assertEquals(DocumentKind.INSPECTION_LETTER, info.kind());
        assertEquals("Eastmoor", info.council());
        assertEquals(DocumentKind.OTHER, textPaper("Dear resident\n\nThe council will visit your street to collect "
                + "garden waste.").kind(), "a letter about a visit from no inspectorate");
    }

    static DocumentInfo describe(String paper) {
        return DESCRIBED.computeIfAbsent(paper, p -> {
            try {
                return describe(Source.of(Files.readAllBytes(TestPapers.path(p)), Path.of(p).getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aReportCoverNamingItsMeetingAndDateMakesAReport() {
        DocumentInfo info = textPaper("# Eastshire County Council\n\n## Cabinet, 9 September 2021\n\n"
                + "## Children's Services Improvement: annual report\n\n### 1. Background\n\n1.1 Services improved.");
        assertEquals(DocumentKind.REPORT, info.kind());
        assertEquals("Children's Services Improvement: annual report", info.title(), "the meeting line is not the title");
        info = textPaper("# Eastshire County Council\n\n## Scrutiny Committee – 14 March 2012\n\n"
                + "## Report of the Director of Children's Services\n\n### Fostering: how we compare\n\n1. The table shows.");
        assertEquals(DocumentKind.REPORT, info.kind());
        assertEquals("Fostering: how we compare", info.title());
    }

    @Test
    void aReportWhoseOnlyCoverIsATableIsAReportTitledByIt() {
        DocumentInfo info = textPaper("Northbrook District Council\n\n| Report title | Play areas review |\n|---|---|\n"
                + "| Report by | Head of Leisure |\n| Wards affected | All |\n| Key decision | No |\n\n1. Background\n\n"
                + "1.1 The play areas were inspected.");
        assertEquals(DocumentKind.REPORT, info.kind());
        assertEquals("Play areas review", info.title(), "the council printed over the cover is not the title");
        assertEquals(DocumentKind.OTHER, textPaper("Northbrook District Council\n\n| Meeting | Cabinet |\n|---|---|\n"
                + "| Date | 12 June 2024 |\n| Venue | Council Chamber |\n\nNotes of an informal visit").kind(),
                "a meeting's date and venue in a table is no report's cover");
    }

    @Test
    void aShortAgendaBeforeAReportsCoverTableIsStillAPack() {
        assertEquals(DocumentKind.AGENDA_PACK, textPaper("Northbrook District Council\n\nCabinet\n\nAgenda\n\n"
                + "1. Apologies for absence\n\n2. Minutes of the last meeting\n\n3. Play areas review\n\n"
                + "| Report title | Play areas review |\n|---|---|\n| Agenda item | 3 |\n| Report by | Head of Leisure |\n"
                + "| Wards affected | All |\n| Key decision | No |\n\n1. Background\n\n1.1 The play areas were inspected.").kind());
    }

    @Test
    void aTableWhoseStatusColumnSaysOnTrackOrAtRiskIsAPlan() {
        String table = "| No. | What we will do | Who | When | Progress |\n|---|---|---|---|---|\n"
                + "| 1 | Recruit managers | Head of Service | May 2025 | On track |\n"
                + "| 2 | Audit supervision | Principal Social Worker | Quarterly | At risk |\n"
                + "| 3 | Cut caseloads | Head of Service | March 2025 | Off track |\n"
                + "| 4 | New pathway plans | Service Manager | June 2024 | Complete |\n";
        assertEquals(DocumentKind.ACTION_PLAN, textPaper("Progress tracker\n\n" + table).kind());
        // Two status words make a key or a summary, not a plan's column.
        assertEquals(DocumentKind.OTHER, textPaper("Progress tracker\n\n| Area | Progress | Note |\n|---|---|---|\n"
                + "| Recruitment | On track | Four posts |\n| Caseloads | Off track | 23 a worker |\n| Total | 2 areas | - |\n").kind());
        assertEquals(DocumentKind.MINUTES, textPaper("Minutes of the meeting of the Cabinet\n\nPresent: Councillors A Ash and B Birch\n\n"
                + "The Director said that most actions were on track, two were at risk, one was off track and four were complete.")
                .kind());
    }

    @Test
    void minutesAndPacksNamingTheirMeetingStayWhatTheyAre() {
        assertEquals(DocumentKind.MINUTES, textPaper("Eastshire County Council\n\nCabinet, 9 September 2021\n\n"
                + "Minutes of the meeting of the Cabinet\n\nPresent: Councillors A Ash (Chair) and B Birch\n\n"
                + "Apologies: Councillor C Cedar").kind());
        assertEquals(DocumentKind.OTHER, textPaper("Eastshire County Council\n\nCabinet, 9 September 2021\n\n"
                + "Notes of an informal visit").kind(), "a meeting line alone is not enough");
        DocumentInfo licensing = textPaper("Westshire Borough Council\n\nMinutes of a meeting of the Licensing Committee "
                + "held on 4 May 2023 at 10.00 am\n\nPRESENT: Councillors D Elm and F Fir\n\n## 12. Taxi fares\n\nThe Committee noted the report.");
        assertEquals(DocumentKind.MINUTES, licensing.kind());
        assertEquals("Minutes of a meeting of the Licensing Committee", licensing.title(), "not the first minute's heading");
        assertEquals(DocumentKind.AGENDA_PACK, textPaper("Westshire Borough Council\n\nLicensing Committee\n\nAgenda\n\n"
                + "1. Apologies for absence 1 - 2\n\n2. Minutes of the previous meeting held on 4 May 2023 3 - 8\n\n"
                + "3. Declarations of interest 9 - 10\n\n4. Taxi licensing policy 11 - 30").kind(),
                "an agenda listing the last meeting's minutes stays a pack");
    }

    @Test
    void decisionRecordsAndReportCoversAreTitledByWhatTheyAre() {
        assertEquals("Record of Decisions", describe("variants/classify-decision-notice-record-of-decisions.txt").title(),
                "not the council's name printed over it");
        assertEquals("Questions to Cabinet Members and answers given",
                describe("variants/classify-questions-to-cabinet-members-answers.txt").title());
        assertEquals("Treasury management strategy 2025/26", describe("variants/classify-report-from-to-subject-cover.txt").title(),
                "a memo cover's Subject line, not its From line");
        assertEquals("Waste collection round changes",
                describe("variants/classify-report-purpose-recommendations-no-cover-labels.txt").title(), "not its author line");
        assertEquals("Temporary accommodation: spending and numbers", describe("variants/council-identity-footer-email-only.txt")
                .title(), "not the meeting's date line");
    }

    @Test
    void aPaperNamingOtherCouncilsInItsTextKeepsItsOwn() {
        DocumentInfo info = textPaper("Westshire Borough Council\n\nMinutes of a meeting of the Cabinet held on 4 May 2023\n\n"
                + "Present: Councillors D Elm and F Fir\n\n12. Joint working\n\nEastshire County Council's cabinet had agreed "
                + "the joint plan, and Eastshire County Council would host the team.\n\nRESOLVED that the plan be agreed.");
        assertEquals(DocumentKind.MINUTES, info.kind());
        assertEquals("Westshire", info.council());
        assertEquals(null, textPaper("Briefing note\n\nThe partnership's funders, Eastshire County Council and Westshire Borough "
                + "Council, met in March. Eastshire County Council agreed to fund a further year.").council(),
                "a council named only in prose is no publisher");
        assertEquals("Northbrook", textPaper("Briefing note\n\nThe partnership's funders, Eastshire County Council and Westshire "
                + "Borough Council, met in March.\n\nContact: partnerships@northbrook.gov.uk").council(),
                "the paper's address names its publisher");
    }

    @Test
    void decisionNoticesAreMinutesAndAReportAskingForADecisionIsNot() {
        assertEquals(DocumentKind.MINUTES, textPaper("Eastshire County Council\n\nDecision notice\n\nCabinet, 9 September 2021\n\n"
                + "Decision: That the bus strategy be adopted.\n\nReasons for decision: The strategy is due.").kind());
        assertEquals(DocumentKind.REPORT, textPaper("Eastshire County Council\n\nCabinet, 9 September 2021\n\n"
                + "Bus strategy\n\nReport of the Director of Transport\n\nPurpose of report\n\nTo seek a decision on the bus "
                + "strategy.\n\nRecommendations\n\nThat Cabinet adopts the strategy.").kind());
    }

    private static DocumentInfo textPaper(String text) {
        return describe(Source.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inline.txt"));
    }

    private static DocumentInfo describe(Source source) {
        try {
            LayoutDocument layout = Readers.standard().forType(source.mediaType()).orElseThrow()
                    .read(source, new Warnings());
            return CLASSIFIER.describe(source, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
