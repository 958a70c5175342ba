package org.councilpapers.extractors.vocab;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Council and local authority names as papers print them ("Thurrock Council", "Kent County
 * Council", "London Borough of Barnet", "Birmingham City Council"), reduced to the place name
 * the inspectorates and the index use ("Thurrock", "Kent", "Barnet", "Birmingham").
 */
public final class Authorities {
    // A place name: capitalised words, possibly joined by "and", "upon", "on", "of" or hyphens.
    // Lower-case joiners only between capitalised words, so "Whilst the Council" names no place.
    private static final String PLACE = "((?:[A-Z][\\w'’\\-]+)(?:(?:[ -](?:and|upon|on|in|of|the))?[ -][A-Z][\\w'’\\-]+)*?)";
    private static final Pattern SUFFIXED = Pattern.compile(
            PLACE + "[ \\t]+(?:(?:Metropolitan[ \\t]+Borough|County[ \\t]+Borough|Borough|County|City|District|Unitary)[ \\t]+)?Council\\b"
                    // a room or building named after someone ("Georgina Little Council Chamber") is not a council
                    + "(?![ \\t]+(?:Chamber|Offices?|Buildings?|House|Meeting|Tax|Members?|Leader|Cabinet|Room)\\b)");
    private static final Pattern PREFIXED = Pattern.compile(
            "\\b(?:London[ \\t]+Borough|Royal[ \\t]+Borough|City|County|Borough|Council)[ \\t]+of[ \\t]+" + PLACE);

    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)\\b(?:children|care|family|justice|youth|parish|town|school|schools|student|pupils?|parent|carers?|young|people|"
                    + "members?|advisory|research|arts|sports?)\\b");

    private Authorities() {}

    /** The first council named in the text, as a place name. */
    public static Optional<String> find(String text) {
        Matcher m = PREFIXED.matcher(text);
        int prefixedAt = m.find() ? m.start() : Integer.MAX_VALUE;
        String prefixed = prefixedAt == Integer.MAX_VALUE ? null : m.group(1);
        Matcher s = SUFFIXED.matcher(text);
        while (s.find()) {
            String place = trimLeadingWords(s.group(1));
            if (s.start() > prefixedAt) {
                break;
            }
            if (place.isEmpty()) {
                continue;
            }
            Matcher not = NOT_A_PLACE.matcher(place);
            int after = -1;
            while (not.find()) {
                after = not.end();
            }
            if (after >= 0) {
                // "Children in Care Council", "Youth Council", "Family Justice Council" are bodies, not councils; but in
                // "Director of Children's Services Upland Borough Council" (an address run into one line) the place follows them.
                String rest = trimLeadingWords(place.substring(after).replaceFirst("^['’]s\\b", "").trim());
                if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || NOT_A_PLACE.matcher(rest).find()) {
                    continue;
                }
                place = rest;
            }
            return Optional.of(place);
        }
        return Optional.ofNullable(prefixed).map(Authorities::trimLeadingWords).filter(p -> !p.isEmpty());
    }

    /** "Thurrock Council" → "Thurrock"; a name that is already a place comes back unchanged. */
    public static String placeName(String name) {
        return find(name).orElse(name.trim());
    }

    // "The Thurrock" / "Inspection of Thurrock" style lead words are not part of the place.
    private static String trimLeadingWords(String place) {
        return place.replaceFirst("^(?:(?:Metropolitan|Royal|London)\\s+)?(?:Borough|City|County)\\s+of\\s+", "").replaceFirst("(?i)^(?:(?:The|A|An|In|Of|For|By|At|To|From|And|Dear|Inspection|Report|Agenda|Minutes|Cabinet|Children's|Children’s|Services)\\s+)+", "").trim();
    }
}
