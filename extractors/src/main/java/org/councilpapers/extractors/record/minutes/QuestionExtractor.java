package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.PaperRecord;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.RecordExtractor;
import org.councilpapers.extractors.segment.Part;
import org.councilpapers.extractors.segment.PartKind;
import org.councilpapers.extractors.vocab.UkDates;
import org.councilpapers.extractors.vocab.NameLists;
import org.jspecify.annotations.Nullable;

/**
 * Who asked what in minutes: "Councillor Watson asked …", "Nicola Cranch asked …; Andrea Winstone
 * said …". Minutes report speech in a narrow, formulaic register (a speaker, a reporting verb, what
 * was said), so rules on sentence openings find it without a parser. A question runs from the
 * sentence whose subject asks to the first sentence whose subject answers; the answer runs on until
 * the next question. Pronoun sentences ("She also asked", "He said") continue whoever spoke last.
 *
 * <p>Who spoke carries the post the minutes give them beside their name ("Graham Pike, Foster Carer Representative, asked",
 * "Councillor Brooks (Portfolio Holder for Environment) responded", "the Director of Public Health (Sarah Quill) said": the office,
 * held by the person in brackets). Words that describe a speaker rather than name a post ("a resident of Hollins ward", "on behalf of
 * the Carers' Forum") give no role, as SCHEMA's roles are posts; the question's text keeps them. Narrative ("Members welcomed …",
 * "Members discussed …") asks nothing.
 */
public final class QuestionExtractor implements RecordExtractor {
    private static final String NAME_WORD = "[A-Z][\\p{L}'’-]+";
    /** A named speaker: a councillor by surname or full name, a chair, the committee, or a two-to-three word name. */
    // "Councillor K Shaw", "Cllr D. Ferris": a councillor by initials and surname, as many minutes print members.
    // "County Councillor Dai Evans" (Wales), "Bailie Morag Thomson" (Scotland): a member by the title their council gives them.
    // "Alderman Brolly" (Northern Ireland, the City of London): an alderman is a member as a councillor is.
    private static final String COUNCILLOR_TITLE = "(?:(?:County|Borough|District|Town|Parish|City)\\s+)?(?:Councillor|Cllr\\.?)|Bailie|Alderman|Ald\\.";
    // "Councillor D.M. Jeremiah" (Wales): initials run together with their full stops, as well as set apart ("Cllr D. M. Ferris").
    private static final String SPEAKER = "(?:(?:" + COUNCILLOR_TITLE + ")\\s+(?:[A-Z]\\.\\s*|[A-Z]\\s+){0,3}" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?"
            // "Mr G Ross asked", "Ms T. Sutherland asked": a member by courtesy title, initials and surname, as Scottish minutes print them.
            + "|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(?:[A-Z]\\.\\s*|[A-Z]\\s+){1,2}" + NAME_WORD
            + "|[Tt]he\\s+(?:Vice[- ]Chair(?:man)?|Chair(?:man|person)?|Deputy\\s+Chair|(?:Town\\s+)?Mayor|Committee|(?:Deputy\\s+)?Leader(?:\\s+of\\s+the\\s+Council)?"
            // Scottish and Welsh chairs, and a town or parish council's clerk.
            + "|(?:Vice[- ]|Depute\\s+)?Convener|(?:Depute\\s+|Lord\\s+)?Provost|Presiding\\s+(?:Member|Officer)|(?:(?:Deputy|Assistant)\\s+)?(?:Town\\s+|Parish\\s+)?Clerk)|Members"
            // "The Cabinet Member for Children's Services, Councillor Jones,": the office, and the member holding it; "The Cabinet Member for
            // Environment (Councillor Duckworth)": the office ends at the bracket, which ASIDE reads as its holder.
            + "|[Tt]he\\s+(?:Cabinet|Executive|Lead|Portfolio)\\s+(?:Member|Holder)(?:\\s+for\\s+[^,(]{3,80})?"
            + "(?:,\\s*(?:Councillor|Cllr\\.?)\\s+" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?,)?"
            + "|[Tt]he\\s+" + Roster.OFFICER_TITLE
            + "|" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})";
    /** "attending as", "speaking as", "in her capacity as": the words that lead the standing a member speaks in. */
    private static final String STANDING = "(?:(?:attending|speaking|present)\\s+as|in\\s+(?:his|her|their)\\s+capacity\\s+as)\\s+(?:the\\s+)?";
    private static final Pattern STANDING_LEAD = Pattern.compile("^" + STANDING);
    /**
     * What minutes set beside a speaker before the verb: the office or standing in brackets ("Councillor Brooks (Portfolio Holder for
     * Environment) responded"), or between commas ("Mr Ian Cole, a resident of Northgate ward, asked", "Ms Dunn, on behalf of the
     * Carers' Forum, asked"). Only the forms a clerk gives a person's standing in are read as a role; any other aside between commas
     * ("Councillor Hill, referring to page 4, asked") is passed over.
     */
    private static final String ASIDE = "(?:\\s*\\(([^()]{2,80})\\)|,\\s*((?:a|an|the|on behalf of|representing|speaking (?:for|on behalf of))\\s[^,.;]{2,100}"
            // "Councillor Ashdown, attending as Chair of the Overview and Scrutiny Committee, asked", "…, in her capacity as Lead Member
            // for …, asked": the standing the member spoke in.
            + "|" + STANDING + "[^,.;]{2,100}"
            // "The Director of Education, Mr Kenneth Loame, replied", "The Chair, Councillor Heale, responded": the holder of the office,
            // by their courtesy title.
            + "|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Councillor|Cllr)\\.?\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}"
            // "Graham Pike, Foster Carer Representative, asked", "Helen Rowe, Director of Children's Services, responded": a title
            // in capitals between commas, not another person ("Councillor Hill, Councillor Jones and …").
            + "|(?!(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\\b)\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|for|and|the|&|to|on|in|at|\\p{Lu}[\\p{L}'’-]*)){0,10}),"
            + "|,\\s*(?:referring|turning|responding|speaking)\\b[^,.;]{2,100},)?";

    /**
     * "asked members to promote the service" is a request, not a question: "asked" followed within three words by
     * "to" and a verb, unless a question word comes first ("asked how many were due to start").
     */
    private static final String ASKED = "asked(?!\\s+(?!(?:how|what|whether|if|why|when|where|who|whom|which|about|for)\\b)(?:[\\w'’-]+\\s+){1,3}to\\s+[a-z])";
    private static final String ASK = "(?:" + ASKED + "|questioned|queried|enquired|inquired|sought|raised\\s+(?:a\\s+)?(?:question|quer(?:y|ies)))";
    private static final String ANSWER = "(?:said|answered|replied|explained|responded|stated|advised|confirmed|clarified|informed|added|indicated"
            + "|reiterated|assured|acknowledged|outlined|undertook"
            // "agreed to respond once he had looked at the implications": an answer promised, given by the member named.
            + "|(?:agreed|offered)\\s+to\\s+(?:respond|reply|provide|send|circulate|write))";
    /** "Referring to page 65, ", "Referring to 2.2, " and "In regards to the ICS, " often come before the speaker. */
    // "In respect of question 4, Councillor Pullen asked …", "In relation to question 8, …": the question on notice a supplementary follows.
    private static final String LEAD_IN = "(?:(?:Referring\\s+to|In\\s+regards?\\s+to|With\\s+regards?\\s+to|Regarding|On|Turning\\s+to|In\\s+respect\\s+of"
            + "|In\\s+relation\\s+to)\\b(?:[^,.]|\\.(?=\\d)){1,80},\\s*"
            // "In response, the Director of Public Health explained …", "In reply to the supplementary question, …", "By way of a
            // supplementary question, Ms Dunn asked …".
            + "|In\\s+(?:response|reply|answer)(?:\\s+to\\s+(?:the|this|that|a|his|her|their)\\s+(?:further\\s+|supplementary\\s+)?(?:question|point|query|supplementary)s?)?,\\s*"
            + "|(?:By\\s+way\\s+of|As|In)\\s+a\\s+(?:further\\s+|second\\s+)?supplementary(?:\\s+question)?,\\s*"
            // "In discussion, Councillor Hale asked …": the speaker after it is named ("In discussion, members queried …" names no one).
            + "|(?:In|During)\\s+(?:the\\s+)?(?:discussion|debate)\\b[^,.]{0,60},\\s*)?";
    /**
     * "Question 4 – Cllr Lesley Gilbert stated …": the number of the question on notice whose asker the prose goes on to report. It
     * leads an asker's words, never an answer's.
     */
    private static final String QUESTION_NUMBER = "(?:(?:Question|Q)\\s*\\d{1,3}[a-z]?\\s*[–—-]\\s*)?";
    private static final Pattern ASKS = Pattern.compile("^" + LEAD_IN + QUESTION_NUMBER + "(" + SPEAKER + ")" + ASIDE + "\\s+(?:(?:also|then|further)\\s+)?"
            + "(?:" + ASK + "\\b|[^.;]{0,200}?\\band\\s+(?:also\\s+)?" + ASK + "\\b)");
    private static final Pattern PRONOUN_ASKS = Pattern.compile("^" + LEAD_IN + "(?:She|He|They)\\s+(?:(?:also|then|further)\\s+)?"
            + "(?:" + ASK + "\\b|[^.;]{0,200}?\\band\\s+(?:also\\s+)?" + ASK + "\\b)");
    /**
     * "A question was received from Mrs Jane Green, who asked what …", "A written question had been submitted by Councillor Hill
     * asking whether …": the asker named after the question, read as "Mrs Jane Green asked what …".
     */
    private static final Pattern RECEIVED = Pattern.compile("^(?:An?|One|The)\\s+(?:(?:written|public|further|supplementary|second|third)\\s+)?"
            + "question\\s+(?:was|had\\s+been|has\\s+been)\\s+(?:received|submitted|put|asked|tabled)\\s+(?:from|by)\\s+(" + SPEAKER + ")"
            + "(?:\\s*\\([^)]{1,80}\\))?\\s*,?\\s+(?:who\\s+(?=" + ASK + ")|(?=asking\\b))(.*)$", Pattern.DOTALL);
    // "The Head of Service, Children in Care and Care Leavers, Precious Ndlovu-Hartley, apologised and explained …": after the post's
    // remit, the holder's name between commas; and a first verb ("apologised", "thanked her for the question") joined to the answer's.
    private static final Pattern ANSWERS = Pattern.compile("^" + LEAD_IN + "(" + SPEAKER + "|Officers)" + ASIDE
            + "(?:,?\\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2},"
            // "The Corporate Director, Learning and Social Care advised …": the post's remit after a comma, none closing it.
            + "|,\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and|of|for|&|\\p{Lu}[\\p{L}'’-]*)){0,6}(?=\\s))?"
            + "\\s+(?:(?:also|then|further)\\s+)?(?:(?:apologised|thanked\\s+[^.;,]{1,60}?)\\s+and\\s+)?" + ANSWER + "\\b");
    /**
     * "Response by Councillor Ward: …", "Further response by the Leader –": an answer minuted under its giver's name, after a question
     * put in prose; "further" adds a second answerer to the same question.
     */
    private static final Pattern RESPONSE_BY = Pattern.compile("^(?:(?:Further|Additional|Verbal|Oral)\\s+)?(?:[Rr]esponse|[Rr]eply|[Aa]nswer)\\s+(?:by|from)\\s+"
            + "(" + SPEAKER + ")(?:\\s*\\(([^()]{2,80})\\)|,\\s*([^:–—]{2,100}?))?\\s*[:–—]");
    /**
     * "The Leader and the Cabinet Member for Finance responded …", "Cllr J Rhodes, Portfolio Holder for Public Health, and Cllr A Stott,
     * Portfolio Holder for Finance, undertook …": two speakers who answer together, each with the post an aside gives them.
     */
    private static final Pattern ANSWERED_BY_TWO = Pattern.compile("^" + LEAD_IN + "(" + SPEAKER + ")" + ASIDE + ",?\\s+and\\s+(" + SPEAKER + ")"
            + ASIDE + "\\s+(?:(?:also|then|both|jointly)\\s+)?" + ANSWER + "\\b");
    /**
     * "In response to a question from Councillor D Ferris on waiting times, Ms Ferguson advised …", "Following a query from Cllr Bassi
     * about the panel, Mr Platt explained …": the asker named in a clause, the answerer in the sentence it leads.
     */
    private static final Pattern FROM_QUESTION = Pattern.compile("^(?:In\\s+(?:response|reply|answer)\\s+to|Responding\\s+to|Following|Answering)"
            + "\\s+(?:an?|the)\\s+(?:further\\s+|supplementary\\s+)?(?:question|query)\\s+(?:from|by|raised\\s+by|asked\\s+by)\\s+(" + SPEAKER
            // "In response to a question from a member of the public, the Town Clerk said …": asked by someone the minutes do not name.
            + "|(?:an?|one)\\s+(?:local\\s+)?(?:member\\s+of\\s+the\\s+public|resident|parent))\\b");
    /**
     * "asked the Leader of the Council, Councillor Nadia Yeo, how …", "asked the Cabinet Member for Housing whether …": the office a
     * question is put to, and perhaps the member holding it. The member who answers it answers in that office.
     */
    private static final Pattern PUT_TO_OFFICE = Pattern.compile("^\\s+the\\s+((?:Deputy\\s+)?Leader(?:\\s+of\\s+the\\s+Council)?|Mayor"
            + "|(?:Cabinet|Executive|Lead)\\s+Member\\s+for\\s+[^,.;]{3,80}?|Portfolio\\s+Holder\\s+for\\s+[^,.;]{3,80}?)"
            + "(?:,\\s*(?:Councillor|Cllr\\.?)\\s+((?:[A-Z]\\.?\\s+){0,2}" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?),)?"
            + "\\s+(?:how|what|whether|if|why|when|where|who|which|about|for|to)\\b");
    /** Whoever a sentence is about: "Councillor Anderson noted that …" makes the next "He questioned …" his. */
    // "Moira Ferguson, Service Manager, introduced the report": the aside gives the post a later "Ms Ferguson advised" is said in.
    private static final Pattern SUBJECT = Pattern.compile("^" + LEAD_IN + QUESTION_NUMBER + "(" + SPEAKER + ")" + ASIDE + "\\s+(?:also\\s+)?[a-z]+\\b");
    /** "(a) Councillor Colin Marsh asked …", "b) …": a paragraph's letter, where no list was read, is not the speaker's. */
    private static final Pattern PARAGRAPH_LETTER = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,4})\\)\\s+(?=\\p{Lu})");
    /** Words of a job title, so "Assistant Director," in an attendance list is not taken for a name. */
    private static final Set<String> ROLE_WORDS = Set.of("assistant", "director", "interim", "corporate", "strategic", "lead",
            "manager", "officer", "head", "services", "service", "care", "council", "representative", "chief", "executive",
            "senior", "deputy", "member", "cabinet", "partnership", "help");
    private static final Pattern PRONOUN = Pattern.compile("^" + LEAD_IN + "(?:She|He|They)\\b");
    // An initial's full stop ("Councillor D.M. Jeremiah", "Councillor A. Gwilliam asked") ends no sentence.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])(?<![\\s.(]\\p{Lu}\\.)(?<!^\\p{Lu}\\.)[\"'”’)]?\\s+(?=(?:[-–—]\\s+)?[\"“(]?[A-Z])");
    private static final Pattern MINUTES_START = Pattern.compile("(?i)^minutes?\\s+of\\s+(?:the\\s+|an?\\s+)?(?:meeting|proceedings)\\b");
    private static final Pattern MINUTES_END = Pattern.compile("(?i)^the\\s+meeting\\s+(?:finished|closed|ended|concluded)\\b");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,3})?\\.?\\s+(?=\\S)");
    private static final Pattern NUMBER_ALONE = Pattern.compile("^(" + MinutesParser.MINUTE_NUMBER + ")\\.?$");
    private static final Pattern ITEM = Pattern.compile("^(" + MinutesParser.MINUTE_NUMBER + ")\\.?\\s+(\\S.{1,200})$");
    /** Two words only: with three, "… Services Michele Lucas," would take the end of a role into the name. */
    private static final Pattern ATTENDEE_NAME = Pattern.compile("(?<![\\p{L}'’-])(" + NAME_WORD + "\\s+" + NAME_WORD + "),\\s+");
    private static final Pattern COUNCILLOR = Pattern.compile("^(?:" + COUNCILLOR_TITLE + ")\\s+(.+)$");
    private static final Pattern OFFICE_HELD_BY = Pattern.compile("^[Tt]he\\s+([^,]{3,100}),\\s*(?:Councillor|Cllr\\.?)\\s+([^,]{2,60}),?$");
    private static final Set<String> UNNAMED = Set.of("Officers", "Members");
    private static final Pattern PREAMBLE_COUNCILLOR = Pattern.compile("\\b(?:Councillor|Cllr\\.?)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\b");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:[,;\\n]|\\band\\b)\\s*");
    /**
     * "Tia", "Kezia (Children in Care Council)", "Jordan – Care Leavers' Forum", "Kezia.": one capitalised word, perhaps with a
     * standing in brackets or after a dash.
     */
    private static final Pattern ONE_NAME = Pattern.compile("^(?:[•·*-]\\s*)?(\\p{Lu}[\\p{L}'’-]+)(?:\\s*\\(([^()]{2,80})\\)|\\s+[–—-]\\s+([^()]{2,80}))?\\.?$");
    private static final Pattern MEMBER_TITLE = Pattern.compile("(?i)^(?:" + COUNCILLOR_TITLE + ")\\s+");
    private static final Pattern HONORIFIC_NAME = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Councillor|Cllr)\\.?\\s+\\p{Lu}");
    /**
     * "A further question, put without notice by Mr Leonard Pettifer, asked …", "The first question, from Mrs Yvette Corran, asked …",
     * "The next question, submitted by Mr Harold Blenkin, asked …": the asker named in a clause about the question, read as "Mr Leonard
     * Pettifer asked …". A question "from Mr X" that "was withdrawn" asks nothing, and does not match.
     */
    private static final Pattern QUESTION_FROM = Pattern.compile("^(?:(?:An?|The|One)\\s+(?:[a-z]+\\s+){0,2}question|Question\\s+(?:\\d{1,3}|[a-z]+))"
            + ",?\\s+(?:[a-z]+\\s+){0,4}?(?:from|by)\\s+(" + SPEAKER + ")(?:\\s*\\([^()]{1,80}\\))?\\s*,?\\s+(?=" + ASK + "\\b)(.*)$", Pattern.DOTALL);
    /**
     * "Tia asked why …", "Jordan also asked whether …": a speaker by first name alone, as minutes name young people and others the
     * attendance lists by first name. Read only where the attendance lists one person by that name.
     */
    // "Jordan, a member of the Children in Care Council, said that … and asked whether …": a standing, and the question after a remark.
    private static final Pattern FIRST_NAME_ASKS = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+)(?:\\s*\\([^()]{2,80}\\)|,\\s*(?:a|an|the|who)\\s[^,.;]{2,100},)?"
            + "\\s+(?:(?:also|then|further)\\s+)?(?:" + ASK + "\\b|[^.;]{0,200}?\\band\\s+(?:also\\s+)?" + ASK + "\\b)");
    /**
     * "The Committee asked …", "The Panel queried …", "Committee Members asked …": the body as a whole, in discussion. No one is named
     * to have asked, and the minutes report the body's view, not a question put (README, question records).
     */
    private static final Pattern BODY = Pattern.compile("(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:committee|sub-committee|panel|board|cabinet|council|forum"
            + "|group|commission|meeting|assembly|partnership)(?:\\s+members)?$|^(?:committee\\s+|panel\\s+|board\\s+)?(?:members|councillors)$");
    /** "- The Leader responded …": an answer set after a dash in the question's paragraph, as some councils' minutes print it. */
    private static final Pattern DASH_LEAD = Pattern.compile("^[-–—]\\s+");
    /**
     * "Members asked a number of questions, including:", "The Committee raised the following queries:": the body as a whole
     * introducing a list. It asks nothing itself, and no one is named to have asked it.
     */
    private static final Pattern GROUP_LEAD_IN = Pattern.compile("^(?:(?:In|During)\\s+(?:the\\s+)?(?:discussion|debate)[^,]{0,40},\\s*)?"
            + "(?:Members|[Tt]he\\s+(?:Committee|Panel|Board|Sub-Committee|Cabinet|Members))\\s+(?:also\\s+)?(?:asked|raised|posed|put)\\s+"
            + "[^.?!]{0,80}?\\b(?:questions?|quer(?:y|ies)|points?|issues?)\\b[^.?!:]{0,60}:-?$");
    // What a heading's line holds beside its title: "Minute 45 (Agenda Item 6)", "CAB 12/24 Item 5 –".
    private static final int MINUTE_LABEL = 40;
    private static final Roster EMPTY = new Roster(List.of(), List.of());

    @Override
    public List<PaperRecord> extract(LayoutDocument doc, ExtractContext context) {
        List<Question> labelled = labelled(context);
        List<PaperRecord> out = new ArrayList<>();
        List<Block> body = doc.body();
        @Nullable Minutes m = context.document().kind() == DocumentKind.MINUTES
                ? new Minutes(context.document().date(), body.isEmpty() ? EMPTY : roster(context, body.get(0))) : null;
        Part inPart = null;
        boolean byEvidence = false;
        Map<Integer, MinutesParser.Minute> headings = Map.of();
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            String text = b.text().strip();
            Part part = context.partAt(b.start());
            if (part != inPart) {
                inPart = part;
                headings = headings(context, part);
                // A part that records a meeting by its own evidence is read as minutes, whatever the paper was taken for; the
                // minutes so begun end with their part.
                if (part != null && PaperMinutes.recordsMeeting(context, part) && (m == null || byEvidence)) {
                    MinutesParser.Minutes parsed = PaperMinutes.minutes(context, part);
                    PartialDate date = parsed.date() != null || context.document().kind() == DocumentKind.AGENDA_PACK ? parsed.date()
                            : context.document().date();
                    m = new Minutes(date, Roster.of(parsed));
                    byEvidence = true;
                } else if (byEvidence) {
                    m = null;
                    byEvidence = false;
                }
            }
            if (MINUTES_START.matcher(text).find()) {
                PartialDate held = UkDates.find(text).orElse(null);
                if (!earlierMeeting(m, held)) {
                    m = new Minutes(held != null ? held : context.document().date(), roster(context, b));
                    continue;
                }
            }
            if (m == null) {
                continue;
            }
            if (MINUTES_END.matcher(text).find()) {
                m = null;
                continue;
            }
            // The minute a question stands under, as the minutes family reads the part's minutes; numbered lines read alone only
            // where that reading found no minutes (a paper whose minutes no heading or attendance list starts).
            MinutesParser.Minute minute = headings.get(b.start());
            if (minute != null) {
                m.itemNumber = minute.number();
                m.itemTitle = minute.title();
                if (text.length() <= minute.title().length() + MINUTE_LABEL) {
                    continue; // the heading alone; a block that runs on into the minute's text is read for questions too
                }
            }
            if (headings.isEmpty() && text.length() <= 12 && i + 1 < body.size() && Character.isDigit(text.charAt(0))) {
                Matcher alone = NUMBER_ALONE.matcher(text);
                String next = body.get(i + 1).text().strip();
                if (alone.matches() && isItemHeading(body.get(i + 1), next) && !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
                    // "20." over "Questions from members of the public": a minute's number on a line of its own over its title, as
                    // ModernGov pages set them.
                    m.itemNumber = alone.group(1);
                    m.itemTitle = next;
                    i++;
                    continue;
                }
            }
            Matcher item = ITEM.matcher(text);
            if (headings.isEmpty() && item.matches() && isItemHeading(b, text)) {
                m.itemNumber = item.group(1);
                m.itemTitle = item.group(2).strip();
                continue;
            }
            if (headings.isEmpty() && b.kind() == BlockKind.LIST_ITEM && b.marker() != null && b.marker().matches("\\d{1,3}\\.?")
                    && isItemHeading(b, text)) {
                m.itemNumber = b.marker().replace(".", "");
                m.itemTitle = text;
                continue;
            }
            if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM) {
                continue;
            }
            if (m.itemNumber == null) {
                m.readPreamble(text);
                // The attendance list before the first item: "Andrea Winstone, Strategic Lead …", a line each.
                if (readAttendees(text, m.roles)) {
                    continue;
                }
            }
            // A paragraph cut by a page break ends mid-sentence; read it with its continuation.
            int last = i;
            // "4.2 Councillor Cole asked …": the paragraph's number, where no list was read, is not the speaker's.
            StringBuilder joined = new StringBuilder(unnumbered(text));
            while (!endsSentence(joined) && last + 1 < body.size() && body.get(last + 1).kind() == BlockKind.PARAGRAPH
                    && joined.length() < 20_000) {
                last++;
                joined.append(' ').append(body.get(last).text().strip());
            }
            // An answer printed as a paragraph of its own ("Councillor Jones replied that …") goes with the question before it.
            // "2.3 The Director of Education, Mr Kenneth Loame, replied …": a numbered paragraph, its number not the answerer's.
            if (last + 1 < body.size() && (body.get(last + 1).kind() == BlockKind.PARAGRAPH || body.get(last + 1).kind() == BlockKind.LIST_ITEM)
                    && asksUnanswered(joined.toString(), m) && opensAnswer(unnumbered(body.get(last + 1).text().strip()))) {
                last++;
                joined.append(' ').append(unnumbered(body.get(last).text().strip()));
                // "Further response by Councillor Hale: …": a second member's answer, a paragraph of its own.
                while (last + 1 < body.size() && body.get(last + 1).kind() == BlockKind.PARAGRAPH
                        && body.get(last + 1).text().stripLeading().startsWith("Further") && RESPONSE_BY.matcher(body.get(last + 1).text().strip()).find()) {
                    last++;
                    joined.append(' ').append(body.get(last).text().strip());
                }
            }
            List<Question> qs = questions(joined.toString(), m, context, b, body.get(last));
            if (!qs.isEmpty()) {
                qs.stream().filter(q -> labelled.stream().noneMatch(l -> overlaps(l, q))).forEach(out::add);
                i = last;
            }
        }
        List<PaperRecord> all = new ArrayList<>(labelled);
        all.addAll(out);
        all.sort(java.util.Comparator.comparingInt(r -> r.provenance().start()));
        return all;
    }

    /**
     * Whether "Minutes of the meeting held on 10 July 2025", read inside minutes already begun, names an earlier meeting (the item
     * that approves its minutes) rather than starting the record of another: a date before this meeting's, or no date once an item
     * has begun. Questions after it keep this meeting's date.
     */
    private static boolean earlierMeeting(@Nullable Minutes m, @Nullable PartialDate held) {
        if (m == null) {
            return false;
        }
        if (held == null) {
            return m.itemNumber != null;
        }
        return m.date != null && held.compareTo(m.date) < 0;
    }

    /** The minutes' headings in a part that records a meeting, by the start of the block each stands in; none elsewhere. */
    private static Map<Integer, MinutesParser.Minute> headings(ExtractContext ctx, @Nullable Part part) {
        if (part == null || !PaperMinutes.recordsMeeting(ctx, part)) {
            return Map.of();
        }
        Map<Integer, MinutesParser.Minute> out = new LinkedHashMap<>();
        for (MinutesParser.Minute minute : PaperMinutes.minutes(ctx, part).minutes()) {
            if (minute.number() != null) {
                out.putIfAbsent(part.blocks().get(minute.from()).start(), minute);
            }
        }
        return out;
    }

    private static boolean overlaps(Question a, Question b) {
        return a.provenance().start() < b.provenance().end() && b.provenance().start() < a.provenance().end();
    }

    /** Questions put on notice and answered under their labels, in every part of the paper (see {@link PutQuestions}). */
    private static List<Question> labelled(ExtractContext ctx) {
        List<Question> out = new ArrayList<>();
        for (Part part : ctx.parts()) {
            if (!part.kind().carriesRecords() || part.blocks().isEmpty()) {
                continue;
            }
            List<Block> blocks = part.blocks();
            if (PaperMinutes.recordsMeeting(ctx, part)) {
                MinutesParser.Minutes m = PaperMinutes.minutes(ctx, part);
                PartialDate date = m.date() != null || ctx.document().kind() == DocumentKind.AGENDA_PACK ? m.date() : ctx.document().date();
                int from = m.minutes().isEmpty() ? blocks.size() : m.minutes().get(0).from();
                Roster roster = Roster.of(m);
                List<Question> read = new ArrayList<>(PutQuestions.read(blocks.subList(0, from), date, null, null, ctx));
                for (MinutesParser.Minute minute : m.minutes()) {
                    read.addAll(PutQuestions.read(blocks.subList(minute.from() + 1, minute.to()), date, minute.number(), minute.title(), ctx));
                }
                read.forEach(q -> out.add(answeredFromRoster(q, roster)));
            } else {
                PartialDate date = ctx.document().kind() == DocumentKind.AGENDA_PACK ? null : ctx.document().date();
                out.addAll(PutQuestions.read(blocks, date, part.itemNumber(), part.title(), ctx));
            }
        }
        return out;
    }

    /**
     * A labelled question whose asker or answerer the label gives by surname alone ("A1: Cllr Marsh advised …", "Question from:
     * Councillor Priestley"), an office ("The Chairman") or an office with its holder in brackets ("Cabinet Member for Highways
     * (Councillor Mitchelmore)"), with the person the minutes' attendance list names for them; anyone named in full keeps the post the
     * label gave them.
     */
    private static Question answeredFromRoster(Question q, Roster roster) {
        if (roster.isEmpty()) {
            return q;
        }
        List<Person> by = new ArrayList<>();
        for (Person p : q.answeredBy()) {
            Person resolved = roster.named(p);
            if (!by.contains(resolved)) {
                by.add(resolved);
            }
        }
        Person asker = q.askedBy() == null ? null : roster.named(q.askedBy());
        if (by.equals(q.answeredBy()) && Objects.equals(asker, q.askedBy())) {
            return q;
        }
        return new Question(q.id(), q.meetingDate(), q.itemNumber(), q.itemTitle(), asker, q.text(), by, q.answer(), q.provenance(),
                q.mentions());
    }

    /**
     * Reads "Sheila Murphy, Corporate Director … Michele Lucas, Assistant Director …": the list may
     * come a line each or run together in one paragraph, so each role runs to the next "First Last,".
     */
    private static boolean readAttendees(String text, Map<String, String> roles) {
        Matcher names = ATTENDEE_NAME.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (names.find()) {
            String[] words = names.group(1).toLowerCase(Locale.ROOT).split("\\s+");
            if (ROLE_WORDS.contains(words[0]) || ROLE_WORDS.contains(words[1])) {
                continue;
            }
            found.add(new int[] {names.start(1), names.end(1), names.end()});
        }
        if (found.isEmpty() || found.get(0)[0] != 0) {
            return false;
        }
        for (int k = 0; k < found.size(); k++) {
            int[] f = found.get(k);
            int roleEnd = k + 1 < found.size() ? found.get(k + 1)[0] : text.length();
            String role = text.substring(f[2], roleEnd).strip();
            if (!role.isEmpty()) {
                roles.putIfAbsent(text.substring(f[0], f[1]), role);
            }
        }
        return true;
    }

    /** Who the minutes starting at this block list as present and in attendance. */
    private static Roster roster(ExtractContext context, Block at) {
        Part part = context.partAt(at.start());
        // Minutes by their own evidence too: a paper taken for something else still lists who attended its meeting.
        if (part == null || part.blocks().isEmpty() || part.kind() != PartKind.MINUTES && !PaperMinutes.recordsMeeting(context, part)) {
            return EMPTY;
        }
        return Roster.of(PaperMinutes.minutes(context, part));
    }

    private static boolean isItemHeading(Block b, String text) {
        if (b.kind() == BlockKind.HEADING) {
            return true;
        }
        // A numbered line short of a sentence: "5. Items Raised by …", not "1. That the Committee noted …".
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM) && text.length() <= 160
                && !text.endsWith(".") && !text.matches("^\\d{1,3}\\.?\\s+(?i:that)\\b.*");
    }

    // Whether a paragraph opens with someone answering: "Councillor Jones replied …", "The Leader and the Chief Executive responded …",
    // "Response by Councillor Ward: …".
    private static boolean opensAnswer(String text) {
        return ANSWERS.matcher(text).find() || ANSWERED_BY_TWO.matcher(text).find() || RESPONSE_BY.matcher(text).find();
    }

    // Whether the paragraph puts a question and nobody answers it there.
    private static boolean asksUnanswered(String text, Minutes m) {
        boolean asked = false;
        for (String piece : SENTENCE_END.split(text)) {
            String sentence = piece.isEmpty() || "-–—".indexOf(piece.charAt(0)) < 0 ? piece : DASH_LEAD.matcher(piece).replaceFirst("");
            if (ASKS.matcher(asAsked(sentence)).find() || PRONOUN_ASKS.matcher(sentence).find() || UNNAMED_ASKER.matcher(sentence).find()
                    || m.firstNamed(sentence) != null) {
                asked = true;
            } else if (asked && (ANSWERS.matcher(sentence).find() || ANSWERED_BY_TWO.matcher(sentence).find()
                    || RESPONSE_BY.matcher(sentence).find())) {
                return false;
            }
        }
        return asked;
    }

    /** A paragraph without the number or letter it is printed under ("4.2 ", "(a) "), where no list was read. */
    private static String unnumbered(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0)) && text.charAt(0) != '(' && (text.length() < 2 || text.charAt(1) != ')')) {
            return text;
        }
        return PARAGRAPH_LETTER.matcher(PARAGRAPH_NUMBER.matcher(text).replaceFirst("")).replaceFirst("");
    }

    private static boolean endsSentence(CharSequence s) {
        String t = s.toString().stripTrailing();
        return t.isEmpty() || t.matches("(?s).*[.?!:][\"'”’)]?$");
    }

    private List<Question> questions(String text, Minutes m, ExtractContext context, Block first, Block last) {
        List<Question> out = new ArrayList<>();
        Draft draft = null;
        @Nullable Person lastSpeaker = null;
        for (String piece : SENTENCE_END.split(text)) {
            String sentence = piece.isEmpty() || "-–—".indexOf(piece.charAt(0)) < 0 ? piece : DASH_LEAD.matcher(piece).replaceFirst("");
            if (GROUP_LEAD_IN.matcher(sentence.strip()).matches()) {
                continue; // "Members asked a number of questions, including:": the list after it holds the questions, not this line
            }
            Matcher asks = ASKS.matcher(asAsked(sentence));
            Matcher answers = ANSWERS.matcher(sentence);
            Matcher two = ANSWERED_BY_TWO.matcher(sentence);
            Matcher responseBy = sentence.length() > 12 && "FARVOfarvo".indexOf(sentence.charAt(0)) >= 0 ? RESPONSE_BY.matcher(sentence) : null;
            Matcher fromQuestion = FROM_QUESTION.matcher(sentence);
            if (fromQuestion.lookingAt()) {
                int said = answeredAfter(sentence, fromQuestion.end());
                if (said >= 0) {
                    if (draft != null) {
                        out.add(draft.build(m, context, first, last, out.size()));
                        draft = null;
                    }
                    String who = fromQuestion.group(1);
                    @Nullable Person asker = Character.isLowerCase(who.charAt(0)) ? null : person(who, m);
                    if (asker != null && (UNNAMED.contains(asker.name()) || isBody(asker))) {
                        continue; // "In response to questions from Members, …": no one is named to have asked
                    }
                    draft = new Draft(asker == null ? null : m.asker(asker));
                    draft.question.append(sentence);
                    String answer = sentence.substring(said);
                    Matcher by = ANSWERS.matcher(answer);
                    by.find();
                    lastSpeaker = person(by, m);
                    if (!UNNAMED.contains(lastSpeaker.name()) && !lastSpeaker.equals(draft.askedBy)) {
                        draft.answeredBy.add(lastSpeaker);
                    }
                    append(draft.answer, answer);
                    continue;
                }
            }
            if (asks.find() && draft != null && draft.answer.length() == 0 && draft.askedBy != null && person(asks, m).equals(draft.askedBy)) {
                // The same asker again before anyone answers ("The Committee asked … The Committee raised queries …"): one turn.
                draft.question.append(' ').append(sentence);
            } else if (asks.find(0)) {
                if (draft != null) {
                    out.add(draft.build(m, context, first, last, out.size()));
                    draft = null;
                }
                Person asker = person(asks, m);
                if (UNNAMED.contains(asker.name()) || isBody(asker)) {
                    // "Members asked about the budget gap …", "The Committee asked …": the body as a whole, in discussion; the answer to
                    // it is no one's record.
                    lastSpeaker = null;
                    continue;
                }
                lastSpeaker = m.asker(asker);
                draft = new Draft(lastSpeaker);
                draft.question.append(sentence);
                Matcher putTo = PUT_TO_OFFICE.matcher(sentence).region(asks.end(), sentence.length());
                if (putTo.lookingAt()) {
                    draft.office = putTo.group(1).replaceAll("\\s+", " ");
                    draft.officeHolder = putTo.group(2);
                }
            } else if (m.firstNamed(sentence) != null) {
                // "Tia asked why …": a young person the attendance lists by first name.
                if (draft != null) {
                    out.add(draft.build(m, context, first, last, out.size()));
                }
                lastSpeaker = m.asker(m.firstNamed(sentence));
                draft = new Draft(lastSpeaker);
                draft.question.append(sentence);
            } else if (UNNAMED_ASKER.matcher(sentence).find()) {
                // "A member of the public asked …", "The member of the public further asked …": a question, its asker not named.
                if (draft != null) {
                    out.add(draft.build(m, context, first, last, out.size()));
                }
                lastSpeaker = null;
                draft = new Draft(null);
                draft.question.append(sentence);
            } else if (PRONOUN_ASKS.matcher(sentence).find() && (draft != null || lastSpeaker != null)) {
                if (draft == null) {
                    draft = new Draft(lastSpeaker);
                    draft.question.append(sentence);
                } else if (draft.answer.length() == 0) {
                    draft.question.append(' ').append(sentence);
                } else {
                    // The same person asks again after an answer: a new question.
                    out.add(draft.build(m, context, first, last, out.size()));
                    draft = new Draft(draft.askedBy);
                    draft.question.append(sentence);
                }
            } else if (draft != null && two.find()) {
                // "The Leader and the Chief Executive responded …": both answered.
                draft.answered(draft.inOffice(person(two.group(1), two.group(2), two.group(3), m)));
                lastSpeaker = draft.answered(draft.inOffice(person(two.group(4), two.group(5), two.group(6), m)));
                append(draft.answer, sentence);
            } else if (draft != null && answers.find()) {
                lastSpeaker = draft.answered(draft.inOffice(person(answers, m)));
                append(draft.answer, sentence);
            } else if (draft != null && responseBy != null && responseBy.find()) {
                lastSpeaker = draft.answered(draft.inOffice(person(responseBy, m)));
                append(draft.answer, sentence);
            } else if (draft != null && draft.answer.length() > 0) {
                append(draft.answer, sentence);
            } else if (draft != null && PRONOUN.matcher(sentence).find()) {
                draft.question.append(' ').append(sentence);
            } else if (draft == null) {
                Matcher subject = SUBJECT.matcher(sentence);
                if (subject.find()) {
                    lastSpeaker = person(subject, m);
                }
            }
        }
        if (draft != null) {
            out.add(draft.build(m, context, first, last, out.size()));
        }
        return out;
    }

    /** Where, after a clause that ends with a comma, a sentence goes on to say who answered; -1 where it does not. */
    private static int answeredAfter(String sentence, int from) {
        int limit = Math.min(sentence.length(), from + 200);
        for (int c = sentence.indexOf(',', from); c >= 0 && c < limit; c = sentence.indexOf(',', c + 1)) {
            int start = c + 1;
            while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
                start++;
            }
            // "…, the Chief Social Work Officer advised …": an office in the middle of the sentence keeps its small "the".
            if (start < sentence.length() && (Character.isUpperCase(sentence.charAt(start)) || sentence.startsWith("the ", start))
                    && ANSWERS.matcher(sentence.substring(start)).find()) {
                return start;
            }
        }
        return -1;
    }

    private static void append(StringBuilder sb, String sentence) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(sentence);
    }

    private static Person person(String speaker, Minutes m) {
        return m.roster.resolve(asPrinted(speaker, m));
    }

    // The speaker a sentence names, with the post an aside gives them ("(Portfolio Holder for Environment)", ", Head of Early Help,").
    private static Person person(Matcher said, Minutes m) {
        return person(said.group(1), said.group(2), said.group(3), m);
    }

    private static Person person(String speaker, @Nullable String bracket, @Nullable String comma, Minutes m) {
        if (bracket == null && comma != null && speaker.regionMatches(true, 0, "the ", 0, 4)) {
            // "The Head of Service, Looked After Children, Grace Emenike, …": the words after the comma are the post's remit where the
            // attendance lists that post whole ("Grace Emenike - Head of Service, Looked After Children"), not the holder's name.
            String post = speaker.strip().replaceAll("\\s+", " ") + ", " + comma.strip().replaceAll("\\s+", " ");
            Person byPost = m.roster.resolve(new Person(post, null));
            if (!byPost.name().equals(post)) {
                return m.known(byPost);
            }
        }
        Person named = officeHolder(speaker, bracket != null ? bracket : comma);
        if (named == null && bracket != null && speaker.regionMatches(true, 0, "the ", 0, 4) && !PutQuestions.isDescription(bracket.strip())) {
            // "The Service Manager (Finance) confirmed": the bracket is the post's remit, and the post as a whole names the officer listed in it.
            return m.known(m.roster.resolve(asPrinted(speaker.strip() + " (" + bracket.strip() + ")", m)));
        }
        return m.known(named != null ? m.roster.resolve(named) : withAside(person(speaker, m), bracket, comma));
    }

    /** Whether a speaker is a body as a whole ("The Committee", "The Scrutiny Panel", "Committee Members"), not a person. */
    private static boolean isBody(Person p) {
        return p.name().length() <= 60 && BODY.matcher(p.name().strip()).matches();
    }

    /**
     * A sentence as "Speaker asked …" reads it for {@link #ASKS}: the asker a received question or a clause names brought to the front
     * ("A question was received from Mrs Green, who asked …", "The next question, from Mr Blenkin, asked …"), a speaker before a colon
     * given the verb; any other sentence as it is.
     */
    private static String asAsked(String sentence) {
        Matcher received = RECEIVED.matcher(sentence);
        if (received.matches()) {
            return received.group(1) + " " + received.group(2).replaceFirst("^asking\\b", "asked");
        }
        int q = sentence.length() > 20 && "ATOQ".indexOf(sentence.charAt(0)) >= 0 ? sentence.indexOf("uestion") : -1;
        if (q > 0 && q < 40) {
            Matcher from = QUESTION_FROM.matcher(sentence);
            if (from.matches()) {
                return from.group(1) + " " + from.group(2);
            }
        }
        return speech(sentence);
    }

    /**
     * A sentence as a speaker's words read, where the minutes set the speaker before a colon ("Mrs Alice Brennan: Asked when …", as
     * town and parish minutes record public participation): "Mrs Alice Brennan asked when …". Any other sentence as it is.
     */
    private static String speech(String sentence) {
        int colon = sentence.indexOf(':');
        if (colon < 3 || colon > 60 || colon + 7 > sentence.length() || !sentence.regionMatches(true, colon + 1, " asked", 0, 6)) {
            return sentence;
        }
        return sentence.substring(0, colon) + " asked" + sentence.substring(colon + 7);
    }

    /**
     * "The Director of Public Health (Sarah Quill)", "The Head of Housing Services, Perpetua Oyelaran,": an office, and in brackets or
     * between commas the person holding it, who is the speaker (in their post); null where the speaker is not an office or the aside
     * holds no name.
     */
    private static @Nullable Person officeHolder(String speaker, @Nullable String bracket) {
        String s = speaker.strip().replaceAll("\\s+", " ");
        if (bracket == null || !s.regionMatches(true, 0, "the ", 0, 4)) {
            return null;
        }
        // "(County Councillor Cadwaladr)": a Welsh member's title, like "Councillor", is no part of the name.
        Matcher titled = MEMBER_TITLE.matcher(bracket.strip());
        String name = NameLists.stripHonorifics(titled.lookingAt() ? bracket.strip().substring(titled.end()) : bracket.strip()).strip();
        // "The Chair, Councillor Heale,": a surname alone names the holder where a title leads it.
        return NameLists.isName(name, titled.lookingAt() || HONORIFIC_NAME.matcher(bracket.strip()).lookingAt()) ? new Person(name, s.substring(4)) : null;
    }

    /**
     * The speaker with the post an aside gives them, as printed: a bracketed or comma-set title ("Councillor Brooks (Portfolio Holder
     * for Environment)", "Graham Pike, Foster Carer Representative,", "Ms Lee, the Chair of the Youth Council,"). A description
     * ("a resident of …", "on behalf of …") is no post: the speaker keeps the role they had.
     */
    private static Person withAside(Person p, @Nullable String bracket, @Nullable String comma) {
        String aside = bracket != null ? bracket : comma;
        if (aside == null || p.name().startsWith("The ")) {
            return p;
        }
        String a = STANDING_LEAD.matcher(aside.strip().replaceAll("\\s+", " ")).replaceFirst("");
        if (PutQuestions.isDescription(a) || HONORIFIC_NAME.matcher(a).lookingAt()) {
            return p; // a description, or another person's name ("…, Mr Cole, …"), is no post
        }
        String role = a.replaceFirst("(?i)^the\\s+", "");
        // "Sharon Birchall, Director of Place, responded" where the attendance lists her as "Director of Place, NHS South Pennines
        // Integrated Care Board": the prose shortens the post the list gives whole, commas and all; the list's is the post.
        String listed = p.role();
        // So with the post's remit alone after its title ("The Head of Service, Children in Care and Care Leavers, …").
        if (listed != null && listed.length() > role.length() + 2 && (listed.regionMatches(true, 0, role, 0, role.length())
                && (listed.charAt(role.length()) == ',' || listed.startsWith(" (", role.length()))
                || listed.regionMatches(true, listed.length() - role.length() - 2, ", " + role, 0, role.length() + 2))) {
            return p;
        }
        return new Person(p.name(), role);
    }

    /**
     * "A member of the public asked whether …", "A resident queried …", "The member of the public further asked if …": a question whose
     * asker the minutes do not name. It is a question all the same, with no asker: none is made up (README, question records).
     */
    private static final Pattern UNNAMED_ASKER = Pattern.compile("^" + LEAD_IN + "(?:An?|One|Another|The(?:\\s+same)?)\\s+(?:(?:further|local|second|third)\\s+)?"
            // "A young person from the Children in Care Council, who had sent a question in writing, asked …": at a corporate parenting
            // panel, the young people the minutes do not name.
            + "(?:member\\s+of\\s+the\\s+(?:public|audience|gallery)|resident|questioner|speaker|parent|carer|foster\\s+carer"
            + "|young\\s+person|care\\s+leaver|child|pupil|student)\\b[^.?!]{0,160}?\\b(?:" + ASK + ")\\b");

    /**
     * Whether a paragraph opens by putting a question: a speaker who asks ("Ms Hart asked when …"), a question received from someone,
     * someone the minutes do not name ("A member of the public asked …"), or an answer to a question from someone ("In response to a
     * question from …, the Clerk said …").
     *
     * @param text a paragraph
     * @return true where its first sentence asks
     */
    static boolean opensQuestion(String text) {
        String t = text.strip();
        if (ASKS.matcher(asAsked(t)).find() || RECEIVED.matcher(t).lookingAt() || UNNAMED_ASKER.matcher(t).find()) {
            return true;
        }
        // "In response to a question from a member of the public, the Town Clerk said …": a question and its answer in one sentence.
        Matcher from = FROM_QUESTION.matcher(t);
        return from.lookingAt() && answeredAfter(t, from.end()) >= 0;
    }

    /**
     * Who a paragraph that opens by asking names as the asker, as printed ("Ms Nandi" in "By way of a supplementary question, Ms Nandi
     * asked …"); null where it opens with no named asker.
     *
     * @param text a paragraph
     * @return the asker as printed, or null
     */
    static @Nullable String askerIn(String text) {
        Matcher asks = ASKS.matcher(asAsked(text.strip()));
        return asks.find() ? asks.group(1) : null;
    }

    /**
     * Who an answer as printed opens by naming ("Councillor Brooks (Portfolio Holder for Environment) responded that …", "The Leader
     * replied …"), as printed, with no attendance list to name them from; null where it opens with no speaker.
     */
    static @Nullable Person answeredIn(String answer) {
        Matcher said = ANSWERS.matcher(answer.strip());
        if (!said.find() || UNNAMED.contains(said.group(1))) {
            return null;
        }
        Person named = officeHolder(said.group(1), said.group(2) != null ? said.group(2) : said.group(3));
        Person p = named != null ? named : withAside(PutQuestions.person(said.group(1)), said.group(2), said.group(3));
        return isBody(p) ? null : p; // "The Council replied to the consultation …" is no one answering
    }

    private static Person asPrinted(String speaker, Minutes m) {
        String s = speaker.strip().replaceAll("\\s+", " ");
        Matcher held = OFFICE_HELD_BY.matcher(s);
        if (held.matches()) {
            return new Person(held.group(2), held.group(1)); // "The Cabinet Member for Housing, Councillor Jones,": the member, in office
        }
        Matcher c = COUNCILLOR.matcher(s);
        if (c.matches()) {
            return new Person(c.group(1), "Councillor");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            String office = s.substring(4);
            return new Person("The " + office, office.equalsIgnoreCase("committee") ? null : office);
        }
        // "Mrs Jane Green asked …": a member of the public by name, without the courtesy title.
        String name = NameLists.stripHonorifics(s);
        return new Person(name.isEmpty() ? s : name, m.roles.get(s));
    }

    /** What is known at this point in the minutes: the meeting's date, the item, and the attendees' roles. */
    private static final class Minutes {
        final @Nullable PartialDate date;
        final Roster roster;
        final Map<String, String> roles = new LinkedHashMap<>();
        @Nullable String itemNumber;
        @Nullable String itemTitle;
        // Who has asked so far: members of the public are in no attendance list, so a later "Ms Dunn" is found here.
        final List<Person> askers = new ArrayList<>();

        Minutes(@Nullable PartialDate date, Roster roster) {
            this.date = date;
            this.roster = roster;
        }

        // Who has been named in full so far, in any role: "Ms Ferguson" after "Moira Ferguson, Service Manager, introduced …".
        final List<Person> people = new ArrayList<>();

        /**
         * The speaker as named in full earlier in the minutes, where the sentence names them by surname alone and one person of that
         * surname has been named; a speaker named in full is remembered.
         */
        Person known(Person spoken) {
            String name = spoken.name().strip();
            if (name.startsWith("The ") || UNNAMED.contains(name)) {
                return spoken;
            }
            if (name.indexOf(' ') < 0) {
                List<Person> named = people.stream().filter(p -> p.name().endsWith(" " + name)).toList();
                if (named.size() == 1) {
                    Person full = named.get(0);
                    return new Person(full.name(), spoken.role() != null ? spoken.role() : full.role());
                }
                return spoken;
            }
            if (people.stream().noneMatch(p -> p.name().equals(name))) {
                people.add(spoken);
            }
            return spoken;
        }

        // People the attendance lists by first name alone ("Young people present: Tia, Jordan and Kezia"), where the roster has none.
        final List<Person> firstNames = new ArrayList<>();

        /**
         * Notes the people an attendance line before the first item lists by a first name alone: "Young people present: Tia, Jordan
         * and Kezia (Children in Care Council)", each with the standing in brackets after the last; and the councillors it names in
         * full ("Also present: Councillor Gareth Ashdown"), so that a later "Councillor Ashdown" is found where the roster lists him
         * among no members.
         */
        void readPreamble(String text) {
            if (text.length() > 2000) {
                return;
            }
            if (text.contains("Councillor ") || text.contains("Cllr")) {
                Matcher c = PREAMBLE_COUNCILLOR.matcher(text);
                while (c.find()) {
                    Person p = new Person(c.group(1), "Councillor");
                    if (people.stream().noneMatch(q -> q.name().equals(p.name()))) {
                        people.add(p);
                    }
                }
            }
            int colon = text.indexOf(':');
            if (colon > 60 || text.length() > 600) {
                return;
            }
            // After a label ("Young people present:") each name is read; a block with no label is a list of names only where every
            // piece of it is one ("Tia – Children in Care Council" on a line of its own), not a sentence.
            List<Person> found = new ArrayList<>();
            String[] pieces = LIST_SPLIT.split(text.substring(colon + 1));
            for (String piece : pieces) {
                Matcher one = ONE_NAME.matcher(piece.strip());
                if (one.matches() && NameLists.isName(one.group(1), true) && !ROLE_WORDS.contains(one.group(1).toLowerCase(Locale.ROOT))) {
                    found.add(new Person(one.group(1), one.group(2) != null ? one.group(2).strip() : one.group(3) == null ? null : one.group(3).strip()));
                }
            }
            if (colon >= 0 || found.size() == pieces.length) {
                firstNames.addAll(found);
            }
        }

        /** Who asks in a sentence that opens "Tia asked …", where the attendance lists one person by that first name; null elsewhere. */
        @Nullable Person firstNamed(String sentence) {
            if (sentence.length() < 8 || !Character.isUpperCase(sentence.charAt(0)) || sentence.indexOf(' ') > 20) {
                return null;
            }
            Matcher f = FIRST_NAME_ASKS.matcher(sentence);
            if (!f.lookingAt()) {
                return null;
            }
            Person listed = roster.firstNamed(f.group(1));
            if (listed != null) {
                return listed;
            }
            List<Person> named = firstNames.stream().filter(p -> p.name().equals(f.group(1))).toList();
            return named.size() == 1 ? named.get(0) : null;
        }

        /** The asker as first named, where a later turn names them by surname alone ("Ms Dunn" after "Ms Rachel Dunn"). */
        Person asker(Person spoken) {
            String[] words = spoken.name().split("\\s+");
            if (words.length == 1) {
                List<Person> named = askers.stream().filter(p -> p.name().endsWith(" " + words[0])).distinct().toList();
                if (named.size() == 1) {
                    return named.get(0);
                }
            }
            if (!askers.contains(spoken)) {
                askers.add(spoken);
            }
            return spoken;
        }
    }

    private static final class Draft {
        final @Nullable Person askedBy;
        final StringBuilder question = new StringBuilder();
        final List<Person> answeredBy = new ArrayList<>();
        final StringBuilder answer = new StringBuilder();
        // The office the question was put to ("the Cabinet Member for Housing"), and the member named as holding it, where printed.
        @Nullable String office;
        @Nullable String officeHolder;

        Draft(@Nullable Person askedBy) {
            this.askedBy = askedBy;
        }

        /** Adds who answered, unless the minutes name no one ("Officers explained …") or it is the asker; the answerer, for what follows. */
        Person answered(Person answerer) {
            if (!UNNAMED.contains(answerer.name()) && !answeredBy.contains(answerer) && !answerer.equals(askedBy)) {
                answeredBy.add(answerer);
            }
            return answerer;
        }

        /**
         * A councillor answering a question put to an office answers in it: the member named as holding it, or, where none was
         * named, the first councillor to answer. Officers and members with another post keep theirs.
         */
        Person inOffice(Person answerer) {
            if (office == null || answerer.role() != null && !"Councillor".equals(answerer.role())) {
                return answerer;
            }
            boolean holds = officeHolder != null ? surname(answerer.name()).equalsIgnoreCase(surname(officeHolder))
                    : "Councillor".equals(answerer.role()) && answeredBy.stream().noneMatch(p -> office.equals(p.role()));
            return holds ? new Person(answerer.name(), office) : answerer;
        }

        private static String surname(String name) {
            String n = name.strip();
            return n.substring(n.lastIndexOf(' ') + 1);
        }

        Question build(Minutes m, ExtractContext context, Block first, Block last, int index) {
            Provenance p = context.provenance(first.page(), first.start(), last.end(), first);
            String q = question.toString().strip();
            String id = context.id(RecordType.QUESTION, p, Integer.toString(index), askedBy == null ? "" : askedBy.name());
            return new Question(id, m.date, m.itemNumber, m.itemTitle, askedBy, q, answeredBy,
                    answer.length() == 0 ? null : answer.toString().strip(), p, Mentions.NONE);
        }
    }
}
