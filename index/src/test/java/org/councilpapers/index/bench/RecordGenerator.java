package org.councilpapers.index.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.councilpapers.core.DocumentInfo;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.Warning;
import org.councilpapers.core.WarningCode;
import org.councilpapers.core.record.Action;
import org.councilpapers.core.record.AgendaItem;
import org.councilpapers.core.record.Finding;
import org.councilpapers.core.record.FindingKind;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.Judgement;
import org.councilpapers.core.record.JudgementBasis;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PageRange;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.RagStatus;
import org.councilpapers.core.record.Recommendation;
import org.councilpapers.core.record.RecommendationOrigin;
import org.councilpapers.core.record.Report;
import org.councilpapers.core.record.Resolution;
import org.councilpapers.core.record.ResolutionOutcome;

/**
 * Makes realistic papers for load and crash tests: inspection reports (judgements, findings,
 * recommendations), action plans (actions with RAG statuses and due dates), minutes (a meeting,
 * agenda items, resolutions) and committee reports, from 400 authorities over 2009–2026.
 *
 * <p>Text is drawn from a vocabulary with a Zipf-like spread, as real text has: function words
 * and the words of children's services are common (and some are stop words), and a long tail of
 * made-up rarer words gives the index a realistic number of distinct terms.
 *
 * <p>Deterministic: paper {@code n} of a seed is always the same, whichever order papers are made
 * in and on whichever thread, so a crash test can check an index against {@link #paper(int)}.
 */
public final class RecordGenerator {
    public static final int AUTHORITIES = 400;
    public static final int FIRST_YEAR = 2009;
    public static final int LAST_YEAR = 2026;

    private static final String[] COMMON = ("the of and to in a for that is are be with on by as at this from or it have not "
            + "has was were which will been their they all more than should also there when can who would its an into other "
            + "children young people services service social care families family child support plan plans action actions "
            + "improve improvement improvements quality practice staff workforce managers leaders leadership partners "
            + "partnership council committee report reports review reviews inspection inspectors ofsted effective effectiveness "
            + "outcomes needs risk risks harm safeguarding protection help early assessment assessments timely timeliness "
            + "missing return home interview interviews looked after leavers foster fostering carers placement placements "
            + "adoption education health school schools mental wellbeing police court court proceedings plans audit audits "
            + "performance data information progress targets budget financial spending recruitment retention agency social "
            + "workers caseloads supervision management oversight decision decisions visits visit contact contacts referrals "
            + "front door threshold thresholds multi agency strategy meetings child protection conferences disabilities "
            + "special educational needs youth justice offending exploitation criminal sexual neglect domestic abuse "
            + "homelessness housing accommodation independent living pathway personal advisers corporate parenting panel "
            + "members scrutiny overview cabinet portfolio holder director assistant head strategic operational consistent "
            + "consistently inconsistent variable strong weak good outstanding inadequate requires better stronger sustained "
            + "improving improved declining delay delays drift purposeful voice views wishes feelings experiences").split(" ");

    private static final String[] SYLLABLES = {"ba", "ber", "bro", "ca", "car", "ches", "dal", "den", "don", "el", "fen", "ford",
        "gate", "ham", "har", "hurst", "ing", "ken", "lan", "ley", "low", "mar", "mere", "mor", "nor", "ock", "pen", "ri", "ro",
        "sal", "sand", "sex", "shire", "ster", "ston", "sur", "tam", "ter", "thur", "ton", "vale", "wal", "well", "wick", "win",
        "worth", "yar"};

    private static final String[] AREAS = {"Overall effectiveness", "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection", "The experiences and progress of children in care and care leavers",
        "Leadership, management and governance", "Adoption performance", "Experiences and progress of care leavers",
        "Children who need help and protection", "Children looked after and achieving permanence", "Local Safeguarding Children Board"};

    private static final String[] FRAMEWORKS = {"ILACS", "SIF", "Safeguarding and looked after children", "JTAI", "Focused visit"};

    private static final int VOCABULARY = 8000;

    private final long seed;
    private final String[] words;
    private final double[] cumulative;
    private final String[] authorities;

    public RecordGenerator(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        words = new String[VOCABULARY];
        System.arraycopy(COMMON, 0, words, 0, COMMON.length);
        for (int i = COMMON.length; i < VOCABULARY; i++) {
            words[i] = madeUpWord(r, 2 + r.nextInt(3));
        }
        cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / Math.pow(i + 2, 0.95);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
        authorities = new String[AUTHORITIES];
        for (int i = 0; i < AUTHORITIES; i++) {
            String name = madeUpWord(r, 2 + r.nextInt(2));
            authorities[i] = Character.toUpperCase(name.charAt(0)) + name.substring(1) + (i % 3 == 0 ? "shire" : "");
        }
    }

    /** The authority names, so benchmarks can filter on real ones. */
    public List<String> authorities() {
        return List.of(authorities);
    }

    /** A word as the generator would draw it, for benchmark queries. */
    public String word(SplittableRandom r) {
        int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
        return words[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }

    /** Paper {@code n}: the same for the same seed and n. */
    public Extraction paper(int n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        String authority = authorities[r.nextInt(AUTHORITIES)];
        int year = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        int month = 1 + r.nextInt(12);
        PartialDate date = PartialDate.of(year, month, 1 + r.nextInt(28));
        int kind = r.nextInt(100);
        DocumentKind dk = kind < 30 ? DocumentKind.INSPECTION_REPORT : kind < 60 ? DocumentKind.ACTION_PLAN : kind < 85
                ? DocumentKind.MINUTES : DocumentKind.REPORT;
        String source = authority.toLowerCase(Locale.ROOT) + "-" + date + "-" + dk.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "-" + n + ".pdf";
        String id = DocumentInfo.idOf((seed + "|" + n).getBytes(StandardCharsets.UTF_8));
        Records out = new Records(id, r);
        switch (dk) {
            case INSPECTION_REPORT -> inspection(out, r, authority, year, date);
            case ACTION_PLAN -> plan(out, r, year);
            case MINUTES -> minutes(out, r, authority, date);
            default -> report(out, r, date);
        }
        List<Warning> warnings = r.nextInt(10) == 0 ? List.of(new Warning(WarningCode.UNPARSED_DATE, "date 'Spring term' kept as printed", 1))
                : List.of();
        DocumentInfo info = new DocumentInfo(id, source, "application/pdf", dk, title(r), authority, date, Math.max(1, out.page));
        return new Extraction(info, out.list, warnings);
    }

    private void inspection(Records out, SplittableRandom r, String authority, int year, PartialDate date) {
        String framework = FRAMEWORKS[r.nextInt(FRAMEWORKS.length)];
        String printedAuthority = r.nextBoolean() ? authority : authority + " Council";
        int judgements = 4 + r.nextInt(4);
        for (int i = 0; i < judgements; i++) {
            Grade g = Grade.values()[r.nextInt(Grade.values().length)];
            out.add(new Judgement(out.id("judgement"), printedAuthority, "Ofsted", framework, date, date, year, null,
                    AREAS[(i + r.nextInt(3)) % AREAS.length], g, g.name().toLowerCase(Locale.ROOT).replace('_', ' '), JudgementBasis.TABLE,
                    out.provenance(), Mentions.NONE, List.of()));
        }
        int findings = 3 + r.nextInt(10);
        for (int i = 0; i < findings; i++) {
            FindingKind k = r.nextInt(3) == 0 ? FindingKind.STRENGTH : FindingKind.IMPROVEMENT;
            out.add(new Finding(out.id("finding"), k, sentence(r, 15, 45), printedAuthority, "Ofsted " + framework + " " + year,
                    PartialDate.ofMonth(date.year(), date.month()), out.provenance(), Mentions.NONE));
        }
        int recommendations = r.nextInt(6);
        for (int i = 0; i < recommendations; i++) {
            out.add(new Recommendation(out.id("recommendation"), Integer.toString(i + 1), sentence(r, 10, 30), RecommendationOrigin.INSPECTION,
                    null, null, out.provenance(), Mentions.NONE));
        }
    }

    private void plan(Records out, SplittableRandom r, int year) {
        int actions = 10 + r.nextInt(51);
        for (int i = 0; i < actions; i++) {
            RagStatus s = r.nextInt(8) == 0 ? null : RagStatus.values()[r.nextInt(RagStatus.values().length)];
            PartialDate due = r.nextInt(5) == 0 ? null : PartialDate.ofMonth(Math.min(LAST_YEAR, year + r.nextInt(2)), 1 + r.nextInt(12));
            out.add(new Action(out.id("action"), (1 + i / 5) + "." + (1 + i % 5), "R" + (1 + i / 5), sentence(r, 10, 40), "Head of Service",
                    due == null ? null : due.toString(), due, s, List.of(), r.nextBoolean() ? sentence(r, 5, 20) : null, null, null, null,
                    null, out.provenance(), Mentions.NONE));
        }
    }

    private void minutes(Records out, SplittableRandom r, String authority, PartialDate date) {
        out.add(new Meeting(out.id("meeting"), authority + " Council", "Children's Services Overview and Scrutiny Committee", date,
                "7.00 pm", "Council Chamber", List.of(new Person("Cllr " + madeUpName(r), "Chair"), new Person("Cllr " + madeUpName(r), null)),
                List.of(), List.of(), List.of(), List.of(), null, null, out.provenance(), Mentions.NONE));
        int items = 5 + r.nextInt(8);
        for (int i = 0; i < items; i++) {
            out.add(new AgendaItem(out.id("agendaItem"), date, Integer.toString(i + 1), sentence(r, 3, 8), new PageRange(5 + i * 6, 10 + i * 6),
                    out.provenance(), Mentions.NONE));
        }
        int resolutions = 3 + r.nextInt(10);
        for (int i = 0; i < resolutions; i++) {
            out.add(new Resolution(out.id("resolution"), date, Integer.toString(1 + r.nextInt(items)), null, sentence(r, 3, 8),
                    ResolutionOutcome.RESOLVED, Integer.toString(i + 1), sentence(r, 10, 40), out.provenance(), Mentions.NONE));
        }
    }

    private void report(Records out, SplittableRandom r, PartialDate date) {
        out.add(new Report(out.id("report"), date, "Children's Services Overview and Scrutiny Committee", "6", sentence(r, 4, 10),
                "Director of Children's Services", null, null, "None", "Non-key", null, sentence(r, 30, 80), List.of(), madeUpName(r),
                out.provenance(), Mentions.NONE));
        int recommendations = 1 + r.nextInt(5);
        for (int i = 0; i < recommendations; i++) {
            out.add(new Recommendation(out.id("recommendation"), "1." + (i + 1), sentence(r, 10, 30), RecommendationOrigin.REPORT, "6", null,
                    out.provenance(), Mentions.NONE));
        }
    }

    private String title(SplittableRandom r) {
        return sentence(r, 3, 8);
    }

    private String sentence(SplittableRandom r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            String w = word(r);
            if (i == 0) {
                s.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            } else {
                s.append(' ').append(w);
            }
        }
        return s.append('.').toString();
    }

    private static String madeUpWord(SplittableRandom r, int syllables) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            s.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return s.toString();
    }

    private static String madeUpName(SplittableRandom r) {
        String first = madeUpWord(r, 2);
        String last = madeUpWord(r, 2);
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    /** A paper's records so far, each on its own page, ids unique within the paper. */
    private static final class Records {
        final List<PaperRecord> list = new ArrayList<>();
        final String documentId;
        final SplittableRandom r;
        int page = 1;
        int offset;

        Records(String documentId, SplittableRandom r) {
            this.documentId = documentId;
            this.r = r;
        }

        void add(PaperRecord record) {
            list.add(record);
        }

        String id(String type) {
            return type + "-" + documentId.substring(0, 12) + "-" + list.size();
        }

        Provenance provenance() {
            if (r.nextInt(3) == 0) {
                page++;
            }
            int start = offset;
            offset += 100 + r.nextInt(400);
            return new Provenance(page, Integer.toString(page), start, offset, null);
        }
    }
}
