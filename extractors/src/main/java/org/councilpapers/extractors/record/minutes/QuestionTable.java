package org.councilpapers.extractors.record.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.councilpapers.core.PartialDate;
import org.councilpapers.core.Provenance;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Cell;
import org.councilpapers.core.layout.Table;
import org.councilpapers.core.record.Mentions;
import org.councilpapers.core.record.Person;
import org.councilpapers.core.record.Question;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.extractors.record.ExtractContext;
import org.councilpapers.extractors.record.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Questions set out as a table, a row each: "Question | Asked by | Response", "Questioner | Question | Answer | Answered by". The
 * header names the columns; a table without a question column and a column of who asked is some other table, unless it is "Question
 * | Answer" alone and each question cell names its asker by its label ("Question from Mr Leon Farrow: Why …"). Who answered is their
 * column where there is one, else the speaker the answer opens with ("Councillor Brooks (Portfolio Holder for Environment)
 * responded that …") or the name line over it ("Councillor Sian Wells, Portfolio Holder for Environment").
 */
final class QuestionTable {
    private static final Pattern QUESTION = Pattern.compile("^(?:(?:public|written|oral|members'?|supplementary)\\s+)?questions?(?:\\s+(?:asked|put|text|submitted))?$");
    private static final Pattern ASKER = Pattern.compile("^(?:asked by|questioner|question(?:er)? from|from|name(?: of questioner)?|submitted by|"
            + "raised by|member of the public|resident"
            // "Name of Councillor asking question", "Member asking the question": the column of who asked, named by what they did.
            + "|(?:name of )?(?:the )?(?:councillor|member|person|questioner)? ?asking(?: (?:the )?question)?)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:(?:written|verbal)\\s+)?(?:responses?|answers?|repl(?:y|ies))(?:\\s+given)?$");
    private static final Pattern ANSWERER = Pattern.compile("^(?:answered by|(?:response|reply|answer) (?:from|by)|responder|respondent|"
            + "(?:question )?to|put to|cabinet member|portfolio holder|(?:lead |responding )?member"
            // "Name of Cabinet Member responding", "Member replying": the column of who answered.
            + "|(?:name of )?(?:the )?(?:cabinet member|portfolio holder|member|councillor|officer)? ?(?:responding|replying|answering))$");

    private QuestionTable() {}

    /** The questions the table's rows hold; none where its header names no question and asker columns. */
    static List<Question> read(Block b, @Nullable PartialDate date, @Nullable String itemNumber, @Nullable String itemTitle, ExtractContext ctx,
            int index) {
        Table t = b.table();
        if (t == null || t.rowCount() < 2) {
            return List.of();
        }
        List<String> header = t.rowTexts(0);
        int question = column(header, QUESTION);
        int asker = column(header, ASKER);
        int answer = column(header, ANSWER);
        int answerer = column(header, ANSWERER);
        // "Question | Answer" alone: each question cell then names its asker by its label ("Question from Mr … : …").
        boolean labelledCells = asker < 0 && question >= 0 && answer >= 0;
        if (question < 0 || asker < 0 && !labelledCells || question == asker) {
            return List.of();
        }
        List<Question> out = new ArrayList<>();
        for (int r = 1; r < t.rowCount(); r++) {
            List<String> row = t.rowTexts(r);
            String text = PutQuestions.unquoted(cell(row, question));
            Person asked;
            if (labelledCells) {
                PutQuestions.Labelled l = PutQuestions.labelled(text);
                if (l == null) {
                    continue; // a question cell that names no asker: who asked is not guessed
                }
                asked = l.askedBy();
                text = l.text();
            } else {
                String askedBy = cell(row, asker);
                if (askedBy.isEmpty()) {
                    continue;
                }
                asked = PutQuestions.person(askedBy);
            }
            if (text.isEmpty()) {
                continue;
            }
            String said = answer < 0 ? "" : cell(row, answer);
            Person by = answerer >= 0 && !cell(row, answerer).isEmpty() ? PutQuestions.person(cell(row, answerer))
                    : QuestionExtractor.answeredIn(said);
            PutQuestions.NameLine line = by == null && answerer < 0 ? PutQuestions.nameLine(said) : null;
            if (line != null && !line.rest().isEmpty()) {
                by = line.person(); // "Councillor Sian Wells, Portfolio Holder for Environment" over the answer in its cell
                said = line.rest();
            }
            Provenance p = provenance(b, r, ctx);
            out.add(new Question(ctx.id(RecordType.QUESTION, p, Integer.toString(index + out.size()), asked.name()), date, itemNumber,
                    itemTitle, asked, text, by == null || said.isEmpty() ? List.of() : List.of(by), said.isEmpty() ? null : said, p, Mentions.NONE));
        }
        return out;
    }

    private static int column(List<String> header, Pattern name) {
        for (int c = 0; c < header.size(); c++) {
            String h = TextLine.squash(header.get(c)).toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("[:.]$", "");
            if (name.matcher(h).matches()) {
                return c;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? TextLine.squash(row.get(c)) : "";
    }

    // The row's span, where its cells give one inside the table's; else the table's.
    private static Provenance provenance(Block b, int r, ExtractContext ctx) {
        List<Cell> cells = b.table().row(r);
        if (!cells.isEmpty()) {
            int start = cells.get(0).start();
            int end = cells.get(cells.size() - 1).end();
            if (start >= b.start() && end > start && end <= b.end()) {
                return ctx.provenance(b.page(), start, end, b);
            }
        }
        return ctx.provenance(b.page(), b.start(), b.end(), b);
    }
}
