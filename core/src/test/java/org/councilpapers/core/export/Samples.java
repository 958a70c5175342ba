package org.councilpapers.core.export;

import java.util.List;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.StatusEntry;

/** Records built in code for the export tests, each showing one thing a flat export must carry. */
final class Samples {
    private Samples() {}

    static DocumentInfo ofstedReport() {
        return new DocumentInfo("abc123", "ofsted-2019.txt", "text/plain", DocumentKind.INSPECTION_REPORT,
                "Inspection of children's social care services", "Thurrock", PartialDate.ofMonth(2019, 11), 20);
    }

    static DocumentInfo undatedPaper() {
        return new DocumentInfo("def456", "plan.txt", "text/plain", DocumentKind.ACTION_PLAN, null, null, null, 1);
    }

    static Judgement overallGood() {
        return new Judgement("j1", "Thurrock", "Ofsted", "ILACS", PartialDate.of(2019, 10, 14), PartialDate.of(2019, 10, 25),
                2019, null, "Overall effectiveness", Grade.GOOD, "Good", JudgementBasis.TABLE,
                new Provenance(3, "3", 100, 140, null), Mentions.NONE, List.of());
    }

    static Meeting scrutinyMeeting() {
        return new Meeting("m1", "Thurrock Council", "Children's Services Overview and Scrutiny Committee",
                PartialDate.of(2021, 10, 12), "7.00 pm", "Committee Room 1",
                List.of(new Person("Cllr Jane Smith", "Chair"), new Person("Cllr Raj Patel", null)),
                List.of(), List.of("Cllr Jane Smith", "Cllr Raj Patel"), List.of("Cllr Lee Wong"),
                List.of(new Person("Ann Brown", "Director of Children's Services")), null, null,
                new Provenance(1, null, 0, 500, new Box(72f, 90.5f, 523f, 700f)), Mentions.NONE);
    }

    static Action actionWithHistory() {
        return new Action("a1", "1.2", "R1", "Audit, review and \"refresh\" plans,\nthen report", "Head of Service",
                "March 2020", PartialDate.ofMonth(2020, 3), RagStatus.RED,
                List.of(new StatusEntry("Oct 2019", RagStatus.GREEN), new StatusEntry("Jan 2020", RagStatus.AMBER),
                        new StatusEntry("Apr 2020", null)),
                null, null, null, "t1", null, new Provenance(2, "2", 10, 90, null), Mentions.NONE);
    }

    static Finding returnInterviews() {
        return new Finding("f1", FindingKind.IMPROVEMENT, "The quality of return home interviews", "Thurrock",
                "Ofsted ILACS", PartialDate.ofMonth(2019, 11), new Provenance(2, "2", 300, 340, null), Mentions.NONE);
    }
}
