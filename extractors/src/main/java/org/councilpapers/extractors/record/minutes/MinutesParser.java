package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.record.Person;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.record.MeetingFacts;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.vocab.DecisionWords;
import org.councilpapers.extractors.vocab.NameLists;
import org.councilpapers.extractors.vocab.Roles;
import org.councilpapers.extractors.vocab.UkDates;
import org.jspecify.annotations.Nullable;

/**
 * Reads one set of minutes: the heading ("Minutes of the Meeting of the … Committee held on 13
 * July 2021 at 7.00 pm", "MINUTES of a meeting of the Cabinet held in the Council Chamber … on
 * Thursday, 30 January 2025"), who was present, sent apologies and attended, and the numbered
 * minutes ("5. Items Raised by …", "86. Minutes of the Meeting held on 9th January 2025 (Item 3)"),
 * each with the blocks that belong to it.
 *
 * <p>A numbered line is a minute's heading when it reads as a title (short, not a sentence ending
 * in a full stop or colon, not a decision) and its number is higher than the last minute's, so the
 * numbered paragraphs inside a minute ("1. Mr Gough provided an update on the following:") are not
 * taken for minutes.
 */
public final class MinutesParser {
    // The committee's name may run into the heading when a rendering joins lines: "CABINET MINUTES of a meeting of the Cabinet held …".
    // Many councils open with no "Minutes" word: "At a meeting of the Cabinet held at County Hall on …", "Proceedings of a meeting of
    // the Council held …": the same sentence, naming the body, the place and the date. ("Record of …" is left to the decision records.)
    private static final Pattern HEADING = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{L}&',-]*|and|of|the)\\s+){0,6}?(?i:(?:(?:draft |unconfirmed |confirmed |signed |public )?minutes?\\s+(?:of|from)"
            + "|(?:minutes\\s+of\\s+)?proceedings\\s+(?:of|at)|at(?=\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?meeting\\s+of\\s))"
            + "\\s+(.{0,200}?)\\s*\\bheld\\b(.*))$");
    private static final Pattern MINUTES_OF = Pattern.compile("(?i)^(?:(?:draft|unconfirmed|confirmed|signed|public) )?minutes?\\s+(?:of|from)\\s+\\S.{0,150}$");
    private static final Pattern HELD = Pattern.compile("(?i)\\bheld\\b");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "and", "the", "for", "on", "in", "to", "a");
    private static final Pattern DATED_HEADING = Pattern.compile("^(.+?)\\s*(?:[–—-]|,|:)\\s*((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?\\d.*)$",
            Pattern.CASE_INSENSITIVE);
    // The heading's sentence ends at a full stop before a capital, or where the attendance begins.
    private static final Pattern HEADING_END = Pattern.compile("\\.\\s+(?=[A-Z])|\\s+(?=(?i:present|in attendance|apologies)\\s*:)");
    // Not inside a label of two words: "ALSO PRESENT:" and "Members present:" are one label each, not "ALSO" and a "PRESENT:" list.
    // Not after "County", "Borough", …: "Hawksmoor County Councillors:" heads a joint body's group of members, one heading.
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "(?<!\\b(?i:also|members|councillors|officers|officials|council|other members|public|employees|staff|committee|panel|board|county|borough|city|district))\\s+(?=(?:PRESENT|Co-opted Members?(?:\\(s\\))?|Other Members present|IN ATTENDANCE(?: VIRTUALLY| REMOTELY)?|ALSO PRESENT|APOLOGIES|OFFICERS(?: PRESENT)?|Present|Apologies|"
                    + "In attendance|Also present|Officers(?: present)?|Officials(?: in attendance| present)?|OFFICIALS(?: IN ATTENDANCE| PRESENT)?|Councillors|Co-opted Members?|Other Members|Sederunt|SEDERUNT|Attending|ATTENDING"
                    + "|(?i:(?:council )?employees present|members of the public(?: present)?))\\s*:)");
    // "Councillor A Smith (Chair), Councillors B Jones and C Marsh": the word again mid-list, before the names it covers.
    // Scottish minutes run on: "Councillor Davidson, Convener; and Councillors Blake, Clark and Hazel".
    private static final Pattern INNER_COUNCILLORS = Pattern.compile("(?i)(?<=[,;])\\s*(?:and\\s+)?(?:councillors|cllrs\\.?|aldermen)\\s+(?=\\p{Lu})");
    /**
     * A two-column label split over two lines: "Officers in" beside the first name, "Attendance:" beside the second; run together
     * by a reading, "Officers in Director of Leisure (Mr P Devlin) Attendance: Head of Estates (…)".
     */
    private static final Pattern SPLIT_LABEL_HEAD = Pattern.compile("(?i)^((?:officers|also|others?)\\s+in)(?:\\s+(.*?))?$");
    private static final Pattern SPLIT_LABEL_TAIL = Pattern.compile("(?i)^attendance\\s*:\\s*(.*)$");
    private static final Pattern SPLIT_LABEL_RUN_ON = Pattern.compile("(?i)^((?:officers|also|others?)\\s+in)\\s+(.*?)\\s*\\battendance\\s*:\\s*(.*)$");
    /**
     * A "Councillor" (or "Mr", "Mrs", "Ms", "Dr") that starts another person in a run-on list: after a name's last letter or a closing
     * bracket, with no comma, and not after the word it goes with ("Councillor Mrs Jane Smith", "and Councillor …").
     */
    private static final Pattern RUN_ON_COUNCILLOR = Pattern.compile("(?<=[\\p{L})])(?<!\\band|\\bfor|\\bby|\\bwith|\\bof|\\bCouncillor|\\bCllr)"
            + "\\s+(?=(?:Councillors?|Cllr\\.?|Aldermen|Alderman|Alderwoman|Bailie|Provost|Mr|Mrs|Ms|Miss|Dr)\\s+\\p{Lu})"
            // "Director of Leisure (Mr P Devlin) Head of Estates (Mrs R Kilfedder)": one entry a line, run together by a reading.
            + "|(?<=\\))\\s+(?=\\p{Lu}\\p{Ll}+\\s+(?:of\\s+)?\\p{Lu}[^()]{0,60}\\()");
    /** "The Mayor (Councillor Brian Lomas) in the Chair;": who presided, named in brackets after the office. */
    private static final Pattern CHAIR_IN_THE_CHAIR = Pattern.compile("(?i)^(?:the\\s+)?(?:mayor|lord\\s+mayor|chair(?:man)?|provost|civic\\s+mayor)\\s*"
            + "\\(\\s*(?:councillor|cllr\\.?)?\\s*([^()]{3,60})\\)\\s*(?:\\(?in\\s+the\\s+chair\\)?)\\s*[;,]?\\s*(?:and\\s+)?");
    /**
     * "The Deputy Mayor (Councillor Bernard Kaye)", "The Lord Provost (Councillor …);" under "Present:": a civic office with its holder in
     * brackets, not in the chair; the office is the holder's role.
     */
    private static final Pattern CIVIC_OFFICE = Pattern.compile("(?i)^(?:the\\s+)?((?:deputy\\s+|lord\\s+|civic\\s+|deputy\\s+lord\\s+)?"
            + "(?:mayor|provost|lieutenant|sheriff)|(?:deputy\\s+)?(?:chair(?:man)?|presiding\\s+member|vice-chair(?:man)?))\\s*"
            + "\\(\\s*(?:councillor|cllr\\.?|alderman)?\\s*([^()]{3,60})\\)\\s*[;,]?\\s*(?:and\\s+)?");
    /** A group of a body's members named in prose case before a colon ("Maintained primary headteachers:"), after a heading of its kind ("Schools members"). */
    // A group's label is a capital then lower-case words, an acronym or a number ("Early years PVI representative:", "Post-16
    // representative:", "Headteachers – primary:"): a second capitalised word would be the surname before it, not the label's.
    private static final Pattern GROUP_LABEL = Pattern.compile("(?:^|\\s+)(?:\\p{Lu}[\\p{Ll}-]+ members\\s+)?\\p{Lu}\\p{Ll}+"
            + "(?:(?:[ -]|\\s[–-]\\s)(?:\\p{Ll}[\\p{Ll}'’-]*|\\p{Lu}{2,}s?|\\d+)){0,5}:\\s+");
    /** A constituent council heading a joint body's members ("Ellerdale County Council", "Durham County Councillors:"). */
    private static final Pattern COUNCIL_GROUP = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}'’.-]*|and|of|the|upon|on)\\s+){1,5}?"
            + "(?:(?:County|Borough|City|District|Metropolitan Borough|Town|Unitary)\\s+)?(?:Council|Councillors)\\s*:?(?:\\s+|$)");
    /** A kind of seat heading its members ("Independent Co-opted Member (non-voting)", "Religious Representatives:"). */
    private static final Pattern CO_OPTED_GROUP = Pattern.compile("(?i:(?:independent|lay|co-opted|added|voting|non-voting|standards|religious"
            + "|church|parent|teacher)\\s+){1,3}(?i:members?|persons?|representatives?)(?:\\s*\\([^()]{0,30}\\))?\\s*:?(?:\\s+|$)");
    /** The seats a co-optee fills, not a council's: "Independent", "Lay", "Co-opted", "Added" members. */
    private static final Pattern CO_OPTED_SEAT = Pattern.compile("(?i)co-?opted|independent|lay|added");
    /** "County Councillors Andrew Blamire": the kind of council before the word is no part of the first name. */
    private static final Pattern COUNCILLORS_OF_KIND = Pattern.compile("^(?:County|Borough|City|District|Town|Parish)\\s+(?=Councillors?\\s|Cllrs?\\.?\\s)");
    private static final Pattern MEETING_OF = Pattern.compile("(?i)^(?:the|a|an)?\\s*(?:\\w+\\s+)?meeting\\s+of\\s+(?:the\\s+)?(.+)$");
    /** The labels of a list of the children and young people who took part, named by first name with their group. */
    private static final String YOUTH_LABEL = "(?:children and )?young people(?:'s representatives)?(?: present| in attendance)?"
            + "|youth (?:representatives?|council(?: representatives?| members)?|cabinet members|voice representatives?)";
    /** "Tia and Reuben (Children in Care Council)": given names, one or joined by "and", then the group they came from. */
    private static final Pattern YOUNG_PEOPLE_ENTRY = Pattern.compile("\\s*(?:and\\s+)?((?:\\p{Lu}[\\p{L}'’-]+(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*))*"
            + "\\p{Lu}[\\p{L}'’-]+)\\s*\\(([^()]{3,80})\\)\\s*[,;.]?");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^((?:members |councillors )?present|members of the (?:committee|panel|board|sub-committee|council|cabinet) present|sederunt"
                    // "Council Employees Present:" (a Welsh community council's clerk); "Members of the Public Present:" names few.
                    + "|(?:council )?(?:employees|staff) present|members of the public(?: present)?|attending"
                    + "|in the chair|councillors|(?:committee |panel |board )?members|(?:panel|forum|voting|board|committee|authority|partnership) members present|forum members|co-opted(?: members?(?:\\(s\\))?)?(?: present)?|co-optees?|"
                    // Children and young people who took part, named by first name with their group: "Young people:", "Youth representatives:".
                    + YOUTH_LABEL + "|"
                    + "other (?:members|councillors)(?: present| in attendance)?|apologies(?: for absence)?(?: were received from)?|substitutes?(?: members?)?|"
                    + "(?:also )?in attendance(?: virtually| remotely| online)?|also present|officers(?: present| in attendance)?|absent"
                    // Scotland's "Officials in attendance:", and "Council officers:" / "Officers attending:": the officers, not members.
                    + "|officials(?: present| in attendance)?|council officers(?: present| in attendance)?|officers attending"
                    // "Observer: Councillor Patrick Moxon, Executive Member for …", "Observers:": a schools forum's attenders who do not sit on it.
                    + "|observers?)"
                    // "Present:", "Present –", and Scotland's "Present:-".
                    + "\\s*(?::-?|[-–]\\s|$)\\s*(.*)$");
    /**
     * A label printed with no colon or dash, the names run on after it on the same line ("Present Councillor Martin Fogg (Chair) …",
     * "Apologies Councillor Nadia Rhodes; …"), as a reading joins a heading set over its list: only the labels no list's words begin
     * with ("Councillors", "Members" could be the first word of an entry), and read as a label only where a person follows.
     */
    private static final Pattern BARE_LABEL = Pattern.compile("(?i)^((?:members |councillors )?present|(?:also )?in attendance|also present"
            + "|apologies(?: for absence)?|co-opted members?|co-optees?|officers (?:present|in attendance)|" + YOUTH_LABEL + ")\\s+(\\p{Lu}.*)$");
    private static final Pattern APOLOGIES_SENTENCE = Pattern.compile(
            "(?i)\\b(?:apologies|an apology)(?: for absence)? (?:were|was|had been) (?:received|submitted|given|tendered|intimated"
                    // "Apologies were recorded for Councillor N. Breen.": recorded, for the one absent.
                    + "|recorded(?= (?:for|from) )) "
                    // "Apologies were received and accepted from Cllr G. Tennant (work)": a town or parish council's form.
                    + "(?:and (?:accepted|noted|approved) )?"
                    // The sentence ends at a full stop, not at an initial's ("Cllr G. Tennant").
                    + "(?:from|by|on behalf of|(?<=recorded )for) (.+?)(?:(?<!\\b(?-i:[A-Z]))\\.\\s|\\.$|$)");
    /**
     * "Cllr H Morgan sent her apologies", "Apologies: Councillor A Edwards had sent his apologies": the one who sent them named first,
     * at a line's or a sentence's start, as community and parish councils minute them.
     */
    private static final Pattern SENT_APOLOGIES = Pattern.compile("(?:^|[:.]\\s+)((?:(?i:councillors?|cllrs?\\.?|mr|mrs|ms|miss|dr)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’ -]{0,60}?(?:\\s+and\\s+(?:(?i:councillors?|cllrs?\\.?|mr|mrs|ms|miss|dr)\\s+)?\\p{Lu}[\\p{L}.'’ -]{0,60}?)?)"
            + "\\s+(?i:(?:had\\s+)?(?:sent|gave|tendered|submitted|offered)\\s+(?:(?:his|her|their)\\s+)?apologies)\\b(?!\\s+(?i:for\\s+(?:lateness|late|arriving|leaving|having)))");
    /**
     * One officer of a list that sets its entries apart with semicolons, as "Name, Post": the last may follow "and"; the post may carry
     * its remit in brackets ("Service Manager (Finance)"), which is part of the post, not a second role.
     */
    private static final Pattern NAME_COMMA_POST = Pattern.compile("(?:and\\s+)?([^,()]{3,60}),\\s*(\\p{Lu}[^,;()]{2,80}(?:\\([^()]{2,40}\\))?)\\s*[.;]?");
    /** "Councillor Sunita Rao, Cabinet Member for Children and Education": one person a line, with the office they hold. */
    private static final Pattern ONE_COUNCILLOR = Pattern.compile("(?i)^(?:councillor|cllr\\.?)\\s+([^,()]{3,60}),\\s*((?:the\\s+)?(?:deputy\\s+)?"
            + "(?:leader|(?:lead |assistant |shadow )?cabinet member|cabinet support member|portfolio holder|executive member|lead member|spokesperson"
            + "|chair(?:man)?|vice-chair(?:man)?|mayor|member for)\\b"
            // "…, Cabinet Member for Children, Young People and Schools": a remit after "for" or "of" may list its parts with commas.
            + "(?:[^,]{0,120}|[^,]{0,100}?\\b(?:for|of)\\s[^;()]{0,140}))$");
    /** A name set in a list after a comma, its given name an initial ("…, B Jones and C Ward"): a list of people, not a post's remit. */
    private static final Pattern INITIAL_AFTER_COMMA = Pattern.compile("(?:,|\\band)\\s*\\p{Lu}\\.?\\s+\\p{Lu}");
    /** A police officer's rank printed before the name, as a list of those attending sets it ("Assistant Chief Constable Gareth Mallinson"). */
    private static final Pattern POLICE_RANK = Pattern.compile("\\s+(?:(?:Assistant|Deputy|Temporary|Acting|T/)\\s*)?(?:Chief\\s+Constable"
            + "|(?:Detective\\s+)?(?:Chief\\s+)?(?:Superintendent|Inspector)|Commander|Commissioner\\s+of\\s+Police)$");
    /** A person's dash in an attendance line: "Gareth Wyn - Assistant Director", "Head of Estates – Ruth Kerr". */
    private static final Pattern ENTRY_DASH = Pattern.compile("\\s+[-–]\\s+");
    /**
     * A minute's number as councils print it: "45", and numbered by the year ("4/16", "23/2016") or by the body and the year
     * ("CPP/12/23"), where the sequence runs on within the year; a town or parish council puts the year first ("24/145").
     */
    static final String MINUTE_NUMBER = "(?:\\p{Lu}{1,6}/)?\\d{1,3}(?:/\\d{2,4})?";
    /**
     * The forms of a minute's number beyond {@link #MINUTE_NUMBER}: the body's letters set apart by a full stop ("C.101") or a
     * space before a number of the year ("CAB 12/24", "HWB 24/05"), or by a full stop before the year and number ("PL.23/31", a
     * planning committee's), the body's letters, the year and the number set apart by full
     * stops ("CAB.25.061") or by strokes with the year in four figures ("EX/2025/14"), or before the number alone ("CA 101", "FA 23": a combined or fire authority's
     * minutes; not "PART 2" or "PAGE 3", which are no minute's), an item's lettered sub-items ("Item 6(a)", "6b"), and roman
     * numerals ("IV.") that a full stop or bracket closes.
     */
    private static final String HEADING_NUMBER = "(?-i:[A-Z]{2,6}\\.\\d{2}\\.\\d{1,3}(?=[.:]?\\s)|[A-Z]{1,6}/(?:19|20)\\d{2}/\\d{1,3}(?=[.:]?\\s)"
            + "|[A-Z]{1,4}\\.(?=\\d)\\d{1,3}(?:/\\d{2,4})?|[A-Z]{2,6} \\d{1,3}/(?:\\d{2}|\\d{4})"
            + "|(?!(?:PART|PAGE|ITEM|ROOM|NOTE|STEP|WARD|AREA|PLAN|YEAR|TIER|UNIT|BAND|ZONE|LOT|NO|TO|OF|AT|ON|IN|BY|AS|OR|IS|IT|UP|MR|MRS|MS|DR)\\b)"
            + "[A-Z]{2,4} \\d{1,3}(?=[.:]?\\s)|\\d{1,3}(?:\\([a-z]\\)|[a-z])(?=[.:]?\\s)|[IVXL]{1,6}(?=[.)]\\s))|"
            + MINUTE_NUMBER;
    // The agenda's item printed beside the minute's own number: "Minute 45 (Agenda Item 6) Title", "CAB 12/24 Item 5 – Title".
    private static final String ITEM_BESIDE = "(?:\\s*\\(\\s*(?:agenda\\s+)?item\\s*(?:no\\.?\\s*)?(\\d{1,3}[a-z]?)\\s*\\)"
            + "|\\s+(?:agenda\\s+)?item\\s+(?:no\\.?\\s*)?(\\d{1,3}[a-z]?)\\b)";
    // "45. Title", "Minute 45 Title", "Min. 104 Title", and a record of decisions' "Item 5: Title" / "Agenda item 5 – Title".
    // A notice's "Agenda item: 9 – Family Hubs" and "Decision No. 14 – Treasury Management" too.
    private static final Pattern NUMBERED = Pattern.compile("(?i)^(?:(?:minute|min\\.?|(?:agenda\\s+)?item|decision)\\s*(?:no\\.?\\s*)?:?\\s*(?=\\p{Alnum}))?("
            + HEADING_NUMBER + ")(?:[.:)]|\\s+[–—-])?(?:" + ITEM_BESIDE + "(?:[.:]|\\s+[–—-])?)?\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}");
    /** A decision notice's number alone, its title on a labelled line under it: "Decision No. 14" over "Subject: …". */
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?i)^(?:(?:agenda\\s+)?item|decision|minute)\\s*(?:no\\.?|number)?\\s*:?\\s*("
            + MINUTE_NUMBER + ")\\.?$");
    private static final Pattern ITEM_LABEL_CELL = Pattern.compile("(?i)^(?:(?:agenda\\s+)?item|decision|minute)(?:\\s+(?:no\\.?|number))?$");
    private static final Pattern DECISION_LABEL_CELL = Pattern.compile("(?i)^(?:decisions?(?:\\(s\\))?(?:\\s+(?:made|taken))?|resolved|resolutions?)$");
    private static final Pattern TITLE_LABEL_CELL = Pattern.compile("(?i)^(?:subject(?:\\s+matter)?|title(?:\\s+of\\s+(?:the\\s+)?(?:decision|report|item))?"
            + "|(?:decision|report|item)\\s+title|heading)$");
    /** "Subject:", "Title of decision:", "Report title:", "Subject matter:": the title of the decision or item numbered above it. */
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(?:subject(?:\\s+matter)?|title(?:\\s+of\\s+(?:the\\s+)?(?:decision|report|item))?"
            + "|(?:decision|report|item)\\s+title|heading)\\s*(?::|[–—-]\\s)\\s*(\\S.*)$");
    /**
     * A "Title:" or "Subject:" field among a decision record's fields run into one paragraph (typed one under another with no blank
     * line, their values aligned after a gutter): the value runs to the name of the next field such records print.
     */
    private static final Pattern RUN_IN_TITLE = Pattern.compile("(?:^|\\s)(?i:subject(?:\\s+matter)?|title(?:\\s+of\\s+(?:the\\s+)?(?:decision|report|item))?"
            + "|(?:decision|report|item)\\s+title)\\s*:\\s*(\\S.*?)(?=\\s(?i:decision[- ]?(?:maker|taker|reference|date|type|number)|decision\\s+(?:taken|made)\\s+by|decided\\s+by|date(?:\\s+of\\s+decision)?"
            + "|directorate|department|service\\s+area|portfolio|wards?(?:\\(s\\))?(?:\\s+affected)?|key\\s+decision|exempt(?:\\s+information)?"
            + "|call[- ]in(?:\\s+applies)?|contact(?:\\s+officer)?|(?:report\\s+)?author|reference|classification|cabinet\\s+member)\\s*:|\\s*$)",
            Pattern.DOTALL);
    private static final Pattern SEQUENCE = Pattern.compile("\\d+");
    /** Room for an item's lettered sub-items ("6(a)" … "6(z)") between one figure's sequence and the next. */
    private static final int SUB_ITEMS = 100;
    private static final Pattern SUB_ITEM = Pattern.compile("^\\d{1,3}\\(?([a-zA-Z])\\)?$");
    private static final Pattern TWO_FIGURES = Pattern.compile("(\\d{1,3})/(\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{2})/(\\d{3}|(?!19|20)\\d{4})");
    /** "2025/14": the year in four figures, then the minute's number within it. */
    private static final Pattern FULL_YEAR_FIRST = Pattern.compile("((?:19|20)\\d{2})/(\\d{1,3})");
    /** A minute's number after the body's letters ("CPP/25/20", "HWB 24/05", "CAB.25.061", "EX/2025/14"): its figures, in order. */
    private static final Pattern CODED = Pattern.compile("\\p{Lu}{1,6}[/. ](\\d{1,4})[/.](\\d{1,4})");
    /**
     * A heading in capitals with the minute run on after it on the same line: the capitals end where a word in small letters, a
     * decision word ("RESOLVED that …") or a one-letter word before one ("A resident asked …") starts the minute's text.
     */
    private static final Pattern CAPITALS_THEN_BODY = Pattern.compile("^((?=[^a-z]*?\\p{Lu}{3})(?:[\\p{Lu}\\d][\\p{Lu}\\d'’&,/()-]*\\s+)*?"
            + "[\\p{Lu}\\d][\\p{Lu}\\d'’&/()-]*[\\p{Lu}\\d)’'])\\s*(?:[:.]|\\s[–—-])?\\s+((?:\\p{Lu}\\p{Ll}|(?:RESOLVED|AGREED|NOTED|RECOMMENDED)\\b|[AI]\\s+\\p{Ll}).*)$");
    private static final Pattern MARKER = Pattern.compile("^\\(?(\\d{1,3})[.)]?$");
    private static final Pattern ITEM_REF = Pattern.compile("(?i)\\s*\\(\\s*(?:agenda\\s+)?item\\s*(?:no\\.?\\s*)?(\\d{1,3}[a-z]?)\\s*\\)\\s*$");
    // A heading that is a decision ("Resolved that …", "The Panel agreed …") is no minute's title.
    private static final Pattern DECISION_WORD = Pattern.compile("(?i)^(?:it was |the \\w+ )?" + DecisionWords.alternation(DecisionWords.Setting.LABEL)
            + "\\b.*");
    // A title ends in a word, a figure, a bracket or a question; a full stop, colon or bullet ends a sentence or a lead-in.
    private static final Pattern TITLE_END = Pattern.compile("[\\p{L}\\d)'’\"”?]$");
    // A wrapped minute title read as one item runs to two or three lines (Kent: "90. 24/00109 - Transfer ...").
    private static final int MAX_TITLE = 250;
    private static final int SHORT_LINE_WORDS = 4;
    private static final int MAX_TITLE_LINES = 2;
    // The title of minutes or of a record of decisions is among a part's first blocks.
    /** Where one person's entry ends and the next councillor's begins, the entries run on or set apart by a comma. */
    private static final Pattern ENTRY_COUNCILLOR = Pattern.compile("(?:(?<=[\\p{L})])(?<!\\band|\\bfor|\\bby|\\bwith|\\bof|\\bCouncillor|\\bCllr)\\s+|\\s*[,;]\\s*(?:and\\s+)?)(?=(?:Councillor|Cllr\\.?)\\s+\\p{Lu})");
    private static final Pattern YOUTH = Pattern.compile("(?:children and )?young|youth");
    private static final Pattern COUNCILLOR_FIRST = Pattern.compile("(?:Councillors?|Cllrs?\\.?|COUNCILLORS?|CLLRS?)\\s+\\p{Lu}");
    private static final int OPENING = 8;
    /**
     * How far into a part the "Minutes of a meeting of … held on …" sentence is looked for past the opening lines: a web page's
     * minutes print it under the site's banner, search box, menu and breadcrumb.
     */
    private static final int PAGE_OPENING = 40;
    private static final int SHORT_TITLE = 120;
    /**
     * The title of a record of decisions: "Record of Decisions taken by the Cabinet …", "Record of Executive Decision", "Notice of
     * decisions", "DECISION NOTICE", "Cabinet Member Decision Record", "Decisions of the Cabinet meeting held on …", "Decisions".
     */
    private static final Pattern DECISION_HEADING = Pattern.compile("(?i)^(?:(?:formal |the )?(?:record|schedule|notice|summary|register|list) of "
            + "(?:the |an? )?(?:(?:executive|key|delegated|individual|cabinet member|portfolio holder|officer|leader'?s?|urgent|committee) )*decisions?\\b(.*)"
            + "|(?:[\\p{L}'&-]+ ){0,4}?(?:(?:executive|key|delegated|individual|cabinet member|portfolio holder|officer) )*decisions? "
            + "(?:notice|record|sheet|list|summary)\\b(.*)"
            + "|decisions? (?:taken|made|of|agreed)\\b(.*)|decisions:?"
            // ModernGov's page of one decision: "Decision details" over the decision's title and its labelled facts.
            + "|decision details"
            // "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision": the notice of one person's decision, titled alone.
            + "|(?:individual |delegated )?(?:cabinet member|portfolio holder|lead member|executive member|leader'?s?|mayor'?s?|officer)"
            + "(?:'?s)? (?:key |executive |delegated )?decisions?)$");
    /** "CABINET – DECISIONS", "Cabinet: Decisions", "Cabinet Decisions": the body's name and the word; only a body's name makes it a title. */
    private static final Pattern BODY_DECISIONS = Pattern.compile("(?i)^([\\p{L}'&, -]{3,80}?)\\s*(?:[–—:-]\\s*)?(?:record of )?decisions:?$");
    /** "… a summary of the decisions taken at the meeting of the Cabinet held on 13 March 2024": the sentence under a bare title. */
    private static final Pattern DECISIONS_SENTENCE = Pattern.compile("(?i)\\b(?:summary|record|list|schedule) of (?:the )?decisions (?:taken|made|agreed) "
            + "(?:at|by) (?:the )?(?:meeting of (?:the )?)?(.{3,80}?)(?: at its meeting)?(?: held)? on ((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?\\d{1,2}\\S* \\p{L}+,? \\d{4})");
    /** "taken by the Cabinet on …", "of the Cabinet meeting held on …": the body that decided. */
    private static final Pattern DECIDED_BY = Pattern.compile("(?i)(?:\\bby|\\bof|\\bat)\\s+(?:the\\s+)?(?:meeting of (?:the\\s+)?)?"
            + "(.+?)(?:\\s+(?:at its|at the|meeting|held|on)\\b.*|\\s*[–—-]\\s*\\d.*|,.*|$)");
    /**
     * "Minutes" alone, or "Cabinet Minutes", "Minutes of Cabinet": a title whose date and body are on lines of their own; Scottish
     * councils title a meeting's record in the singular ("MINUTE OF MEETING" over the committee's name).
     */
    private static final Pattern BARE_TITLE = Pattern.compile("(?i)^(?:(?:draft|unconfirmed|confirmed|signed|approved) )?minutes?(?: of (?:the )?[\\p{L}&' -]{3,60})?:?$"
            + "|^[\\p{L}&' -]{3,60} (?:draft )?minutes$"
            // "Minutes – 17 November 2016" under the committee's name: the word and the meeting's date.
            + "|^(?:(?:draft|unconfirmed|confirmed|approved) )?minutes?\\s*[–—:-]\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
            + "\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4}$");
    // The body a bare title names: "Minutes of Cabinet", "MINUTE OF MEETING" run on with "EDUCATION COMMITTEE" under it.
    private static final Pattern BARE_TITLE_OF = Pattern.compile("(?i)^(?:(?:draft|unconfirmed|confirmed|signed|approved) )?minutes? of "
            + "(?:the )?(?:meeting(?: of(?: the)?)? )?(.+)$");
    // "That the minutes of the meeting held on … be signed": a decision about minutes, not their title.
    private static final Pattern THAT = Pattern.compile("(?i)^\\s*that\\b");
    /** The header of a column of an attendance table that is not its people: "Group", "Political party", "Ward". */
    private static final Pattern OTHER_COLUMN = Pattern.compile("(?i)(?:political )?(?:group|party)|(?:electoral )?(?:ward|division)s?"
            + "|representing|organisation|body|area|constituency");
    private static final Pattern ATTESTING = Pattern.compile("present|attendance|attending|sederunt|^apologies");
    /** A word of each of LABEL's labels, and of APOLOGIES_SENTENCE: a block with none of them starts no list. */
    private static final List<String> LABEL_WORDS = List.of("present", "councillor", "member", "apolog", "substitut", "attendance",
            "officer", "official", "absent", "in the chair", "sederunt", "attending", "co-opt", "young", "youth", "observer");
    /** The labelled facts of a record of decisions. */
    private static final Pattern FACT_LABEL = Pattern.compile("(?i)^(decision[- ]?maker|decision[- ]?taker|decision (?:taken|made) by|decided by|"
            + "meeting|committee|body|date of (?:the )?(?:decision|meeting)|decision date|meeting date|date (?:of )?decision (?:taken|made)|date|when"
            // A web page's summary table: "Time | 7.00 pm", "Venue | Council Chamber, …".
            + "|time|start time|venue|location)"
            + "\\s*:\\s*(.+)$");

    /**
     * A minute: its number and title as printed, the agenda item it minutes where it says, and its blocks [from, to).
     *
     * @param number the minute's number as printed, or null
     * @param title its title as printed
     * @param agendaItem the agenda item it minutes, where it says, or null
     * @param from the index of its first block
     * @param to the index after its last block
     * @param runOn what the heading's line goes on to say after its title ("25/139 APOLOGIES FOR ABSENCE Apologies were received
     *              from …"), the minute's first words; else null
     */
    public record Minute(@Nullable String number, String title, @Nullable String agendaItem, int from, int to, @Nullable String runOn) {

        /**
         * A minute whose heading is a line of its own.
         *
         * @param number the minute's number as printed, or null
         * @param title its title as printed
         * @param agendaItem the agenda item it minutes, where it says, or null
         * @param from the index of its first block
         * @param to the index after its last block
         */
        public Minute(@Nullable String number, String title, @Nullable String agendaItem, int from, int to) {
            this(number, title, agendaItem, from, to, null);
        }
    }

    /**
     * What the minutes say about their meeting, and their minutes.
     *
     * @param committee the committee the minutes are of, or null
     * @param date the meeting's date, or null
     * @param time the meeting's time as printed, or null
     * @param venue where the meeting was held, or null
     * @param present the names of those present
     * @param presentRoles those present with the roles printed beside them
     * @param substitutes the members attending in another's place
     * @param apologies the names of those who sent apologies
     * @param inAttendance the officers and others in attendance
     * @param minutes the minutes, in order
     * @param headingBlock the index of the block holding the heading
     * @param preambleEnd the block the first minute starts at; the block count where there is no minute
     * @param title what titles the part as minutes or a record of decisions, {@link Title#NONE} for nothing
     * @param attested whether a list says who was present, attended or sent apologies
     */
    public record Minutes(
            @Nullable String committee,
            @Nullable PartialDate date,
            @Nullable String time,
            @Nullable String venue,
            List<String> present,
            List<Person> presentRoles,
            List<Person> substitutes,
            List<String> apologies,
            List<Person> inAttendance,
            List<Minute> minutes,
            int headingBlock,
            int preambleEnd,
            Title title,
            boolean attested) {
        // Shared by every extractor that reads the part (see PaperMinutes), so no one of them may change it for the others.
        /**
         * Copies the lists: one parse is shared by every extractor that reads the part (see {@link PaperMinutes}).
         *
         * @param committee the committee the minutes are of, or null
         * @param date the meeting's date, or null
         * @param time the meeting's time as printed, or null
         * @param venue where the meeting was held, or null
         * @param present the names of those present
         * @param presentRoles those present with the roles printed beside them
         * @param substitutes the members attending in another's place
         * @param apologies the names of those who sent apologies
         * @param inAttendance the officers and others in attendance
         * @param minutes the minutes, in order
         * @param headingBlock the index of the block holding the heading
         * @param preambleEnd the block the first minute starts at; the block count where there is no minute
         * @param title what titles the part as minutes or a record of decisions, {@link Title#NONE} for nothing
         * @param attested whether a list says who was present, attended or sent apologies
         */
        public Minutes {
            present = List.copyOf(present);
            presentRoles = List.copyOf(presentRoles);
            substitutes = List.copyOf(substitutes);
            apologies = List.copyOf(apologies);
            inAttendance = List.copyOf(inAttendance);
            minutes = List.copyOf(minutes);
        }

        /**
         * Whether the part is the record of a meeting by its own evidence: a line that titles it minutes or a record of
         * decisions, or a line that lists who was present, attended or sent apologies. A report that mentions a meeting has
         * neither, and a "Members" column of a work programme says who asked, not who came.
         */
        boolean recordsMeeting() {
            return title != Title.NONE || attested;
        }
    }

    /** What titles a part as the record of a meeting. */
    public enum Title {
        /** "Minutes of the meeting of … held on …", or "Minutes" over the committee's name and the date. */
        MINUTES,
        /** "Record of decisions taken by …", "Decision notice", "Decisions" over the decision maker and the date. */
        DECISIONS,
        /** Nothing says so. */
        NONE
    }

    /** "DECISION", "Decision(s):", "DECISIONS MADE": the label over a notice's decisions. */
    /** "Decision:" run on with what was decided ("Decision: Councillor X, Cabinet Member for …, has decided:"), as a page's text reads. */
    private static final Pattern DECISION_LEAD = Pattern.compile("(?i)^decisions?(?:\\(s\\))?(?:\\s+(?:made|taken))?\\s*:\\s");
    /** "Date of decision:", "Decision date:", "Date decision taken:", set anywhere in a line (a run-on block of labels). */
    private static final Pattern DECISION_DATE_LABEL = Pattern.compile("(?i)(?:date of (?:the )?decision|decision date|date (?:of )?decision (?:taken|made))"
            + "\\s*:\\s*");
    // How far past its label a decision's date may start and end: "Wednesday, 2nd June 2025" fits.
    private static final int DATE_VALUE = 40;
    private static final Pattern DECISIONS_LABEL = Pattern.compile("(?i)^decisions?(?:\\(s\\))?(?:\\s+(?:made|taken))?\\s*:?$");
    /** One person takes the decision: a cabinet or lead member, a portfolio holder, the leader or mayor, an officer. */
    private static final Pattern PERSON_TAKER = Pattern.compile("(?i)\\b(?:individual|(?:cabinet|lead|executive|portfolio) member|portfolio holder"
            + "|member for|leader|mayor|councillor|cllr|director|officer|head of|chief executive|manager)\\b");
    // A notice's subject set as a heading line in capitals: two words or more, no colon, no full stop.
    private static final Pattern CAPITALS_LINE = Pattern.compile("^[\\p{Lu}\\d][\\p{Lu}\\d ,&'’()/–-]{4,}$");

    private MinutesParser() {}

    /**
     * The subject of a notice of one decision, where the notice numbers no minutes: a "Subject:" / "Title of decision:" /
     * "Report title:" line among the lines before its decisions, or else the heading in capitals just above the "DECISION"
     * label ("PARKING ORDERS IN THE TOWN CENTRE CONSERVATION AREA"). Null where it names none.
     */
    static @Nullable String noticeSubject(List<Block> blocks, int from, int to) {
        int label = -1;
        for (int i = from; i < Math.min(to, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.table() != null) {
                String titled = titleCell(b.table());
                if (titled != null) {
                    return titled; // "Decision title | Renewal of the CCTV Monitoring Service Agreement": the record's fields as a table
                }
                continue;
            }
            String raw = b.text();
            if (raw.indexOf('\n') < 0 && (raw.contains("itle:") || raw.contains("ubject:") || raw.contains("ITLE:") || raw.contains("UBJECT:"))) {
                // "Decision reference:    ODR/CS/2025/047" over "Title:                 Award of contract …" typed with no blank line
                // between them, read as one paragraph of fields (a block with its lines kept is read line by line below): the next
                // field's name ends the title.
                Matcher runIn = RUN_IN_TITLE.matcher(raw);
                if (runIn.find() && runIn.group(1).length() <= MAX_TITLE) {
                    return runIn.group(1).replaceAll("\\s+", " ").strip();
                }
            }
            for (TextLine line : TextLine.of(b)) {
                Matcher t = TITLE_LABEL.matcher(line.text());
                if (t.matches() && t.group(1).length() <= MAX_TITLE) {
                    return t.group(1).strip();
                }
            }
            if (DECISIONS_LABEL.matcher(TextLine.squash(b.text())).matches() || DECISION_LEAD.matcher(b.text()).lookingAt()) {
                label = i;
                break;
            }
        }
        for (int i = label - 1; i >= from; i--) {
            String t = TextLine.squash(blocks.get(i).text());
            if (t.isEmpty()) {
                continue;
            }
            boolean words = t.split("\\s+").length >= 2 && t.length() <= MAX_TITLE;
            if (words && CAPITALS_LINE.matcher(t).matches() && !DECISION_HEADING.matcher(t).matches() && !PERSON_TAKER.matcher(t).find()) {
                return t;
            }
            break;
        }
        return label > from ? namedUnderTitle(blocks.get(from)) : null;
    }

    /**
     * The decision a record names on the line under its own title ("Delegated Officer Decision" over "Approval of Fees and Charges for
     * Bulky Waste Collections 2026/27"): a title's words, not a labelled field, a date, a body's or council's name or the person deciding.
     */
    private static @Nullable String namedUnderTitle(Block b) {
        String t = TextLine.squash(b.text());
        if (b.table() != null || b.kind() == BlockKind.LIST_ITEM || t.length() > SHORT_TITLE || t.indexOf(':') >= 0 || t.split("\\s+").length < 3
                || !Character.isUpperCase(t.codePointAt(0)) || !TITLE_END.matcher(t).find() || UkDates.find(t).filter(PartialDate::isFullDate).isPresent()
                || MeetingFacts.isCommitteeLine(t) || t.regionMatches(true, t.length() - 8, " council", 0, 8) || DECISION_HEADING.matcher(t).matches() || PERSON_TAKER.matcher(t).find()
                || DECISIONS_LABEL.matcher(t).matches()) {
            return null;
        }
        return t;
    }

    // The value beside a "Title" / "Subject" / "Decision title" label in a table of two columns; null where no row has one.
    private static @Nullable String titleCell(org.councilpapers.core.layout.Table t) {
        if (t.colCount() > 3) {
            return null;
        }
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r).stream().map(TextLine::squash).filter(c -> !c.isEmpty()).toList();
            if (row.size() == 2 && row.get(1).length() <= MAX_TITLE && TITLE_LABEL_CELL.matcher(row.get(0).replaceFirst("[:.]$", "").strip()).matches()) {
                return row.get(1);
            }
        }
        return null;
    }

    /**
     * Whether a record of decisions is of a decision one person took (a cabinet member, a portfolio holder, the leader, an
     * officer) rather than a body at a meeting: its decision maker or its title names the person. Such a decision is taken
     * outside any meeting, so it gives no meeting record.
     *
     * @param m the part's minutes
     * @param blocks the part's blocks
     * @return true for a decision taken by one person
     */
    public static boolean takenByOnePerson(Minutes m, List<Block> blocks) {
        if (m.title() != Title.DECISIONS || !m.present().isEmpty()) {
            return false;
        }
        if (m.committee() != null) {
            return PERSON_TAKER.matcher(m.committee()).find();
        }
        String title = m.headingBlock() < blocks.size() ? TextLine.squash(blocks.get(m.headingBlock()).text()) : "";
        return PERSON_TAKER.matcher(title).find();
    }

    static Minutes parse(List<Block> blocks) {
        int heading = 0;
        Title title = Title.NONE;
        for (int i = 0; i < Math.min(blocks.size(), OPENING); i++) {
            Block b = blocks.get(i);
            if (b.table() == null && !(b.kind() == BlockKind.LIST_ITEM && b.marker() != null)
                    && !THAT.matcher(b.text()).lookingAt() && HEADING.matcher(headingText(blocks, i)).matches()) {
                heading = i;
                title = Title.MINUTES;
                break;
            }
        }
        Opening opening = title == Title.NONE ? opening(blocks) : null;
        if (title == Title.NONE && (opening == null || opening.date() == null)) {
            // No title in the opening lines that dates the meeting: a web page's sentence under its menus may.
            int far = pageHeading(blocks);
            if (far >= 0) {
                heading = far;
                title = Title.MINUTES;
                opening = null;
            }
        }
        if (opening != null && opening.title() == Title.DECISIONS) {
            return finish(blocks, opening.heading(), opening.title(), opening.committee(), opening.date(), opening.time(), opening.venue());
        }
        String committee = null;
        PartialDate date = null;
        String time = null;
        String venue = null;
        String head = blocks.isEmpty() ? "" : headingText(blocks, heading);
        Matcher h = HEADING.matcher(head);
        if (h.matches()) {
            Matcher of = MEETING_OF.matcher(h.group(1).strip());
            String name = of.matches() ? of.group(1) : h.group(1).replaceFirst("(?i)^(?:the\\s+)", "").replaceFirst("(?i)\\s+meeting$", "");
            name = upperCaseName(name);
            // "Minutes of the Ordinary Meeting held on …" names the kind of meeting, not the body that met.
            boolean meetingOnly = h.group(1).strip().toLowerCase(Locale.ROOT).matches("(?:the |a |an )?(?:\\w+ )?meeting");
            committee = name.isBlank() || meetingOnly || name.toLowerCase(Locale.ROOT).matches("(?:the )?(?:\\w+ )?meeting") ? null : name.strip();
            String rest = HEADING_END.split(h.group(2), 2)[0];
            date = UkDates.find(rest).filter(PartialDate::isFullDate).orElse(null);
            time = MeetingFacts.time(rest);
            venue = MeetingFacts.venueInSentence("held" + rest);
            // "… held on Monday 17 March 2025 at 5.30 pm" over "Committee Room 3, …": the place on the line under, run on by a reading.
            venue = venue != null || date == null ? venue : MeetingFacts.venueAfterTime(rest);
        } else {
            // No "Minutes of …" sentence: a heading such as "Audit and Governance Committee – 20 July 2022" names both.
            for (int i = 0; i < Math.min(blocks.size(), 4) && date == null; i++) {
                String t = TextLine.squash(blocks.get(i).text());
                Matcher dated = DATED_HEADING.matcher(t);
                if (t.length() <= MAX_TITLE && dated.matches() && UkDates.find(dated.group(2)).map(PartialDate::isFullDate).orElse(false)) {
                    committee = MeetingFacts.isCommitteeLine(dated.group(1)) ? dated.group(1) : null;
                    date = UkDates.find(dated.group(2)).orElse(null);
                    time = MeetingFacts.time(dated.group(2));
                }
            }
        }
        if (committee == null) {
            for (int i = 0; i < heading; i++) {
                String t = TextLine.squash(blocks.get(i).text());
                if (MeetingFacts.isCommitteeLine(t)) {
                    committee = t;
                }
            }
        }
        if (opening != null) {
            // "Minutes" set alone over the body's name and the date: the title says what the part is; the lines under it say the rest.
            title = Title.MINUTES;
            committee = committee != null ? committee : opening.committee();
            date = date != null ? date : opening.date();
            time = time != null ? time : opening.time();
            venue = venue != null ? venue : opening.venue();
        }
        return finish(blocks, heading, title, committee, date, time, venue);
    }

    /**
     * A web page's "Minutes of a meeting of the Overview and Scrutiny Committee held on Tuesday, 21 October 2025 at 6.30 pm in …", set
     * under the site's banner, menu and breadcrumb, past the opening lines: the sentence names the body and the full date. The look
     * ends at the first attendance list, table, numbered heading or decision, so a minute's "Minutes of the meeting held on …" is not
     * taken for it; list items (a menu, a breadcrumb) are passed over.
     * The block's index, or -1.
     */
    private static int pageHeading(List<Block> blocks) {
        for (int i = OPENING; i < Math.min(blocks.size(), PAGE_OPENING); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            if (b.kind() == BlockKind.LIST_ITEM) {
                continue; // a menu's or breadcrumb's links, numbered or not, are no minutes yet
            }
            if (b.table() != null || !t.isEmpty() && Character.isDigit(t.charAt(0)) || LABEL.matcher(TextLine.squash(t)).matches()
                    || DECISION_WORD.matcher(t).lookingAt()) {
                return -1;
            }
            if (t.length() < 30 || !t.regionMatches(true, 0, "minutes of ", 0, 11)) {
                continue; // the sentence opens the block: "Minutes of a meeting of …"
            }
            Matcher h = HEADING.matcher(headingText(blocks, i));
            if (h.matches() && UkDates.find(h.group(2)).filter(PartialDate::isFullDate).isPresent()) {
                Matcher of = MEETING_OF.matcher(h.group(1).strip());
                if (of.matches() && MeetingFacts.isCommitteeLine(of.group(1).strip())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Minutes finish(List<Block> blocks, int heading, Title title, @Nullable String committee, @Nullable PartialDate date,
            @Nullable String time, @Nullable String venue) {
        committee = committee == null ? null : MeetingFacts.committeeName(committee);
        List<Minute> minutes = minutes(blocks, heading + 1);
        int preambleEnd = minutes.isEmpty() ? blocks.size() : minutes.get(0).from();
        String place = venue != null ? venue : preambleVenue(blocks, heading, preambleEnd);
        String when = time != null ? time : preambleTime(blocks, heading, preambleEnd);
        Attendance a = attendance(blocks, heading, preambleEnd);
        if (a.apologies.isEmpty()) {
            for (Block b : blocks) {
                if (!mentions(b.text(), "apolog")) {
                    continue; // the sentence's first word: most blocks of a part lack it, and squashing them all was a hot spot
                }
                String text = TextLine.squash(b.text());
                Matcher m = APOLOGIES_SENTENCE.matcher(text);
                if (m.find()) {
                    a.apologies.addAll(NameLists.names(withoutSubstitutions(m.group(1))));
                    break;
                }
                Matcher sent = SENT_APOLOGIES.matcher(text);
                List<String> senders = sent.find() ? NameLists.names(sent.group(1)) : List.of();
                if (!senders.isEmpty()) {
                    a.apologies.addAll(senders);
                    break;
                }
            }
        }
        return new Minutes(committee, date, when, place, a.present, a.presentRoles, a.substitutes, a.apologies, a.inAttendance, minutes, heading, preambleEnd,
                title, a.attested);
    }

    /**
     * The place the lines around the heading give where its sentence gives none: "Venue:" or "Location:" lines, or "Meeting held
     * remotely via Microsoft Teams" (see {@link MeetingFacts#venueLine}); the first minute ends the search.
     */
    private static @Nullable String preambleVenue(List<Block> blocks, int heading, int preambleEnd) {
        int to = Math.min(preambleEnd, Math.min(blocks.size(), heading + OPENING));
        for (int i = heading + 1; i < Math.min(to, heading + 3) && blocks.get(i).table() == null; i++) {
            // The place on the line under the heading's sentence, set apart: "Committee Room 3, Westmarsh House, … WM1 2AB"; or under
            // the date line that follows a heading ending "held on" ("Tuesday 4 November 2025 at 6.00 pm" over the place).
            List<TextLine> under = TextLine.of(blocks.get(i));
            String first = under.isEmpty() ? "" : TextLine.squash(under.get(0).text());
            if (MeetingFacts.isPlaceLine(first)) {
                return first;
            }
            if (!MeetingFacts.isMeetingDateLine(first)) {
                break;
            }
        }
        for (int i = Math.max(0, heading - 3); i < to; i++) {
            if (blocks.get(i).table() != null) {
                continue;
            }
            for (TextLine line : TextLine.of(blocks.get(i))) {
                String v = line.text().length() <= MAX_TITLE ? MeetingFacts.venueLine(line.text()) : null;
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * The time a sentence of the opening says the meeting began, where the title gives none: "The meeting was held in the Council
     * Chamber, Eastwold House, at 7pm." (see {@link MeetingFacts#startInProse}).
     */
    private static @Nullable String preambleTime(List<Block> blocks, int heading, int preambleEnd) {
        int to = Math.min(preambleEnd, Math.min(blocks.size(), heading + OPENING));
        for (int i = Math.max(0, heading); i < to; i++) {
            if (blocks.get(i).table() != null) {
                continue;
            }
            for (TextLine line : TextLine.of(blocks.get(i))) {
                String t = line.text().length() <= MAX_TITLE ? MeetingFacts.startInProse(line.text()) : null;
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** What the opening lines of a part without a "Minutes of … held …" sentence say about it. */
    private record Opening(int heading, Title title, @Nullable String committee, @Nullable PartialDate date, @Nullable String time,
            @Nullable String venue) {}

    /**
     * The opening of a record of decisions ("Record of Decisions taken by the Cabinet on 13 March 2024", "DECISION NOTICE" over
     * "Decision maker: Cabinet" and "Date of decision: 13 March 2024", "Decisions" over "Cabinet" and a date), or of minutes titled by
     * the word alone ("Cabinet" / "Minutes" / "Monday 4 March 2013"): null where the opening has neither title. A title that
     * names neither a body nor a date is not enough: "Minutes" alone over a report's text says nothing of a meeting.
     */
    private static @Nullable Opening opening(List<Block> blocks) {
        int n = Math.min(blocks.size(), OPENING);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            String t = englishTitle(TextLine.squash(b.text()));
            if (b.table() != null || t.length() > MAX_TITLE || b.kind() == BlockKind.LIST_ITEM && b.marker() != null) {
                continue; // "1. Minutes" is a minute's heading, not the part's title
            }
            Matcher d = DECISION_HEADING.matcher(t);
            Matcher s = DECISIONS_SENTENCE.matcher(t);
            boolean bare = BARE_TITLE.matcher(t).matches();
            Matcher body = BODY_DECISIONS.matcher(t);
            boolean bodyDecisions = body.matches() && MeetingFacts.isCommitteeLine(body.group(1).strip());
            if (!d.matches() && !s.find() && !bare && !bodyDecisions) {
                continue;
            }
            Title title = bare && !d.matches() && !s.find(0) ? Title.MINUTES : Title.DECISIONS;
            String committee = bodyDecisions ? upperCaseName(body.group(1).strip()) : null;
            PartialDate date = null;
            String time = null;
            String venue = null;
            int dateLine = -1;
            String rest = d.matches() ? firstNonNull(d.group(1), d.group(2), d.group(3)) : s.find(0) ? s.group(1) + " on " + s.group(2) : "";
            Matcher by = DECIDED_BY.matcher(rest == null ? "" : rest);
            Matcher of = BARE_TITLE_OF.matcher(t);
            if (by.find() && MeetingFacts.isCommitteeLine(by.group(1).strip())) {
                committee = upperCaseName(by.group(1).strip());
            } else if (bare && of.matches() && MeetingFacts.isCommitteeLine(of.group(1).strip())) {
                committee = upperCaseName(of.group(1).strip()); // "MINUTE OF MEETING EDUCATION AND CHILDREN'S SERVICES COMMITTEE"
            }
            if (bare && rest != null && rest.isEmpty()) {
                rest = t.replaceFirst("(?i)^.*?minutes?\\s*[–—:-]?\\s*", ""); // the date a bare title prints after the word, if any
            }
            if (rest != null) {
                date = UkDates.find(rest).filter(PartialDate::isFullDate).orElse(null);
                // "… held on Wednesday 8 May 2024 at 7.00 pm at the Council Chamber, Town Hall": the title's sentence says when and where.
                time = date != null ? MeetingFacts.time(rest) : null;
                venue = date != null ? MeetingFacts.venueInSentence(rest) : null;
            }
            // The facts may be set out around the title: labelled, or as lines of their own.
            for (int j = Math.max(0, i - 3); j < Math.min(blocks.size(), i + OPENING); j++) {
                if (j == i) {
                    continue;
                }
                for (String l : openingLines(blocks.get(j))) {
                    Matcher f = FACT_LABEL.matcher(l);
                    if (f.matches()) {
                        String label = f.group(1).toLowerCase(Locale.ROOT);
                        String value = f.group(2).strip();
                        if (label.contains("date") || label.equals("when")) {
                            date = date != null ? date : UkDates.find(value).filter(PartialDate::isFullDate).orElse(null);
                            time = time != null ? time : MeetingFacts.time(value);
                        } else if (label.endsWith("time")) {
                            time = time != null ? time : MeetingFacts.time(value);
                        } else if (label.equals("venue") || label.equals("location")) {
                            venue = venue != null || value.isEmpty() ? venue : MeetingFacts.withoutDirections(value);
                        } else if (committee == null && !value.isEmpty() && value.length() <= SHORT_TITLE) {
                            committee = value;
                        }
                        continue;
                    }
                    if (blocks.get(j).table() != null) {
                        continue; // a table's other rows are no title lines
                    }
                    String named; // the committee the line names, looked for only where a branch needs it
                    if (date == null && l.length() <= SHORT_TITLE && MeetingFacts.isMeetingDateLine(l)) {
                        Matcher dated = DATED_HEADING.matcher(l);
                        if (committee == null && dated.matches() && MeetingFacts.isCommitteeLine(dated.group(1))) {
                            committee = dated.group(1); // "Cabinet – 13 March 2024"
                        } else if (committee == null) {
                            named = MeetingFacts.committeeName(l);
                            committee = named.equals(l) ? null : upperCaseName(named); // "Cabinet" over "Tuesday 30 September 2025", run together
                        }
                        date = UkDates.find(l).filter(PartialDate::isFullDate).orElse(null);
                        time = time != null ? time : MeetingFacts.time(l);
                        venue = venue != null ? venue : MeetingFacts.venueAfterTime(l);
                        dateLine = j;
                    } else if (committee == null && j < i + 3 && MeetingFacts.isCommitteeLine(named = MeetingFacts.committeeName(l))) {
                        committee = upperCaseName(named); // "Pwyllgor Archwilio / Audit Committee": the English
                    } else if (venue == null && dateLine >= 0 && j - dateLine <= 1 && MeetingFacts.looksLikeVenue(l)) {
                        venue = l; // the place on the line under the date and time, as a front sheet sets it
                    }
                }
            }
            if (date == null && title == Title.DECISIONS) {
                date = decisionDate(blocks, i + 1);
            }
            if (committee == null && date == null) {
                continue;
            }
            return new Opening(i, title, committee, date, time, venue);
        }
        return null;
    }

    /**
     * The date a record of one decision gives by its "Date of decision:" label where that label is not among the opening lines: a
     * web page of one decision sets it in a table at the page's foot ("Publication date: 03/06/2025", "Date of decision: 02/06/2025",
     * "Effective from: …"), and a record typed as a block of labels with no blank lines reads as one paragraph ("Decision
     * reference: … Title: … Date of decision: 6 November 2025 …"). The decision's own date, not the date it was published or takes
     * effect. Null where no such label dates it.
     */
    private static @Nullable PartialDate decisionDate(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String raw = b.table() != null ? String.join(" ", openingLines(b)) : b.text();
            if (raw.indexOf(':') < 0 || !(raw.contains("ecision") || raw.contains("ECISION"))) {
                continue; // the label's word and its colon: most blocks lack them
            }
            Matcher m = DECISION_DATE_LABEL.matcher(raw);
            while (m.find()) {
                String value = raw.substring(m.end(), Math.min(raw.length(), m.end() + DATE_VALUE));
                PartialDate d = UkDates.find(value).filter(PartialDate::isFullDate).orElse(null);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The lines of an opening block; a table of two columns ("Decision maker | Head of Community Safety", "Date of decision | 27 August
     * 2025") as "label: value", so a record's fields read the same whether set as lines or as a table.
     */
    private static List<String> openingLines(Block b) {
        if (b.table() == null) {
            return TextLine.of(b).stream().map(TextLine::text).toList();
        }
        if (b.table().colCount() > 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < b.table().rowCount(); r++) {
            List<String> row = b.table().rowTexts(r).stream().map(TextLine::squash).filter(c -> !c.isEmpty()).toList();
            if (row.size() == 2) {
                out.add(row.get(0).replaceFirst("\\s*:$", "") + ": " + row.get(1));
            }
        }
        return out;
    }

    // "COFNODION / MINUTES": a Welsh council's bilingual title, read by its English half (printed first or second).
    private static String englishTitle(String t) {
        int slash = t.indexOf(" / ");
        if (slash < 0) {
            return t;
        }
        String second = t.substring(slash + 3).strip();
        String first = t.substring(0, slash).strip();
        return BARE_TITLE.matcher(second).matches() ? second : BARE_TITLE.matcher(first).matches() ? first : t;
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }


    // "MINUTES OF THE CORPORATE PARENTING PANEL" over "Held on Tuesday 14 March 2023 at 6.30 pm in …": one sentence set on two lines.
    private static String headingText(List<Block> blocks, int i) {
        String t = TextLine.squash(blocks.get(i).text());
        if (i + 1 < blocks.size() && blocks.get(i + 1).table() == null && MINUTES_OF.matcher(t).matches() && !HELD.matcher(t).find()) {
            String next = TextLine.squash(blocks.get(i + 1).text());
            if (next.regionMatches(true, 0, "held ", 0, 5)) {
                return t + " " + next;
            }
        }
        return t;
    }

    // A committee's name set in capitals is given in the case its own papers use in prose: "Corporate Parenting Panel".
    private static String upperCaseName(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.strip().split("\\s+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(out.length() > 0 && SMALL_WORDS.contains(w) || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** The people lists of the preamble. */
    private static final class Attendance {
        final List<String> present = new ArrayList<>();
        /** Those present with the role printed beside them (Chair, Vice-Chair, a co-opted member's title), null for the rest. */
        final List<Person> presentRoles = new ArrayList<>();
        final List<Person> substitutes = new ArrayList<>();
        final List<String> apologies = new ArrayList<>();
        final List<Person> inAttendance = new ArrayList<>();
        /** A line outside a table was labelled as who was present, attended or sent apologies: the mark of a meeting held. */
        boolean attested;
    }

    // A label's list goes on over the blocks after it while they start with a name; within a block, lines that name no one are passed over.
    private static Attendance attendance(List<Block> blocks, int from, int to) {
        Attendance a = new Attendance();
        String label = null;
        for (int i = from; i < to; i++) {
            if (label == null && blocks.get(i).table() == null && !mayLabel(blocks.get(i).text())) {
                continue; // no list under way and no label to start one: nothing here to read
            }
            List<TextLine> lines = splitAtLabels(joinSplitLabels(attendanceLines(blocks.get(i))));
            for (TextLine line : lines) {
                boolean coOpted = false;
                Matcher m = LABEL.matcher(line.text());
                Matcher sentence = APOLOGIES_SENTENCE.matcher(line.text());
                String text = line.text();
                if (m.matches()) {
                    label = m.group(1).toLowerCase(Locale.ROOT);
                    text = m.group(2);
                } else if (bare(line.text()) != null) {
                    Matcher b = bare(line.text());
                    label = b.group(1).toLowerCase(Locale.ROOT);
                    text = b.group(2);
                } else if (sentence.lookingAt()) {
                    label = "apologies";
                    text = withoutSubstitutions(sentence.group(1));
                } else if ((label != null ? groupsMembers(label) : councillorsHeading(text)) && constituentGroup(text) != null) {
                    // With no "Present:" over them ("Durham County Councillors:" first), the groups' headings are the list's label.
                    label = label == null ? "councillors" : label;
                    // "Ellerdale County Council County Councillors A (Chair), B …", "Independent Co-opted Member (non-voting) Mrs C":
                    // a joint body's members grouped under the council (or the kind of seat) they fill, the group's heading no name.
                    Matcher seat = CO_OPTED_GROUP.matcher(text);
                    coOpted = seat.lookingAt() && CO_OPTED_SEAT.matcher(seat.group()).find();
                    text = constituentGroup(text);
                } else if (label != null && line == lines.get(0) && !startsWithName(text) && !postThenName(text)
                        && !(YOUTH.matcher(label).lookingAt() && YOUNG_PEOPLE_ENTRY.matcher(text).lookingAt())
                        && !listGoesOn(label, text)) {
                    if (!isShortLabelFree(text)) {
                        label = null; // the preamble's prose: the lists are over
                    }
                    continue; // a body on a line of its own ("Youth Cabinet") is passed over, the list goes on
                }
                if (label == null || text.isBlank()) {
                    continue;
                }
                if (blocks.get(i).table() == null && ATTESTING.matcher(label).find()) {
                    a.attested = true;
                }
                if (YOUTH.matcher(label).lookingAt()) {
                    a.inAttendance.addAll(youngPeople(text));
                    continue;
                }
                if (label.contains("present") || label.endsWith("members")) {
                    text = withoutGroupLabels(text);
                }
                String as = coOpted ? "co-opted" : label;
                Person one = oneCouncillor(text);
                if (one != null) {
                    add(a, as, List.of(one));
                    continue; // the "and" in the office's name joins no second person
                }
                Matcher mayor = CHAIR_IN_THE_CHAIR.matcher(text);
                if (mayor.lookingAt() && label.contains("present")) {
                    // "The Mayor (Councillor Brian Lomas) in the Chair; Councillors …": the one presiding is present, as Chair.
                    String name = NameLists.stripHonorifics(mayor.group(1)).strip();
                    a.present.add(name);
                    a.presentRoles.add(new Person(name, Roles.CHAIR));
                    text = text.substring(mayor.end());
                }
                Matcher office = CIVIC_OFFICE.matcher(text);
                while (label.contains("present") && office.lookingAt()) {
                    // "The Deputy Mayor (Councillor Bernard Kaye)", on its own line or run on after the Mayor's: present, the office the role.
                    String name = NameLists.stripHonorifics(office.group(2)).strip();
                    a.present.add(name);
                    a.presentRoles.add(new Person(name, Roles.normalise(office.group(1).replaceAll("\\s+", " "))));
                    text = text.substring(office.end());
                    office = CIVIC_OFFICE.matcher(text);
                }
                List<Person> dashed = postDashRun(text);
                dashed = dashed != null ? dashed : nameDashRun(text);
                dashed = dashed != null ? dashed : councillorsWithPosts(text);
                dashed = dashed != null ? dashed : postHolderRun(text);
                add(a, as, dashed != null ? dashed : people(INNER_COUNCILLORS.matcher(separateRunOnNames(text)).replaceAll(" ")));
            }
        }
        return a;
    }

    // Labels whose list is the body's members, which a joint body groups by the council each member comes from.
    private static boolean groupsMembers(String label) {
        return label.contains("present") && !label.startsWith("also") && !label.contains("officers") && !label.contains("public")
                || label.equals("sederunt") || label.endsWith("members") || label.equals("councillors");
    }

    // "Hawksmoor County Councillors:" over its names: a constituent council's members, heading the list with no "Present:" above.
    private static boolean councillorsHeading(String text) {
        Matcher g = COUNCIL_GROUP.matcher(text);
        return text.indexOf(':') > 0 && g.lookingAt() && g.group().strip().endsWith(":") && g.group().contains("Councillors");
    }

    /**
     * "Police and Crime Commissioner (Ruth Gadsby), Chief Executive, Office of the PCC (Martin Yeoh) and Scrutiny Officer (Louise
     * Fenwick)": officers listed post first, each holder in brackets, as fire authorities and police and crime panels print them.
     * Each entry ends at its closing bracket, so an "and" or a comma inside a post parts no one. Null unless every entry is a post
     * that names no one over a bracket that names a person.
     */
    private static @Nullable List<Person> postHolderRun(String text) {
        if (text.indexOf(')') < 0 || text.indexOf('(') < 4) {
            return null;
        }
        List<Person> out = new ArrayList<>();
        int from = 0;
        String rest = text.strip().replaceFirst("[.;,]$", "");
        while (from < rest.length()) {
            int open = rest.indexOf('(', from);
            int close = open < 0 ? -1 : rest.indexOf(')', open);
            if (open < 0 || close < 0 || rest.indexOf('(', open + 1) >= 0 && rest.indexOf('(', open + 1) < close) {
                return null;
            }
            String post = rest.substring(from, open).strip().replaceFirst("^(?:[,;]\\s*)?(?:and\\s+)?", "").strip();
            String holder = NameLists.stripHonorifics(rest.substring(open + 1, close)).strip();
            if (post.isEmpty() || !Character.isUpperCase(post.charAt(0)) || Roles.isPresiding(post)
                    || NameLists.isName(NameLists.stripHonorifics(post).strip(), true) || holder.indexOf(' ') < 0
                    || !NameLists.isName(holder, false)) {
                return null;
            }
            out.add(new Person(holder, post));
            from = close + 1;
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * The names after a group heading that opens a line of a members' list: a constituent council ("Ellerdale County Council",
     * "Thornsby Borough Councillors:") or a kind of seat ("Independent Co-opted Member (non-voting)", "Religious Representatives:"),
     * "County Councillors …" after it read as "Councillors …". Empty where the heading stands alone; null where the line opens with
     * no such heading, or what follows it names no one.
     */
    private static @Nullable String constituentGroup(String text) {
        if (text.length() < 8 || !Character.isUpperCase(text.charAt(0))) {
            return null;
        }
        Matcher g = COUNCIL_GROUP.matcher(text);
        if (!g.lookingAt()) {
            g = CO_OPTED_GROUP.matcher(text);
            if (!g.lookingAt()) {
                return null;
            }
        }
        String rest = COUNCILLORS_OF_KIND.matcher(text.substring(g.end())).replaceFirst("");
        return rest.isBlank() ? "" : startsWithName(rest) || COUNCILLOR_FIRST.matcher(rest).lookingAt() ? rest : null;
    }

    /**
     * A members' list grouped by constituency, run together by a reading ("Schools members Maintained primary headteachers: Carol
     * Ashburn (Chair), Neil Thackeray Academy members: R. McCready"), as schools forums and joint panels print it: the groups' labels
     * part the names as commas would. Text with no colon is returned as it is.
     */
    private static String withoutGroupLabels(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        String out = GROUP_LABEL.matcher(text).replaceAll(", ");
        return out.startsWith(", ") ? out.substring(2) : out;
    }

    /** "Councillor Ada Rowe, Deputy Leader and Cabinet Member for Children, Young People and Schools": one person and the office held. */
    private static @Nullable Person oneCouncillor(String text) {
        if (text.length() < 14 || text.charAt(0) != 'C' && text.charAt(0) != 'c') {
            return null;
        }
        Matcher one = ONE_COUNCILLOR.matcher(text.strip());
        if (!one.matches() || one.group(2).matches("(?i).*\\b(?:councillors?|cllrs?|mr|mrs|ms|miss|dr)\\b.*")
                || INITIAL_AFTER_COMMA.matcher(one.group(2)).find() || !NameLists.isName(one.group(1).strip(), false)) {
            return null;
        }
        return new Person(NameLists.stripHonorifics(one.group(1)).strip(), one.group(2).strip().replaceFirst("[.,;]$", ""));
    }

    /**
     * A list printed one councillor a line, each line "Councillor Name" or "Councillor Name, Office", run together by a reading: each
     * "Councillor" starts one person, and an office's commas ("Cabinet Member for Adults, Health and Wellbeing") part no one. Null
     * where no entry has an office after a comma: the list is read as a list.
     */
    private static @Nullable List<Person> councillorsWithPosts(String text) {
        if (text.indexOf(',') < 0 || !text.regionMatches(true, 0, "councillor ", 0, 11) && !text.regionMatches(true, 0, "cllr", 0, 4)) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        Matcher m = ENTRY_COUNCILLOR.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from && depth(text, m.start()) == 0 && !postAlone(text, m.start())) {
                entries.add(text.substring(from, m.start()));
                from = m.end();
            }
        }
        entries.add(text.substring(from));
        List<Person> out = new ArrayList<>();
        boolean posted = false;
        for (String entry : entries) {
            String e = entry.strip().replaceFirst("^(?i:and)\\s+", "").replaceFirst("\\s*[,;.]$", "");
            Person one = oneCouncillor(e);
            if (one != null) {
                out.add(one);
                posted = true;
            } else {
                List<Person> named = NameLists.people(e);
                if (named.size() != 1) {
                    return null; // an entry of several people: a list of another shape
                }
                out.addAll(named);
            }
        }
        return posted ? out : null;
    }

    /**
     * "Gareth Wyn - Assistant Director, Children's Social Care": officers a line each, the name first and the post after a dash, the
     * post's commas its own; lines run together ("… Social Care Priya Lal - Head of the Virtual School") are parted where the words
     * before a dash end in a name. Null where the text is not such a list.
     */
    private static @Nullable List<Person> nameDashRun(String text) {
        if (text.indexOf(" - ") < 0 && text.indexOf(" – ") < 0 || text.indexOf(';') >= 0 || text.indexOf('(') >= 0) {
            return null;
        }
        String[] parts = ENTRY_DASH.split(text.strip().replaceFirst("[.]$", ""));
        String name = NameLists.stripHonorifics(parts[0]).strip();
        if (parts.length < 2 || !NameLists.isName(name, false)) {
            return null;
        }
        List<Person> out = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            String[] words = parts[k].strip().split("\\s+");
            int n = 0;
            if (k < parts.length - 1) {
                n = words.length > 2 && NameLists.isName(NameLists.stripHonorifics(words[words.length - 2] + " " + words[words.length - 1]).strip(), false) ? 2
                        : words.length > 3 && NameLists.isName(words[words.length - 3] + " " + words[words.length - 2] + " " + words[words.length - 1], false) ? 3 : -1;
                if (n < 0) {
                    return null;
                }
                // "… Learning and Social Care Mrs G. Prydderch": the next person's honorific is theirs, not the end of this post.
                n = words.length > n + 1 && NameLists.isHonorific(words[words.length - n - 1]) ? n + 1 : n;
            }
            String post = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n)).replaceFirst("\\s*,$", "").strip();
            // "… Commissioner Assistant Chief Constable Gareth Mallinson – Kelderfield Constabulary": the rank stands before the next
            // name, as an honorific would; it is no part of the post before it.
            post = n > 0 ? POLICE_RANK.matcher(post).replaceFirst("") : post;
            if (post.isEmpty() || !Character.isUpperCase(post.charAt(0)) || NameLists.isName(post, false)) {
                return null;
            }
            out.add(new Person(name, post));
            name = NameLists.stripHonorifics(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length))).strip();
        }
        return out;
    }

    /**
     * Whether a block that starts with no name still carries the list under way: a constituency's group over its labelled names
     * ("Schools members" over "Maintained primary headteachers:   Carol Ashburn (Chair)", a blank line after "Members present"), or
     * officers "Name – Post" whose first post reads as no name's end ("Ruth Arbuthnott – Police and Crime Commissioner for …").
     */
    private static boolean listGoesOn(String label, String text) {
        if ((label.contains("present") || label.endsWith("members")) && text.indexOf(':') > 0) {
            String grouped = withoutGroupLabels(text);
            if (!grouped.equals(text) && startsWithName(grouped)) {
                return true;
            }
        }
        return nameDashRun(text) != null;
    }

    /** A label run on into its list with no colon ("Present Councillor …"), where a person follows it; else null. */
    private static @Nullable Matcher bare(String text) {
        if (text.length() < 12 || "PpIiAaCcOoYyMm".indexOf(text.charAt(0)) < 0) {
            return null; // the labels' first letters: most lines start with none of them
        }
        Matcher m = BARE_LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2);
        boolean youth = YOUTH.matcher(m.group(1).toLowerCase(Locale.ROOT)).lookingAt();
        return youth ? YOUNG_PEOPLE_ENTRY.matcher(rest).lookingAt() ? m : null
                : startsWithName(rest) || COUNCILLOR_FIRST.matcher(rest).lookingAt() || startsWithName(withoutGroupLabels(rest)) ? m : null;
    }

    /**
     * "Tia and Reuben (Children in Care Council), Kacey (Care Leavers' Forum)": young people named by their first names, each
     * group of names followed by the group they came from, which is the role of each. Names without a group are passed over.
     */
    static List<Person> youngPeople(String text) {
        List<Person> out = new ArrayList<>();
        Matcher m = YOUNG_PEOPLE_ENTRY.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            String group = m.group(2).strip();
            for (String name : m.group(1).split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
                if (!name.isBlank()) {
                    out.add(new Person(name.strip(), group));
                }
            }
            at = m.end();
        }
        return out;
    }

    /**
     * A block's lines as an attendance list reads them: a "Members present" table's cells without those of a column that says
     * something else of each member (their group or party, their ward), whose words ("Liberal Democrat") would read as names.
     */
    private static List<TextLine> attendanceLines(Block b) {
        List<TextLine> lines = TextLine.of(b);
        org.councilpapers.core.layout.Table t = b.table();
        if (t == null || t.rowCount() < 2) {
            return lines;
        }
        java.util.Set<Integer> other = new java.util.HashSet<>();
        for (org.councilpapers.core.layout.Cell c : t.row(0)) {
            if (OTHER_COLUMN.matcher(TextLine.squash(c.text())).matches()) {
                other.add(c.col());
            }
        }
        if (other.isEmpty()) {
            return lines;
        }
        // TextLine.of reads the cells in order, each cell's non-blank lines in turn: count them off cell by cell.
        List<TextLine> out = new ArrayList<>(lines.size());
        int k = 0;
        for (org.councilpapers.core.layout.Cell c : t.cells()) {
            int n = 0;
            for (String part : c.text().split("[\n\t]")) {
                n += TextLine.squash(part).isEmpty() ? 0 : 1;
            }
            for (int j = 0; j < n && k < lines.size(); j++, k++) {
                if (!other.contains(c.col())) {
                    out.add(lines.get(k));
                }
            }
        }
        return out;
    }

    /**
     * "Councillor Alan Tye (Chair) Councillor Megan Rhodes (Vice-Chair) Councillor Priya Desai": a list printed one name a line,
     * its lines run together by a reader, has no comma between its people; a comma is put before each "Councillor" (or courtesy
     * title) that follows a name or a bracket, outside brackets, so "(substitute for Councillor Gail Norris)" stays with the one it
     * is said of.
     */
    static String separateRunOnNames(String text) {
        Matcher m = RUN_ON_COUNCILLOR.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        while (m.find()) {
            if (depth(text, m.start()) == 0 && !postAlone(text, m.start())) {
                out.append(text, from, m.start()).append(',');
                from = m.start();
            }
        }
        return out.append(text.substring(from)).toString();
    }

    /**
     * Whether the entry before this offset is one word that is a post ("Clerk/RFO Mrs Nerys Jenkins", "Chair Cllr C Edwards"): the
     * post of the person the title starts, printed before them, not a person of its own.
     */
    private static boolean postAlone(String text, int at) {
        int from = Math.max(text.lastIndexOf(',', at - 1), Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1))) + 1;
        String word = text.substring(from, at).strip();
        if (word.isEmpty() || word.indexOf(' ') >= 0) {
            return false;
        }
        for (String part : word.split("/")) {
            boolean acronym = word.indexOf('/') > 0 && part.matches("\\p{Lu}{2,5}"); // "Clerk/RFO"
            if (!org.councilpapers.extractors.vocab.PersonNames.isTitleWord(part) && !Roles.isPresiding(part) && !acronym) {
                return false;
            }
        }
        return true;
    }

    // How many brackets are open at this offset.
    private static int depth(String text, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            d += c == '(' ? 1 : c == ')' && d > 0 ? -1 : 0;
        }
        return d;
    }

    /**
     * The people a list names. Entries of "name, title" set a semicolon apart ("Dr Helen Marsh, Director of Public Health; Tom Wilde,
     * Head of Commissioning") are read one by one, so each title stays with its name; a list with brackets is read whole.
     */
    private static List<Person> people(String text) {
        // A bracketed title in one entry ("Councillor Sue Hale (Leader of the Opposition); Martin Drey, Chief Executive") does not
        // make the list another shape: each entry still names one person.
        if (text.indexOf(';') < 0 || text.indexOf(',') < 0) {
            return NameLists.people(text);
        }
        List<Person> out = new ArrayList<>();
        for (String entry : text.split(";")) {
            Matcher post = NAME_COMMA_POST.matcher(entry.strip());
            if (post.matches() && officerWithPost(post.group(1), post.group(2))) {
                // "Graeme Wallace, Service Manager (Finance)", "and Janet Muir, Committee Officer.": the post whole, its remit in brackets too.
                out.add(new Person(NameLists.stripHonorifics(post.group(1)).strip(), post.group(2).strip()));
                continue;
            }
            List<Person> named = NameLists.people(entry);
            if (named.size() != 1) {
                return NameLists.people(text); // not one person an entry: a list of another shape
            }
            out.addAll(named);
        }
        return out;
    }

    /** Whether a text holds a word every attendance label and apologies sentence holds (any case): most of a part's blocks do not. */
    private static boolean mayLabel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : LABEL_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds the lower-case ASCII word in any case, as a case-insensitive pattern would find it. */
    private static boolean mentions(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }

    // A rendering that joins lines runs "… County Hall. PRESENT: Mr A … IN ATTENDANCE: Dr B …" together: each label starts a line again.
    private static List<TextLine> splitAtLabels(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.text().indexOf(':') < 0) {
                out.add(line); // every label ends in a colon: a line without one is not tried at each place (the look-behind is dear)
                continue;
            }
            Matcher m = INLINE_LABEL.matcher(line.text());
            int from = 0;
            while (m.find()) {
                out.add(new TextLine(line.text().substring(from, m.start()), line.block(), line.start(), line.end()));
                from = m.end();
            }
            out.add(from == 0 ? line : new TextLine(line.text().substring(from), line.block(), line.start(), line.end()));
        }
        return out;
    }

    /**
     * "Officers in" over "Attendance:" (or run together with the names beside them) is one label, "Officers in attendance:", over the
     * names on both lines.
     */
    private static List<TextLine> joinSplitLabels(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            TextLine line = lines.get(k);
            String t = line.text();
            if (t.length() < 7 || !t.regionMatches(true, 0, "officers in", 0, 11) && !t.regionMatches(true, 0, "also in", 0, 7)
                    && !t.regionMatches(true, 0, "other", 0, 5)) {
                out.add(line);
                continue;
            }
            Matcher run = SPLIT_LABEL_RUN_ON.matcher(t);
            Matcher head = SPLIT_LABEL_HEAD.matcher(t);
            Matcher tail = k + 1 < lines.size() ? SPLIT_LABEL_TAIL.matcher(lines.get(k + 1).text()) : null;
            if (run.matches() && !run.group(2).toLowerCase(Locale.ROOT).endsWith(" in")) {
                out.add(new TextLine(run.group(1) + " attendance: " + joined(run.group(2), run.group(3)), line.block(), line.start(), line.end()));
            } else if (head.matches() && tail != null && tail.matches()) {
                String first = head.group(2) == null ? "" : head.group(2);
                out.add(new TextLine(head.group(1) + " attendance: " + joined(first, tail.group(1)), line.block(), line.start(),
                        lines.get(k + 1).end()));
                k++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    // The names beside a split label's two lines, one list: a comma between them unless one side is empty.
    private static String joined(String first, String second) {
        return first.isBlank() ? second.strip() : second.isBlank() ? first.strip() : first.strip() + ", " + second.strip();
    }

    private static boolean isShortLabelFree(String text) {
        return text.split(" ").length <= SHORT_LINE_WORDS && !text.endsWith(".") && text.indexOf(':') < 0;
    }

    // "Councillor Amber (substituted by Councillor Grey)": the substitute is not among the apologies.
    private static String withoutSubstitutions(String names) {
        return names.replaceAll("(?i)\\s*\\((?:substituted|replaced|represented) by [^)]*\\)", "");
    }

    // "Graeme Wallace, Service Manager (Finance)": a name and a post, not "Councillors Ann Reid, Kyle Moore and Tam Hart" (names both sides).
    private static boolean officerWithPost(String name, String post) {
        if (name.regionMatches(true, 0, "councillor", 0, 10) || name.regionMatches(true, 0, "cllr", 0, 4)
                || !NameLists.isName(NameLists.stripHonorifics(name).strip(), false)) {
            return false;
        }
        int and = post.lastIndexOf(" and ");
        return and < 0 || !NameLists.isName(NameLists.stripHonorifics(post.substring(and + 5)).replaceAll("[.;]$", "").strip(), false);
    }

    // "Director of Adult Social Care – Simon Ashworth": an officers' list a line each, the post first and the holder after a dash.
    private static boolean postThenName(String text) {
        if (text.indexOf('–') < 0 && text.indexOf(" - ") < 0) {
            return false;
        }
        List<Person> people = NameLists.people(text);
        return people.size() == 1 && people.get(0).role() != null && text.strip().endsWith(people.get(0).name());
    }

    /**
     * "Director of Adult Social Care – Simon Ashworth Head of Commissioning – Priya Nair": an officers' list printed "Post – Name" a
     * line each, its lines run together by a reading. Each dash has a post before it and a name after; a name is taken as two words
     * (three where two are no name), the words after it the next post. Null where the text is not such a run.
     */
    private static @Nullable List<Person> postDashRun(String text) {
        int first = text.indexOf(" – ");
        if (first < 0 || text.indexOf(" – ", first + 3) < 0 || text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
            return null;
        }
        String[] parts = text.strip().replaceAll("[.]$", "").split(" – ");
        List<Person> out = new ArrayList<>();
        String post = parts[0].strip();
        for (int k = 1; k < parts.length; k++) {
            String[] words = parts[k].strip().split("\\s+");
            int n = k == parts.length - 1 ? words.length
                    : words.length > 2 && NameLists.isName(words[0] + " " + words[1], false) ? 2
                    : words.length > 3 && NameLists.isName(words[0] + " " + words[1] + " " + words[2], false) ? 3 : -1;
            String name = n < 0 ? "" : NameLists.stripHonorifics(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n))).strip();
            if (post.isEmpty() || !Character.isUpperCase(post.charAt(0)) || !NameLists.isName(name, false)) {
                return null;
            }
            out.add(new Person(name, post));
            post = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
        }
        return out;
    }

    // A line that goes on a list starts with a person: "Sarah Barlow, Church of England Representative", not "Before the start of …".
    private static boolean startsWithName(String text) {
        List<Person> people = NameLists.people(text);
        if (people.isEmpty()) {
            return false;
        }
        String plain = NameLists.stripHonorifics(text.replaceFirst("(?i)^(?:councillors?|cllrs?\\.?)\\s+", ""));
        return plain.startsWith(people.get(0).name());
    }

    private static void add(Attendance a, String label, List<Person> people) {
        for (Person p : people) {
            if (label.startsWith("apologies")) {
                a.apologies.add(p.name());
            } else if (label.equals("in the chair")) {
                // "In the Chair: Alderman Niall Quigley", over the list of the other members present: the one presiding is present too.
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), Roles.CHAIR));
            } else if (label.startsWith("other")) {
                a.inAttendance.add(new Person(p.name(), null)); // councillors who are not on the committee, there to speak or watch
            } else if (label.startsWith("co-opt")) {
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), Roles.CO_OPTED));
            } else if (label.equals("councillors") || label.endsWith("members")) {
                // "Councillors: A Smith (Chair), B Jones, …" lists the committee's members who came
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), p.role() == null ? null : Roles.normalise(p.role())));
                if (p.role() != null && Roles.isSubstitute(p.role())) {
                    a.substitutes.add(new Person(p.name(), Roles.SUBSTITUTE));
                }
            } else if (label.startsWith("substitute")) {
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), Roles.SUBSTITUTE));
                a.substitutes.add(new Person(p.name(), Roles.SUBSTITUTE));
            } else if (label.equals("sederunt") || label.contains("present") && !label.startsWith("also") && !label.contains("officers")
                    && !label.startsWith("officials")
                    && !label.contains("employees") && !label.contains("staff") && !label.contains("public")) {
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), p.role() == null ? null : Roles.normalise(p.role())));
                if (p.role() != null && Roles.isSubstitute(p.role())) {
                    a.substitutes.add(new Person(p.name(), Roles.SUBSTITUTE));
                }
            } else if (!label.equals("absent") && p.role() != null && Roles.isSubstitute(p.role())) {
                // "Also present: Councillor Hal Ives (substitute for Councillor Ian Jay)": a member sitting in, not an officer
                a.present.add(p.name());
                a.presentRoles.add(new Person(p.name(), Roles.SUBSTITUTE));
                a.substitutes.add(new Person(p.name(), Roles.SUBSTITUTE));
            } else if (!label.equals("absent")) {
                a.inAttendance.add(new Person(p.name(), p.role() == null ? null : Roles.normalise(p.role())));
            }
        }
    }

    private static List<Minute> minutes(List<Block> blocks, int from) {
        List<int[]> starts = new ArrayList<>();
        List<String[]> heads = new ArrayList<>(); // {number, title, agenda item}
        int last = -1;
        String firstCode = null;
        for (int i = from; i < blocks.size(); i++) {
            String[] head = heading(blocks, i);
            if (head == null) {
                continue;
            }
            int n = sequence(head[0]);
            if (last >= 0 && n <= last) {
                continue;
            }
            String code = code(head[0]);
            if (firstCode != null && code != null && !code.equals(firstCode)) {
                continue; // "DC/25/014 Land at Mill Road" in minutes numbered "CPP/25/22" or "45": a planning reference, not a minute
            }
            if (ROMAN.matcher(head[0]).matches() && n != (Math.max(last, 0) / SUB_ITEMS + 1) * SUB_ITEMS) {
                continue; // "C. Agree the budget" in a lettered list is no hundredth minute: roman minutes run I, II, III
            }
            if (head[2] == null) {
                // "(Item 3)" printed under the title, perhaps after the title's wrapped last line ("2024-25", "Delivery Plan").
                for (int j = i + 1; j < Math.min(blocks.size(), i + 1 + MAX_TITLE_LINES); j++) {
                    Matcher ref = ITEM_REF.matcher(" " + TextLine.squash(blocks.get(j).text()));
                    if (ref.matches()) {
                        head[2] = ref.group(1);
                        for (int k = i + 1; k < j; k++) {
                            head[1] = head[1] + " " + TextLine.squash(blocks.get(k).text());
                        }
                        break;
                    }
                    if (!isTitleLine(blocks.get(j))) {
                        break;
                    }
                }
            }
            last = n;
            firstCode = firstCode != null ? firstCode : code == null ? "" : code;
            starts.add(new int[] {i});
            heads.add(head);
        }
        List<Minute> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : blocks.size();
            String[] head = heads.get(k);
            out.add(new Minute(head[0], head[1], head[2], starts.get(k)[0], to, head.length > 3 ? head[3] : null));
        }
        return out;
    }

    // "CPP/12/23" is the twelfth minute of the year: its order among the minutes is the first figure. "24/145", the year first, is
    // the 145th of 2024: a figure of three or four after the stroke is the sequence, under the year's. "6(a)" and "6b" follow 6 and
    // come before 7: each figure has room for its lettered items.
    static int sequence(String number) {
        if (!number.isEmpty() && Character.isUpperCase(number.charAt(0))) {
            // "CPP/25/20", "HWB 24/05", "CAB.25.061": the body's letters are the same on every minute; the figures after them order it.
            Matcher coded = CODED.matcher(number);
            if (coded.matches()) {
                number = coded.group(1) + "/" + coded.group(2);
            }
        }
        Matcher full = FULL_YEAR_FIRST.matcher(number);
        if (full.matches()) {
            return (Integer.parseInt(full.group(1)) % 100 * 10_000 + Integer.parseInt(full.group(2))) * SUB_ITEMS;
        }
        Matcher y = YEAR_FIRST.matcher(number);
        if (y.matches()) {
            return (Integer.parseInt(y.group(1)) * 10_000 + Integer.parseInt(y.group(2))) * SUB_ITEMS;
        }
        Matcher two = TWO_FIGURES.matcher(number);
        if (two.matches()) {
            // "25/07" and "25/08" (the seventh and eighth of 2025) or "12/23" and "13/23" (the twelfth and thirteenth of 2023): which
            // figure is the year the number does not say, but the two read as one figure keep either kind in order, each its own.
            return (Integer.parseInt(two.group(1)) * 100 + Integer.parseInt(two.group(2))) * SUB_ITEMS;
        }
        Matcher m = SEQUENCE.matcher(number);
        if (!m.find()) {
            return ROMAN.matcher(number).matches() ? roman(number) * SUB_ITEMS : -1;
        }
        int base = Integer.parseInt(m.group()) * SUB_ITEMS;
        Matcher sub = SUB_ITEM.matcher(number);
        return sub.find() ? base + Character.toLowerCase(sub.group(1).charAt(0)) - 'a' + 1 : base;
    }

    // The body's letters and the mark after them of a coded number ("CPP/" of "CPP/25/20", "HWB " of "HWB 24/05"); null for another.
    private static @Nullable String code(String number) {
        if (number.isEmpty() || !Character.isUpperCase(number.charAt(0)) || !CODED.matcher(number).matches()) {
            return null;
        }
        int digit = 0;
        while (!Character.isDigit(number.charAt(digit))) {
            digit++;
        }
        return number.substring(0, digit);
    }

    // "XIV" is 14: a minute numbered in roman follows the one before it as any other.
    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /**
     * A notice set out as a table of labels and values, a table a decision ("Item | 6", "Title of decision | Waste Collection
     * Contract Extension", "Decision | RESOLVED that …"): the item's number and title; null for any other table, a report's cover
     * among them.
     */
    private static String @Nullable [] labelledHeading(org.councilpapers.core.layout.Table t) {
        if (t.rowCount() < 2 || t.colCount() > 3) {
            return null;
        }
        String number = null;
        String title = null;
        boolean decided = false;
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r).stream().map(TextLine::squash).filter(c -> !c.isEmpty()).toList();
            if (row.size() != 2) {
                continue;
            }
            String label = row.get(0).replaceFirst("[:.]$", "").strip();
            if (number == null && ITEM_LABEL_CELL.matcher(label).matches() && row.get(1).matches(MINUTE_NUMBER + "\\.?")) {
                number = row.get(1).replaceFirst("\\.$", "");
            } else if (title == null && TITLE_LABEL_CELL.matcher(label).matches() && row.get(1).length() <= MAX_TITLE) {
                title = row.get(1);
            } else {
                decided |= DECISION_LABEL_CELL.matcher(label).matches();
            }
        }
        // A report's cover is a table of the same labels ("Agenda item | 9", "Report title | …"); only a notice's says what was decided.
        return number == null || title == null || !decided ? null : new String[] {number, title, null};
    }

    private static boolean isTitleLine(Block b) {
        String t = TextLine.squash(b.text());
        return b.table() == null && !t.isEmpty() && t.length() <= MAX_TITLE && TITLE_END.matcher(t).find() && heading(List.of(b), 0) == null;
    }

    /** {number, title, agenda item or null} when the block reads as a minute's heading; else null. */
    private static String @Nullable [] heading(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.table() != null) {
            return labelledHeading(b.table());
        }
        String text = TextLine.squash(b.text());
        Matcher alone = NUMBER_ALONE.matcher(text);
        if (alone.matches() && i + 1 < blocks.size() && blocks.get(i + 1).table() == null) {
            Matcher titled = TITLE_LABEL.matcher(TextLine.squash(blocks.get(i + 1).text()));
            String title = titled.matches() ? titled.group(1).strip() : null;
            return title == null || title.length() > MAX_TITLE ? null : new String[] {alone.group(1), title, null};
        }
        String number;
        String title;
        String item = null;
        Matcher marker = b.kind() == BlockKind.LIST_ITEM && b.marker() != null ? MARKER.matcher(b.marker()) : null;
        if (marker != null && marker.matches()) {
            number = marker.group(1);
            title = text;
        } else if (b.kind() != BlockKind.LIST_ITEM) {
            Matcher m = NUMBERED.matcher(text);
            if (!m.matches()) {
                return null;
            }
            number = m.group(1);
            title = m.group(4);
            item = m.group(2) != null ? m.group(2) : m.group(3);
        } else {
            return null;
        }
        Matcher ref = ITEM_REF.matcher(title);
        if (item == null && ref.find()) {
            item = ref.group(1);
            title = title.substring(0, ref.start()).strip();
        }
        if (title.endsWith("KB") || title.endsWith("MB") || title.endsWith("kB")) {
            title = Texts.FILE_LINK.matcher(title).replaceFirst(""); // "Fare Tariff Review PDF 96 KB": a web page's link to the item's paper
        }
        if ((title.endsWith(":") || title.endsWith(".")) && title.chars().noneMatch(Character::isLowerCase)) {
            title = title.substring(0, title.length() - 1).strip(); // "25/140 DECLARATIONS OF INTEREST:": a heading in capitals, its colon no end of a sentence
        }
        String runOn = null;
        if (number.indexOf('/') > 0 && YEAR_FIRST.matcher(number).matches() && !isPlainTitle(title)) {
            // "25/139 APOLOGIES FOR ABSENCE Apologies were received from …": the heading in capitals, the minute run on after it.
            Matcher caps = CAPITALS_THEN_BODY.matcher(title);
            if (caps.matches()) {
                title = caps.group(1);
                runOn = caps.group(2);
            }
        }
        if (title.isEmpty() || title.length() > MAX_TITLE || !TITLE_END.matcher(title).find()
                || !Character.isUpperCase(title.codePointAt(0)) && !Character.isDigit(title.codePointAt(0))
                || DECISION_WORD.matcher(title).matches() || title.split(" ").length > 30) {
            return null;
        }
        return runOn == null ? new String[] {number, title, item} : new String[] {number, title, item, runOn};
    }

    private static boolean isPlainTitle(String title) {
        return title.length() <= MAX_TITLE && TITLE_END.matcher(title).find() && title.split(" ").length <= 30;
    }
}
