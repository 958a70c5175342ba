package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.TextLine;
import org.councilpapers.extractors.vocab.NameLists;
import org.jspecify.annotations.Nullable;

/**
 * Questions put on notice and the answers given, as councils set them out on a paper of their own or under a "Questions"
 * item: a labelled question ("Question 3 from Mr John Smith to Councillor Jane Doe, Cabinet Member for Highways", "Public
 * question from Gail Chester:", "Q2 (from Councillor Amir):", "To the Cabinet Member for Transport, from Nick Webb") followed by
 * its words, then a labelled answer ("Response:", "Reply from the Leader:", "Answer –"), and perhaps a supplementary question
 * and its answer. The labels are the evidence, wherever in whatever paper they stand; minutes that report questions in prose are
 * read by {@link QuestionExtractor}.
 */
final class PutQuestions {
    private static final String NAME = "[^:;]{2,120}?";
    /** "Question 3 from Mr J Smith to Councillor J Doe, Cabinet Member for Highways", "Public question from Gail Chester:". */
    // "Q3. Question from Mrs Leah Fox": a short number may lead the label.
    private static final Pattern HEAD = Pattern.compile("(?i)^(?:q\\d{1,3}[.:)]?\\s+)?(?:(?:public|written|oral|members?'?|councillors?'?)\\s+)?questions?\\s*"
            + "(?:no\\.?\\s*)?(\\d{1,3}[a-z]?)?\\s*[.:–—-]?\\s*(?:\\(\\s*)?(?:from|by|asked by|submitted by)\\s+(" + NAME + ")"
            // "to the Cabinet Member for Housing": the office keeps its article, and is read as an office (see person).
            + "(?:\\s+to\\s+((?:the\\s+)?" + NAME + "))?\\s*\\)?\\s*(?:[:–—]\\s*(.*)|-\\s+(.*)|$)");
    /** "Q2 (from Councillor Amir): …", "Q1. …". */
    // "Q1 (Mr Tom Reeve): …": the asker in brackets by their title, with no "from".
    private static final Pattern SHORT_HEAD = Pattern.compile("^Q(\\d{1,3})[.:)]?\\s*(?:\\((?:(?:from|by)\\s+(" + NAME + ")"
            + "|((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Mx|Dr)\\s+[^():;]{2,80}))\\)\\s*)?[:–—-]?\\s*(.*)$");
    /** "To the Cabinet Member for Transport, from Nick Webb". */
    private static final Pattern TO_FROM = Pattern.compile("(?i)^(?:\\d{1,2}(?:\\.\\d{1,2})?\\s+)?to (?:the )?(" + NAME + "),?\\s+from\\s+(" + NAME + ")\\s*:?\\s*$");
    /** "Response:", "Reply from the Leader of the Council:", "Answer (Councillor Doe) –", "Written response:". */
    // "Further response by Councillor …, Deputy Leader:" a second member answering; "A1:" the answer to "Q1".
    private static final Pattern ANSWER = Pattern.compile("(?i)^(?:(?:written\\s+|verbal\\s+|oral\\s+|(further|additional)\\s+)?(?:response|reply|answer)|a\\d{1,3}(?=\\s*[:–—]))"
            // "Response from the Cabinet Member for Highways:": the office keeps its article, and is read as an office (see person).
            + "(?:\\s+(?:from|by|of)\\s+(" + NAME + ")|\\s*\\((" + NAME + ")\\))?\\s*(?:[:–—]\\s*(.*)|-\\s+(.*)|$)");
    private static final Pattern SUPPLEMENTARY = Pattern.compile("(?i)^supplementary(?:\\s+question)?\\s*(?:[:–—]\\s*(.*)|-\\s+(.*)|$)");
    private static final Pattern SUPPLEMENTARY_ANSWER = Pattern.compile("(?i)^supplementary\\s+(?:response|reply|answer)"
            + "(?:\\s+(?:from|by)\\s+(?:the\\s+)?(" + NAME + "))?\\s*(?:[:–—]\\s*(.*)|-\\s+(.*)|$)");
    // "County Councillor Owain Rees" (Wales), "Bailie Morag Thomson" (Scotland): a member by the title their council gives them.
    private static final Pattern COUNCILLOR = Pattern.compile("(?i)^(?:(?:(?:county|borough|district|town|parish|city)\\s+)?(?:councillor|cllr\\.?)|bailie)\\s+(.+)$");
    /** "Question 1", "Written question 4:" alone on a line: the fields under it say who asked whom. */
    private static final Pattern NUMBER_HEAD = Pattern.compile("(?i)^(?:(?:public|written|oral|members?'?|councillors?'?)\\s+)?question\\s*"
            + "(?:no\\.?\\s*)?\\d{1,3}[a-z]?\\s*[.:]?$");
    /** "Asked by: Mrs Karen Doyle", "Questioner: …", "Question from: …"; "From: …" only under a question's number. */
    private static final Pattern ASKED_BY = Pattern.compile("(?i)^(?:asked by|questioner|question (?:from|by)|submitted by|(from|name))\\s*:\\s*(" + NAME + ")\\s*$");
    /** "To: Councillor Tom Price, Cabinet Member for Highways", "Put to: the Leader", "Response by: …" before the question. */
    private static final Pattern PUT_TO = Pattern.compile("(?i)^(?:to|put to|addressed to|directed to|question to|to be answered by|for answer by)\\s*:\\s*"
            + "(" + NAME + ")\\s*$");
    /** "Mr Len Okafor to the Leader of the Council" on the line under "Question 3": who asked, and whom. */
    private static final Pattern ASKER_TO = Pattern.compile("^(?i:from\\s+)?((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Mx|Dr)\\s+\\p{Lu}[^:;]{1,80}?)"
            + "\\s+to\\s+((?:the\\s+)?[^:;?]{2,120}?)\\s*:?$");
    /** "Question asked by: Martin Allen  Member to reply: The Mayor": who asked and who answers, on one line. */
    private static final Pattern ASKED_BY_TO = Pattern.compile("(?i)^question\\s+(?:asked\\s+by|from)\\s*:\\s*(" + NAME + ")\\s+"
            + "(?:member\\s+to\\s+(?:reply|respond)|to\\s+be\\s+answered\\s+by|(?:reply|response)\\s+(?:by|from)|member\\s+replying)\\s*:\\s*(" + NAME + ")$");
    /** The last word of a label cut short where its line ends: "… to the Cabinet Member for" over "Housing". */
    private static final Pattern OPEN_END = Pattern.compile("(?i)(?:\\s(?:for|and|of|the|&|to|in|on)|,)$");
    /** "Question:" over the words, once the asker is known. */
    private static final Pattern QUESTION_LABEL = Pattern.compile("(?i)^question\\s*(?:[:–—]\\s*(.*)|$)");
    /**
     * "Q1. Councillor Rina Patel to the Cabinet Member for Adult Social Care", "Question 2 – Mr Len Otto to the Leader:": the asker,
     * a person by title, put to whom, the words perhaps after a colon.
     */
    /** The words a question opens with, where a reader ran the label and the question into one line. */
    private static final String QUESTION_WORDS = "(?:How|What|Why|When|Where|Who|Which|Will|Would|Can|Could|Does|Do|Did|Is|Are|Has|Have|Should|Please|Given)\\b";
    private static final Pattern NUMBERED_TO = Pattern.compile("^(?:Q|(?i:(?:public |written |members'? )?question)\\s*)\\d{1,3}[a-z]?[.:)]?\\s*(?:[–—-]\\s*)?"
            + "((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr)\\s+[^:;]{2,80}?)\\s+to\\s+([^:;?]{2,120}?)"
            // The words start after a colon, or, where a reader ran the label and the question into one line, at a question's first word.
            + "(?:\\s*:\\s*|\\s+(?=(?:How|What|Why|When|Where|Who|Which|Will|Would|Can|Could|Does|Do|Did|Is|Are|Has|Have|Should|Please|Given)\\b)|\\s*$)(.*)$");
    /**
     * "Councillor Ada Finch, Cabinet Member for Culture and Leisure" or "Mr Tom Wilde (Head of Commissioning)" opening an answer: who
     * gives it, on a line of its own over the words (run into them where a reader joined the lines).
     */
    private static final Pattern NAME_LINE = Pattern.compile("^((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Prof\\.?)\\s+\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*(?:,\\s*|\\(\\s*(\\p{Lu}[^()]{2,100})\\)\\s*)(.*)$", Pattern.DOTALL);
    /**
     * "Question 1 - Mr Owen Price", "Question 2 – Mrs Nadia Rowe", "Q4: Councillor Ann Bell, Ward Member for Eastgate": a number and the
     * asker by their title, the words on the lines under it.
     */
    private static final Pattern NAMED_HEAD = Pattern.compile("^(?:Q|(?i:(?:public |written |members'? )?question)\\s*)(?i:no\\.?\\s*)?\\d{1,3}[a-z]?"
            + "\\s*(?:[.:)]\\s*|\\s[–—-]\\s*|[–—]\\s*)(?:\\(\\s*)?((?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof\\.?|Professor|Revd|Rev\\.?|Fr\\.?)\\s+"
            + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}?(?:,\\s*[^:;()]{2,100}?)?)\\s*\\)?"
            // The words on the lines under it, or run on where a reader joined the lines: from a question's first word.
            + "(?:\\s*:?$|\\s*:\\s*(\\S.*)$|\\s+(?=" + QUESTION_WORDS + ")(.*)$)");
    /** The small words a post's name joins its words with: "Cabinet Member for Culture and Leisure", "Head of the Virtual School". */
    private static final Set<String> TITLE_JOINS = Set.of("of", "for", "and", "the", "&", "to", "in", "on");
    private static final int MAX_TITLE_WORDS = 12;
    /**
     * What describes a speaker rather than naming a post they hold: "a resident of Hollins ward", "on behalf of the Carers' Forum",
     * "representing the Youth Council". A {@code role} is a post or standing (SCHEMA: Chair, Co-opted, an officer's title, "Foster
     * Carer Representative"), so these give none; the record's text keeps them.
     */
    /** "the Public Any questions …", "Members of the Public To receive …": the public, run on into a sentence about the item. */
    private static final Pattern GROUP_RUN_ON = Pattern.compile("^(?:[Tt]he\\s+)?(?:[Mm]embers\\s+of\\s+the\\s+)?[Pp](?:ublic|UBLIC)\\s+\\p{Lu}");
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)^(?:a|an|on behalf of|representing|speaking (?:for|on behalf of))\\s");
    /**
     * "The written response stood as circulated.", "A written answer had been published with the agenda.", "The reply was attached to
     * the minutes.": the answer was given in writing by whom the question was put to, and is not printed here.
     */
    private static final Pattern WRITTEN_ANSWER = Pattern.compile("(?i)^(?:the|a)\\s+(?:written\\s+|published\\s+)?(?:response|answer|reply)\\b"
            + "[^.?!]{0,80}?\\b(?:stood|circulated|attached|appended|published|tabled|provided|given|sent|taken\\s+as\\s+read|set\\s+out)\\b");
    private static final int MAX_LABEL = 250;
    /** An answer's or supplementary's label run into the paragraph after a sentence's end: "…? Reply: Yes.", "… reopened. Supplementary question: …". */
    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=[.?!][\"”’)]?)\\s+(?=(?:Supplementary(?:\\s+(?:question|response|reply|answer))?|"
            + "(?:Written\\s+)?(?:Reply|Answer|Response))(?:\\s+(?:from|by)\\s+[^:.?!]{2,80})?\\s*:)");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.?!])[\"”’)]?\\s+(?=[\"“(]?\\p{Lu})");
    private static final String QUOTE_OPEN = "\"“'‘";
    private static final String QUOTE_CLOSE = "\"”'’";

    private PutQuestions() {}

    /** A question being read: who asked whom, what, and the answer so far. */
    private static final class Draft {
        final Person askedBy;
        @Nullable Person addressee;
        final StringBuilder text = new StringBuilder();
        @Nullable Person answeredBy;
        // "Further response by Councillor …:": members who answered after the first.
        final List<Person> further = new ArrayList<>();
        @Nullable StringBuilder answer;
        // Whom the label put the question to, as printed, where its line ended short of the post's name ("… Member for").
        @Nullable String openAddressee;
        // Who answered was named (by the label or a name line), not taken from whom the question was put to.
        boolean signed;
        final Block first;
        Block last;

        Draft(Person askedBy, @Nullable Person addressee, Block first) {
            this.askedBy = askedBy;
            this.addressee = addressee;
            this.first = first;
            this.last = first;
        }
    }

    /** The questions put and answered in these blocks, each with the meeting's date and the item it stands under where known. */
    static List<Question> read(List<Block> blocks, @Nullable PartialDate date, @Nullable String itemNumber, @Nullable String itemTitle,
            ExtractContext ctx) {
        List<Question> out = new ArrayList<>();
        Draft d = null;
        Block numbered = null; // "Question 1" alone, waiting for the fields that say who asked
        for (Block b : units(blocks)) {
            if (b.table() != null) {
                List<Question> tabled = QuestionTable.read(b, date, itemNumber, itemTitle, ctx, out.size());
                if (!tabled.isEmpty()) {
                    emit(d, date, itemNumber, itemTitle, ctx, out);
                    d = null;
                    out.addAll(tabled);
                }
                continue;
            }
            String t = TextLine.squash(b.text());
            if (t.isEmpty()) {
                continue;
            }
            Matcher m;
            if (d != null && d.openAddressee != null) {
                String open = d.openAddressee;
                d.openAddressee = null;
                if (d.text.length() == 0 && d.answer == null && t.length() <= 100 && Character.isUpperCase(t.codePointAt(0))
                        && ".?!".indexOf(t.charAt(t.length() - 1)) < 0 && !isLabel(t)) {
                    // The rest of the post the label's line broke off: "… Cabinet Member for" over "Housing:".
                    String whole = open + " " + t.replaceFirst("\\s*:$", "");
                    d.addressee = person(whole);
                    d.openAddressee = OPEN_END.matcher(whole).find() ? whole : null;
                    d.last = b;
                    continue;
                }
            }
            if (t.length() <= MAX_LABEL && (m = ASKED_BY_TO.matcher(t)).matches() && isAsker(m.group(1))) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(m.group(1)), person(m.group(2)), numbered != null ? numbered : b);
                numbered = null;
                continue;
            }
            if (numbered != null && t.length() <= MAX_LABEL && (m = ASKER_TO.matcher(t)).matches()) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(m.group(1)), person(m.group(2)), numbered);
                d.openAddressee = OPEN_END.matcher(m.group(2)).find() ? m.group(2) : null;
                numbered = null;
                continue;
            }
            if (t.length() <= MAX_LABEL && (m = SUPPLEMENTARY_ANSWER.matcher(t)).matches() && d != null) {
                d.answeredBy = d.answeredBy != null ? d.answeredBy : m.group(1) != null ? person(m.group(1)) : d.addressee;
                d.answer = new StringBuilder(d.answer == null ? "" : d.answer + " ");
                append(d.answer, first(m.group(2), m.group(3)));
                d.last = b;
                continue;
            }
            if (t.length() <= MAX_LABEL && (m = SUPPLEMENTARY.matcher(t)).matches() && d != null) {
                // Put to whoever answered the question it follows, where the question named no one.
                Draft next = new Draft(d.askedBy, d.addressee != null ? d.addressee : d.answeredBy, b);
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = next;
                questionThenAnswer(d, first(m.group(1), m.group(2)), b);
                continue;
            }
            if (t.length() <= MAX_LABEL && NUMBER_HEAD.matcher(t).matches()) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = null;
                numbered = b;
                continue;
            }
            Matcher askedBy = ASKED_BY.matcher(t);
            if (t.length() <= MAX_LABEL && askedBy.matches() && (askedBy.group(1) == null || numbered != null) && isAsker(askedBy.group(2))) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(askedBy.group(2)), null, numbered != null ? numbered : b);
                numbered = null;
                continue;
            }
            Matcher putTo = PUT_TO.matcher(t);
            if (d != null && d.text.length() == 0 && d.answer == null && t.length() <= MAX_LABEL && putTo.matches()) {
                d.addressee = person(putTo.group(1));
                continue;
            }
            Matcher questionLabel = QUESTION_LABEL.matcher(t);
            if (d != null && d.text.length() == 0 && d.answer == null && questionLabel.matches()) {
                append(d.text, questionLabel.group(1));
                d.last = b;
                continue;
            }
            // The label on a line of its own, the words perhaps on the lines under it in the same block.
            List<TextLine> lines = TextLine.of(b);
            String firstLine = lines.isEmpty() ? t : TextLine.squash(lines.get(0).text());
            if (b.marker() != null && !firstLine.startsWith(b.marker())) {
                firstLine = b.marker() + " " + firstLine; // "Q1." read as a list's marker
            }
            Matcher numberedTo = NUMBERED_TO.matcher(firstLine);
            if (t.length() <= MAX_LABEL * 4 && numberedTo.matches()) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(numberedTo.group(1)), person(numberedTo.group(2)), b);
                append(d.text, numberedTo.group(3));
                for (int k = 1; k < lines.size(); k++) {
                    append(d.text, TextLine.squash(lines.get(k).text()));
                }
                numbered = null;
                continue;
            }
            Matcher head = HEAD.matcher(t);
            Matcher shortHead = SHORT_HEAD.matcher(t);
            Matcher toFrom = TO_FROM.matcher(t);
            if (t.length() <= MAX_LABEL * 4 && head.matches() && isAsker(head.group(2))) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(head.group(2)), head.group(3) == null ? null : person(head.group(3)), b);
                String words = first(head.group(4), head.group(5));
                if (head.group(3) != null && (words == null || words.isBlank()) && OPEN_END.matcher(head.group(3)).find()) {
                    d.openAddressee = head.group(3);
                }
                questionThenAnswer(d, words, b);
                continue;
            }
            if (toFrom.matches() && isAsker(toFrom.group(2))) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(toFrom.group(2)), person(toFrom.group(1)), b);
                continue;
            }
            String shortAsker = shortHead.matches() ? first(shortHead.group(2), shortHead.group(3)) : null;
            if (shortAsker != null && isAsker(shortAsker)) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(shortAsker), null, b);
                append(d.text, shortHead.group(4));
                continue;
            }
            Matcher named = NAMED_HEAD.matcher(t);
            if (t.length() <= MAX_LABEL && named.matches()) {
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = new Draft(person(named.group(1)), null, b);
                questionThenAnswer(d, first(named.group(2), named.group(3)), b);
                numbered = null;
                continue;
            }
            if (d == null) {
                continue;
            }
            Matcher answer = ANSWER.matcher(t);
            if (t.length() <= MAX_LABEL * 8 && answer.matches() && d.answer != null && d.answer.length() > 0 && answer.group(1) != null) {
                // "Further response by Councillor …, Deputy Leader:": another member answers the same question.
                String by = first(answer.group(2), answer.group(3));
                if (by != null) {
                    d.further.add(person(by));
                }
                append(d.answer, first(answer.group(4), answer.group(5)));
                d.last = b;
                continue;
            }
            if (t.length() <= MAX_LABEL * 8 && answer.matches() && d.answer == null) {
                String by = first(answer.group(2), answer.group(3));
                d.answeredBy = by != null ? person(by) : d.addressee;
                d.answer = new StringBuilder();
                d.signed = by != null;
                answerText(d, first(answer.group(4), answer.group(5)));
                d.last = b;
                continue;
            }
            if (b.kind() == org.councilpapers.core.layout.BlockKind.HEADING) {
                emit(d, date, itemNumber, itemTitle, ctx, out); // the questions are over: the next item starts
                d = null;
                continue;
            }
            if (d.answer != null && d.answer.length() > 0 && sameAsker(d, QuestionExtractor.askerIn(t))) {
                // "By way of a supplementary question, Ms Nandi asked …": the asker of the labelled question asks again, in prose; a
                // supplementary, put to whom the question was.
                Draft next = new Draft(d.askedBy, d.addressee != null ? d.addressee : d.answeredBy, b);
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = next;
                questionThenAnswer(d, t, b);
                continue;
            }
            if (d.answer != null && d.answer.length() > 0 && QuestionExtractor.opensQuestion(t)) {
                // "A member of the public asked …", "Ms Hart asked …": another question, in prose; the answer before it is over, and
                // the prose is read by QuestionExtractor, which names no asker where the minutes name none.
                emit(d, date, itemNumber, itemTitle, ctx, out);
                d = null;
                continue;
            }
            if (d.answer == null && d.text.length() > 0 && t.length() <= MAX_LABEL && WRITTEN_ANSWER.matcher(t).lookingAt()) {
                d.answeredBy = d.addressee;
                d.answer = new StringBuilder(t);
                d.last = b;
                continue;
            }
            Person said = d.answer == null && d.text.length() > 0 ? addressed(d, QuestionExtractor.answeredIn(t)) : null;
            if (said != null) {
                // "The Director of Children's Services replied that …": an answer with no label, given by whoever the sentence names.
                d.answeredBy = said;
                d.answer = new StringBuilder();
                d.signed = true;
                append(d.answer, t);
                d.last = b;
                continue;
            }
            if (d.answer != null) {
                answerText(d, t);
            } else {
                append(d.text, t);
            }
            d.last = b;
        }
        emit(d, date, itemNumber, itemTitle, ctx, out);
        return out;
    }

    /**
     * A question's words, up to a sentence in which someone answers it ("Mrs Rowe asked whether CCTV would be installed. The Cabinet
     * Member for Communities replied that …"): that sentence and the rest are the answer, given by whoever it names.
     */
    private static void questionThenAnswer(Draft d, @Nullable String words, Block b) {
        if (words == null || words.isBlank()) {
            return;
        }
        String[] sentences = SENTENCE.split(words.strip());
        for (int k = 0; k < sentences.length; k++) {
            if (k > 0 && WRITTEN_ANSWER.matcher(sentences[k]).lookingAt()) {
                d.answeredBy = d.addressee;
                d.answer = new StringBuilder();
                append(d.answer, String.join(" ", java.util.Arrays.copyOfRange(sentences, k, sentences.length)));
                d.last = b;
                return;
            }
            Person said = k > 0 ? addressed(d, QuestionExtractor.answeredIn(sentences[k])) : null;
            if (said != null) {
                d.answeredBy = said;
                d.answer = new StringBuilder();
                d.signed = true;
                append(d.answer, String.join(" ", java.util.Arrays.copyOfRange(sentences, k, sentences.length)));
                d.last = b;
                return;
            }
            append(d.text, sentences[k]);
        }
    }

    // Whether a speaker as printed ("Ms Nandi", "Mr P. Nandi") is the labelled question's asker ("Priya Nandi"), by surname.
    private static boolean sameAsker(Draft d, @Nullable String printed) {
        if (printed == null || d.askedBy.name().startsWith("The ")) {
            return false;
        }
        Person spoken = person(printed);
        String name = spoken.name().strip();
        String asker = d.askedBy.name().strip();
        return !name.startsWith("The ") && name.substring(name.lastIndexOf(' ') + 1).equalsIgnoreCase(asker.substring(asker.lastIndexOf(' ') + 1));
    }

    /**
     * The answerer as the question's label named them, where the answer names them again by surname ("Councillor Abbott replied …" to a
     * question put to "Councillor Joan Abbott, Cabinet Member for …"); anyone else as printed.
     */
    private static @Nullable Person addressed(Draft d, @Nullable Person said) {
        if (said == null || d.addressee == null || d.addressee.name().startsWith("The ")) {
            return said;
        }
        String spoken = said.name().strip();
        String full = d.addressee.name().strip();
        String surname = full.substring(full.lastIndexOf(' ') + 1);
        boolean sameSurname = spoken.equalsIgnoreCase(surname) || spoken.matches("(?:\\p{Lu}\\.?\\s+){1,2}\\S+") && spoken.endsWith(" " + surname);
        return sameSurname ? d.addressee : said;
    }

    /**
     * The blocks to read, with a block that runs a question's labels together on lines of its own ("Question 1 - Mr Owen Price" over
     * the question, "Reply: …" and "Supplementary question: …" under it, with no blank line between) cut at each labelled line, so
     * every label starts its own part as it does when set in a paragraph of its own.
     */
    private static List<Block> units(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b.table() != null || !mayHoldLabel(b.text())) {
                out.add(b);
                continue;
            }
            if (b.text().indexOf('\n') < 0) {
                runIn(b, out);
                continue;
            }
            List<TextLine> lines = TextLine.of(b);
            boolean labelled = false;
            for (int k = 1; k < lines.size() && !labelled; k++) {
                labelled = isLabel(TextLine.squash(lines.get(k).text()));
            }
            if (!labelled || !isLabel(TextLine.squash(lines.get(0).text()))) {
                out.add(b);
                continue;
            }
            for (TextLine line : lines) {
                out.add(new Block(org.councilpapers.core.layout.BlockKind.PARAGRAPH, b.layer(), line.text(), b.page(), b.box(), line.start(),
                        line.end(), b.style(), 0, null, null));
            }
        }
        return out;
    }

    /**
     * A paragraph that opens with a question's label and runs its answer's label into it ("Question 1 - Mr Owen Price Will the Council
     * …? Reply: Yes. …", as a reading that joins lines gives it), cut before each label that follows a sentence's end.
     */
    private static void runIn(Block b, List<Block> out) {
        String text = b.text();
        if (!isLabel(TextLine.squash(text)) && !NUMBERED_TO.matcher(TextLine.squash(text)).matches()) {
            out.add(b);
            return;
        }
        Matcher m = INLINE_LABEL.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(piece(b, from, m.start()));
            from = m.end();
        }
        out.add(from == 0 ? b : piece(b, from, text.length()));
    }

    // A part of a paragraph as a paragraph of its own, its span inside the paragraph's.
    private static Block piece(Block b, int from, int to) {
        int start = Math.min(b.end(), b.start() + from);
        int end = Math.max(start, Math.min(b.end(), b.start() + to));
        return new Block(org.councilpapers.core.layout.BlockKind.PARAGRAPH, b.layer(), b.text().substring(from, to).strip(), b.page(), b.box(),
                start, end, b.style(), 0, null, null);
    }

    /** The first words of the labels a block is cut at: "Q1.", "Public question …", "Reply:", "Supplementary question:". */
    private static final Set<String> LABEL_FIRST_WORDS = Set.of("question", "questions", "public", "written", "oral", "members", "member's",
            "members'", "councillors", "councillor's", "councillors'", "response", "reply", "answer", "supplementary", "verbal");

    // A block is cut only where its first word opens a label: most blocks' do not, and are passed over without reading them.
    private static boolean mayHoldLabel(String text) {
        String t = text.stripLeading();
        int end = 0;
        while (end < t.length() && end < 16 && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '\'' || t.charAt(end) == '’')) {
            end++;
        }
        String first = t.substring(0, end).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return first.startsWith("q") && (first.length() == 1 || first.startsWith("question")) || LABEL_FIRST_WORDS.contains(first);
    }

    private static boolean isLabel(String line) {
        return line.length() <= MAX_LABEL * 4 && (HEAD.matcher(line).matches() || NAMED_HEAD.matcher(line).matches()
                || NUMBER_HEAD.matcher(line).matches() || ANSWER.matcher(line).matches() || SUPPLEMENTARY.matcher(line).matches()
                || SUPPLEMENTARY_ANSWER.matcher(line).matches());
    }

    // The answer's words; a name line that opens them ("Councillor Ada Finch, Cabinet Member for Culture and Leisure") says who gave
    // it, where the label did not.
    private static void answerText(Draft d, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (d.answer != null && d.answer.length() == 0 && !d.signed) {
            NameLine line = nameLine(text);
            if (line != null) {
                d.answeredBy = line.person();
                d.signed = true;
                append(d.answer, line.rest());
                return;
            }
            // "A1: The Town Clerk advised that …": the words under a label that names no one say who gave them.
            Person said = addressed(d, QuestionExtractor.answeredIn(text));
            if (said != null) {
                d.answeredBy = said;
                d.signed = true;
            }
        }
        append(d.answer, text);
    }

    /** Who a name line names, and the words after it. */
    record NameLine(Person person, String rest) {}

    /**
     * The person a line opening an answer names, with their post, and the answer's words after it: "Councillor Ada Finch, Cabinet
     * Member for Culture and Leisure" over "The library's opening hours …". Where a reader ran the lines together, the post runs over
     * capitalised words and the small words that join them, and the answer starts at the capitalised word before the first other
     * word ("… Culture and Leisure The library's …"). Null where the text opens with no such line.
     */
    static @Nullable NameLine nameLine(String text) {
        Matcher m = NAME_LINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = NameLists.stripHonorifics(m.group(1).replaceFirst("(?i)^(?:councillor|cllr\\.?)\\s+", "")).strip();
        if (m.group(2) != null) {
            return m.group(3).isBlank() ? null : new NameLine(new Person(name, m.group(2).strip()), m.group(3).strip());
        }
        if (m.group(3).isBlank()) {
            return null;
        }
        String[] words = m.group(3).strip().split("\\s+");
        int k = 0;
        while (k < words.length && k <= MAX_TITLE_WORDS
                && (Character.isUpperCase(words[k].codePointAt(0)) || TITLE_JOINS.contains(words[k]))) {
            k++;
        }
        if (k == words.length && k <= MAX_TITLE_WORDS && !m.group(3).strip().matches("(?s).*[.?!]$")) {
            return new NameLine(new Person(name, m.group(3).strip().replaceFirst("[,;:]$", "")), ""); // the name line alone, the words under it
        }
        // k is the first word that is neither; the answer's first word is the capitalised one before it.
        int start = k < words.length ? k - 1 : -1;
        if (start < 1 || k > MAX_TITLE_WORDS || !Character.isUpperCase(words[start].codePointAt(0))
                || TITLE_JOINS.contains(words[start - 1].toLowerCase(java.util.Locale.ROOT)) && !words[start - 1].equals("the")) {
            return null;
        }
        String role = String.join(" ", java.util.Arrays.copyOfRange(words, 0, start)).replaceFirst("[,.;:]$", "");
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        return new NameLine(new Person(name, role), rest);
    }

    private static void emit(@Nullable Draft d, @Nullable PartialDate date, @Nullable String itemNumber, @Nullable String itemTitle,
            ExtractContext ctx, List<Question> out) {
        if (d == null || d.text.length() == 0) {
            return;
        }
        Provenance p = ctx.provenance(d.first.page(), d.first.start(), Math.max(d.first.end(), d.last.end()), d.first);
        String text = unquoted(d.text.toString().strip());
        String answer = d.answer == null || d.answer.toString().isBlank() ? null : d.answer.toString().strip();
        List<Person> by = new ArrayList<>();
        if (answer != null) {
            if (d.answeredBy != null) {
                by.add(d.answeredBy);
            }
            d.further.stream().filter(f -> !by.contains(f)).forEach(by::add);
        }
        out.add(new Question(ctx.id(RecordType.QUESTION, p, Integer.toString(out.size()), d.askedBy.name()), date, itemNumber, itemTitle,
                d.askedBy, text, by, answer, p, Mentions.NONE));
    }

    /**
     * A question's words without the quotation marks that enclose them all ("“How many empty homes …?”"): the marks say the words are
     * the asker's own, and are no part of them. Marks inside the question (a quoted phrase) stay.
     */
    static String unquoted(String text) {
        if (text.length() > 2 && QUOTE_OPEN.indexOf(text.charAt(0)) >= 0 && QUOTE_CLOSE.indexOf(text.charAt(text.length() - 1)) >= 0) {
            String inner = text.substring(1, text.length() - 1).strip();
            if (inner.chars().noneMatch(c -> QUOTE_OPEN.indexOf(c) >= 0 && c != '\'' && c != '’' && c != '‘')) {
                return inner;
            }
        }
        return text;
    }

    /** Who asked, and the words, in a cell that labels its question: "Question from Mr Leon Farrow: Why has …". */
    record Labelled(Person askedBy, String text) {}

    /** The asker and words of a question that opens with its label ("Question from …:"); null where it has none. */
    static @Nullable Labelled labelled(String cell) {
        Matcher head = HEAD.matcher(cell.strip());
        if (!head.matches() || !isAsker(head.group(2))) {
            return null;
        }
        String text = first(head.group(4), head.group(5));
        return text == null || text.isBlank() ? null : new Labelled(person(head.group(2)), unquoted(text.strip()));
    }

    // "Mr John Smith", "Councillor Jane Doe, Cabinet Member for Highways", "the Leader of the Council": a person or an office, short.
    private static boolean isAsker(String s) {
        String t = s.strip();
        if (t.length() > 12 && GROUP_RUN_ON.matcher(t).lookingAt()) {
            return false; // "Questions from the Public" over "Any questions received by 12 noon on …": an item's heading and its standing note
        }
        return !t.isEmpty() && t.split("\\s+").length <= 12 && Character.isUpperCase(t.codePointAt(0))
                || t.regionMatches(true, 0, "the ", 0, 4);
    }

    /** "Councillor Jane Doe, Cabinet Member for Highways" → Jane Doe (Cabinet Member for Highways); "Mr John Smith" → John Smith. */
    static @Nullable Person person(@Nullable String printed) {
        if (printed == null) {
            return null;
        }
        String s = printed.strip().replaceFirst("[,.;]$", "");
        String role = null;
        int comma = s.indexOf(',');
        if (comma > 0) {
            role = s.substring(comma + 1).strip();
            s = s.substring(0, comma).strip();
        }
        if (role != null && COUNCILLOR.matcher(role).matches() && !COUNCILLOR.matcher(s).matches()) {
            // "the Leader of the Council, Councillor Mark Tully": the office, then who holds it
            Matcher holder = COUNCILLOR.matcher(role);
            holder.matches();
            return new Person(NameLists.stripHonorifics(holder.group(1)).strip(), s.replaceFirst("(?i)^the\\s+", "").strip());
        }
        Matcher c = COUNCILLOR.matcher(s);
        if (c.matches()) {
            return new Person(NameLists.stripHonorifics(c.group(1)).strip(), role != null && !role.isEmpty() && !isDescription(role) ? role : "Councillor");
        }
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            String office = s.substring(4).strip();
            return new Person("The " + office, office);
        }
        return new Person(NameLists.stripHonorifics(s).strip(), role == null || role.isEmpty() || isDescription(role) ? null : role);
    }

    /** Whether words set beside a person describe them ("a resident of …", "on behalf of …") rather than give their post. */
    static boolean isDescription(String words) {
        return DESCRIPTION.matcher(words.strip()).lookingAt();
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static void append(StringBuilder sb, @Nullable String s) {
        if (s == null || s.isBlank()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s.strip());
    }
}
