package org.councilpapers.extractors.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.BlockKind;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.layout.Page;
import org.councilpapers.extractors.internal.Texts;
import org.councilpapers.extractors.vocab.Authorities;
import org.councilpapers.extractors.vocab.CouncilDomains;

/**
 * The council that published a paper, weighed from the marks a council puts on its own papers: its name on the cover or in
 * the title block ("Kent County Council" over the title, "Minutes of a meeting of Westshire Borough Council", a committee
 * named for it), its name in the running header or footer, and its web and e-mail addresses ({@code www.kent.gov.uk},
 * {@code democratic.services@barnet.gov.uk}). The councils a paper's text discusses (neighbours it compares itself with, a
 * partner that delivers a service, an Ofsted judgement quoted from elsewhere) are not marks: a paper with no mark has no
 * council here.
 *
 * <p>An address gives its place as its label spells it ({@code eastmarsh} → "Eastmarsh"). Where the paper prints a council's
 * name of the same key anywhere ("East Marsh District Council", on its cover or in its body), that spelling is the name: the
 * paper's own words are better than a host name's. Where it prints none, the address's spelling stands: a council is still
 * named, only perhaps run together. The name in the body decides only the spelling, never which council is the publisher.
 *
 * <p>Where marks disagree (a joint committee's cover names two councils, and the e-mail address is the host's), each council
 * scores by where its marks stand, and the publisher's own marks add up: a name on the cover counts most, then the running
 * furniture and the addresses. A tie goes to the council marked first on the cover.
 */
public final class PaperCouncil {
    static final int COVER = 4;
    static final int FURNITURE = 3;
    static final int ADDRESS = 3;

    private static final int TITLE_BLOCKS = 12;
    private static final int COVER_LINE = 110;
    // A long line of the title block still names the publisher when it says whose meeting it records: "Minutes of a meeting
    // of the Cabinet of Westshire Borough Council held on …", "Notes of the meeting of …".
    private static final int PROSE = 160;
    private static final int SENTENCE_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile("[a-z]\\.$");
    // "31. Apologies", "1. Background", "1.1 …": the body's items and sections; "Present:", "Also present:", "In attendance":
    // who came, with the bodies they came from.
    private static final Pattern BODY_STARTS = Pattern.compile(
            "(?i)^(?:\\(?\\d+(?:\\.\\d+)*[.)]?\\s+\\S|(?:also\\s+|members\\s+|councillors\\s+)?present\\b|(?:officers\\s+)?in\\s+attendance\\b|attendance\\b)");
    // A sentence: a full stop after a lower-case word, then a capital ("… was agreed. The Panel …") or the end.
    private static final Pattern PROSE_SENTENCE = Pattern.compile("[a-z)]\\.(?:\\s+[A-Z]|\\s*$)");
    private static final Pattern MEETING_TITLE = Pattern.compile("(?i)^(?:minutes|notes|record|decisions?)\\b.{0,80}\\bmeeting\\b");

    private PaperCouncil() {}

    /**
     * The place name of the council whose marks the paper carries, or empty when it carries none.
     *
     * @param layout the paper's layout, read beyond its opening for the council's marks
     * @param opening the paper's opening blocks
     * @return the council's place name, empty where none is found
     */
    public static Optional<String> of(LayoutDocument layout, List<Block> opening) {
        Map<String, Score> scores = new LinkedHashMap<>();
        List<Authorities.Mention> named = new ArrayList<>();
        for (String line : titleLines(opening)) {
            for (Authorities.Mention m : Authorities.findAll(line)) {
                add(scores, m.place(), COVER, 0);
                named.add(m);
            }
        }
        StringBuilder furniture = new StringBuilder();
        for (Page p : layout.pages()) {
            for (Block b : p.blocks()) {
                if (b.layer().isFurniture()) {
                    furniture.append(b.text()).append('\n');
                }
            }
        }
        Map<String, String> running = new LinkedHashMap<>();
        for (String line : furniture.toString().split("\n")) {
            for (Authorities.Mention m : Authorities.findAll(line)) {
                running.putIfAbsent(Authorities.key(m.place()), m.place());
                named.add(m);
            }
        }
        running.values().forEach(place -> add(scores, place, FURNITURE, 1));
        List<CouncilDomains.Address> addresses = CouncilDomains.findAll(layout.text());
        if (!addresses.isEmpty()) {
            // An address runs its place's words together ("cheshireeast", "eppingforestdc"): the paper's own spelling of a
            // council whose key it matches is the better name.
            for (Block b : opening) {
                named.addAll(Authorities.findAll(b.text()));
            }
            Map<String, String> byAddress = new LinkedHashMap<>();
            // A paper prints its address on every page; each label's lines are looked for once.
            Map<String, List<Authorities.Mention>> printed = new HashMap<>();
            for (CouncilDomains.Address a : addresses) {
                String place = spelled(a.place(), named);
                if (place.equals(a.place()) && !a.place().contains(" ")) {
                    // "eastmarsh" with no council of that key on the cover: the paper may still print its name in the body
                    // ("… the policy East Marsh District Council adopted"). Only the spelling is taken from there, never a score.
                    place = spelled(a.place(), printed.computeIfAbsent(a.place().toLowerCase(Locale.ROOT), label -> printing(layout.text(), label)));
                }
                byAddress.putIfAbsent(Authorities.key(place), place);
            }
            byAddress.values().forEach(place -> add(scores, place, ADDRESS, 2));
        }
        Score best = null;
        for (Score s : scores.values()) {
            if (best == null || s.points > best.points || s.points == best.points && s.rank < best.rank) {
                best = s;
            }
        }
        return Optional.ofNullable(best).map(s -> s.place);
    }

    // The title block: the short lines and headings before the paper's prose begins, the cells of a cover table, and a
    // minutes title however long. A table of figures or a paragraph of prose ends it: what they name is discussed, not the
    // paper's publisher.
    private static List<String> titleLines(List<Block> opening) {
        List<String> out = new ArrayList<>();
        for (Block b : opening.stream().limit(TITLE_BLOCKS).toList()) {
            if (b.table() != null) {
                if (CoverTable.read(b).isEmpty()) {
                    break;
                }
                for (int r = 0; r < b.table().rowCount(); r++) {
                    for (String cell : b.table().rowTexts(r)) {
                        String c = Texts.squash(cell);
                        if (c.length() <= COVER_LINE) {
                            out.add(c);
                        }
                    }
                }
                continue;
            }
            String whole = Texts.squash(b.text());
            if (b.kind() == BlockKind.LIST_ITEM || BODY_STARTS.matcher(whole).find()) {
                break; // a numbered item or section, or the attendance: the body has begun
            }
            if (b.kind() != BlockKind.HEADING && !MEETING_TITLE.matcher(whole).find()
                    && (whole.length() > PROSE && PROSE_SENTENCE.matcher(whole).find()
                    || SENTENCE_END.matcher(whole).find() && whole.split(" ").length >= SENTENCE_WORDS)) {
                break; // prose: a long paragraph, or a sentence however short
            }
            for (String line : b.text().split("\n")) {
                String t = Texts.squash(line);
                if (t.length() <= COVER_LINE || MEETING_TITLE.matcher(t).find()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    // The councils named on the lines whose letters, run together, hold an address's label: finding every authority in a
    // long pack's whole text costs more than the rest of this class, and only those lines can spell the label.
    private static List<Authorities.Mention> printing(String text, String label) {
        List<Authorities.Mention> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.length() < label.length()) {
                continue;
            }
            StringBuilder run = new StringBuilder(line.length());
            line.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(run::appendCodePoint);
            if (run.indexOf(label) >= 0) {
                found.addAll(Authorities.findAll(line));
            }
        }
        return found;
    }

    private static String spelled(String place, List<Authorities.Mention> named) {
        String key = Authorities.key(place);
        for (Authorities.Mention m : named) {
            if (Authorities.key(m.place()).equals(key)) {
                return m.place();
            }
        }
        // "stoke" for Stoke-on-Trent, "southend" for Southend-on-Sea: the address shortens a name the paper prints whole.
        List<String> longer = named.stream().map(Authorities.Mention::place).distinct()
                .filter(p -> Authorities.key(p).startsWith(key)).toList();
        return longer.size() == 1 ? longer.get(0) : place;
    }

    private static void add(Map<String, Score> scores, String place, int points, int rank) {
        Score s = scores.computeIfAbsent(Authorities.key(place), k -> new Score(place, rank));
        s.points += points;
    }

    // Working tallies, private to one call.
    private static final class Score {
        final String place;
        final int rank;
        int points;

        Score(String place, int rank) {
            this.place = place;
            this.rank = rank;
        }
    }
}
