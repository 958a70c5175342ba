package org.councilpapers.extractors.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Councils' web and e-mail addresses as papers print them ({@code www.kent.gov.uk},
 * {@code democratic.services@barnet.gov.uk}, {@code moderngov.southwark.gov.uk},
 * {@code watford.moderngov.co.uk}), read as the place the council serves. A council's address is
 * its own mark: a paper may name other councils in its text, but it gives the addresses of its own
 * officers and its own web site.
 *
 * <p>Most addresses are the place itself before {@code .gov.uk} (or {@code .gov.wales},
 * {@code .llyw.cymru}, {@code .gov.scot}), perhaps hyphenated ({@code north-northamptonshire}) or
 * with the kind of council added ({@code eppingforestdc}, {@code hertfordshire-cc},
 * {@code kentcouncil}); hosted committee sites put it before {@code .moderngov.co.uk} or
 * {@code .cmis.uk.com}. The few addresses that abbreviate their place are listed in
 * {@link #IRREGULAR}; a caller that knows the councils a paper names can match an address run
 * together ({@code cheshireeast}) to one of them by {@link Authorities#key}.
 */
public final class CouncilDomains {
    // A host name, then the public-sector suffix. A PDF may break an address over two lines at a dot
    // ("georgina.little@kent" / ".gov.uk"), so a single space may stand either side of the dot before the suffix.
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern GOV = Pattern.compile("(?i)(?<![a-z0-9-])((?:" + LABEL + "\\.)*" + LABEL + ")"
            + "\\s?\\.\\s?(?:gov\\.uk|gov\\.wales|llyw\\.cymru|gov\\.scot)(?![a-z0-9-])");
    // Committee-management sites hosted for the council: "watford.moderngov.co.uk", "colchester.cmis.uk.com".
    private static final Pattern HOSTED = Pattern.compile("(?i)(?<![a-z0-9-])(" + LABEL + ")\\.(?:moderngov\\.co\\.uk|cmis\\.uk\\.com)\\b");

    // The secure government networks put their own label between the body's and gov.uk ("ofsted.gsi.gov.uk",
    // "kent.gcsx.gov.uk"): the body is the label before it.
    private static final Pattern NETWORK = Pattern.compile("(?:\\.(?:gsi|gcsx|gsx|cjsm|xgsi))+$");

    // Addresses under gov.uk that are not a council's: central government, inspectorates, the LGA, the GLA; and the names
    // kept for examples (RFC 2606), which templates and redacted papers print in place of a real address.
    private static final Set<String> NOT_COUNCILS = Set.of("www", "gov", "service", "publishing", "assets", "ofsted", "education",
            "legislation", "nationalarchives", "ons", "hmrc", "dwp", "homeoffice", "justice", "cabinetoffice", "local", "london",
            "parliament", "digital", "data", "nhs", "police", "ofqual", "dfe", "communities", "hm-treasury", "hmcts", "hmpps",
            "ico", "gov-uk", "mygov", "gsi", "gcsx", "gsx", "cjsm", "beta", "intranet", "democracy", "moderngov", "modgov", "committees", "mail", "email",
            "example", "test", "invalid", "localhost");

    // Town and parish councils have gov.uk addresses too ("gillinghamdorset-tc", "somewhere-pc", "xtowncouncil"): they are
    // not the principal councils the papers and the index are about.
    private static final Pattern LOCAL_COUNCIL = Pattern.compile("(?:-(?:tc|pc)|towncouncil|parishcouncil|-town-council|-parish-council)$");

    // The kind of council added to the place: "eppingforestdc", "hertfordshire-cc", "kentcouncil", "sandwell-mbc".
    private static final Pattern KIND_SUFFIX = Pattern.compile(
            "^(.{3,}?)-?(?:(?:metropolitan-?)?(?:borough|county|city|district)?-?council|mbc|cc|dc|bc)$");

    /**
     * Addresses that abbreviate their place or name it otherwise than the council does, each seen on the council's own
     * published papers or pages. Keyed by the label before the suffix, the kind of council already dropped.
     */
    static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("rbkc", "Kensington and Chelsea"),
            Map.entry("rbwm", "Windsor and Maidenhead"),
            Map.entry("north-herts", "North Hertfordshire"),
            Map.entry("sholland", "South Holland"),
            Map.entry("nwleics", "North West Leicestershire"),
            Map.entry("eppingforest", "Epping Forest"),
            Map.entry("cheshireeast", "Cheshire East"),
            Map.entry("west-norfolk", "King's Lynn and West Norfolk"),
            Map.entry("westsomersetonline", "West Somerset"));

    private static final Set<String> JOINERS = Set.of("and", "upon", "on", "in", "of", "the");

    private CouncilDomains() {}

    /**
     * A council's address found in a text: the address's own label and the place it names.
     *
     * @param label the address's council label ("north-northamptonshire" of north-northamptonshire.gov.uk)
     * @param place the place the label names ("North Northamptonshire")
     * @param start where the address starts in the text
     * @param end where it ends, exclusive
     */
    public record Address(String label, String place, int start, int end) {}

    /**
     * Every council address in the text, in order; addresses of central government and of parish councils left out.
     *
     * @param text any text
     * @return the council addresses, empty for none
     */
    public static List<Address> findAll(String text) {
        List<Address> out = new ArrayList<>();
        List<int[]> stretches = stretches(text);
        if (stretches.isEmpty()) {
            return out;
        }
        for (Pattern p : List.of(GOV, HOSTED)) {
            Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] stretch : stretches) {
                m.region(stretch[0], stretch[1]);
                while (m.find()) {
                    String host = NETWORK.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceFirst("");
                    String label = host.substring(host.lastIndexOf('.') + 1);
                    int start = m.start();
                    int end = m.end();
                    placeOf(label).ifPresent(place -> out.add(new Address(label, place, start, end)));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Address::start));
        return out;
    }

    /**
     * The stretches of the text an address can lie in, in order and apart: the patterns run only there, since a long paper
     * holds a few addresses in hundreds of thousands of characters. Every address holds "gov.", "llyw." or "cmis." (its
     * suffix, or the hosted sites' "moderngov.co.uk", "cmis.uk.com"); before it stand only the host name's letters, digits,
     * hyphens and dots, and a space either side of one dot. So a stretch runs from the start of that host name to the
     * end of the longest suffix, and an address found in a stretch is the one the whole text gives; the lookarounds still
     * see past its ends (transparent bounds). Stretches that touch are joined, so none cuts an address.
     */
    private static List<int[]> stretches(String text) {
        List<int[]> found = new ArrayList<>();
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int at = marker(text, dot);
            if (at < 0) {
                continue;
            }
            int start = at;
            for (int gap = 0; gap < 3 && start > 0 && (text.charAt(start - 1) == '.' || Character.isWhitespace(text.charAt(start - 1))); gap++) {
                start--;
            }
            while (start > 0 && hostChar(text.charAt(start - 1))) {
                start--;
            }
            found.add(new int[] {start, Math.min(text.length(), at + LONGEST_SUFFIX)});
        }
        found.sort(java.util.Comparator.comparingInt(w -> w[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] w : found) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                out.add(w);
            }
        }
        return out;
    }

    // "llyw.cymru", "cmis.uk.com": the longest text from a marker's start to an address's end.
    private static final int LONGEST_SUFFIX = "cmis.uk.com".length();

    /** Where "gov.", "llyw." or "cmis." (any case) ends at the dot at {@code dot}, or -1. */
    private static int marker(String text, int dot) {
        if (dot >= 3 && text.regionMatches(true, dot - 3, "gov", 0, 3)) {
            return dot - 3;
        }
        if (dot >= 4 && (text.regionMatches(true, dot - 4, "llyw", 0, 4) || text.regionMatches(true, dot - 4, "cmis", 0, 4))) {
            return dot - 4;
        }
        return -1;
    }

    private static boolean hostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    /**
     * The place a council's address label names: {@code kent} → Kent, {@code north-northamptonshire} → North Northamptonshire.
     *
     * @param label a council address's label
     * @return the place, title-cased; empty where the label names none
     */
    public static java.util.Optional<String> placeOf(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (NOT_COUNCILS.contains(l) || LOCAL_COUNCIL.matcher(l).find() || l.length() < 3) {
            return java.util.Optional.empty();
        }
        Matcher kind = KIND_SUFFIX.matcher(l);
        String bare = kind.matches() ? kind.group(1) : l;
        String irregular = IRREGULAR.getOrDefault(bare, IRREGULAR.get(l));
        if (irregular != null) {
            return java.util.Optional.of(irregular);
        }
        if (NOT_COUNCILS.contains(bare) || bare.chars().anyMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        StringBuilder place = new StringBuilder();
        for (String w : bare.split("-+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (place.length() > 0) {
                place.append(' ');
            }
            place.append(place.length() > 0 && JOINERS.contains(w) ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return place.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(place.toString());
    }

}
