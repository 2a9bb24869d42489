package io.github.paperdigest.digest;

import java.util.regex.Pattern;

/**
 * A name written family name first, as reference managers export it ("King, Martin Luther, Jr."), put in reading
 * order ("Martin Luther King Jr."). A name without a comma is already in reading order, and so is one whose only comma
 * comes before a suffix ("Guy L. Steele, Jr."): no given name follows it.
 */
final class InvertedName {

    /** What follows a family name's comma in reading order, never a given name: "Jr.", "Sr.", "III". */
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:jr|sr)\\.?|ii|iii|iv");

    private InvertedName() {
    }

    static String inReadingOrder(String name) {
        int comma = name.indexOf(',');
        if (comma < 0 || isSuffixed(name)) {
            return name;
        }
        String rest = name.substring(comma + 1);
        int second = rest.indexOf(',');
        String first = (second < 0 ? rest : rest.substring(0, second)).strip();
        String suffix = second < 0 ? "" : rest.substring(second + 1).strip();
        String last = name.substring(0, comma).strip();
        return ((first.isEmpty() ? "" : first + " ") + last + (suffix.isEmpty() ? "" : " " + suffix)).strip();
    }

    /** Whether a name's only comma comes before a suffix: a name in reading order ("Guy L. Steele, Jr."). */
    static boolean isSuffixed(String name) {
        int comma = name.indexOf(',');
        return comma >= 0 && SUFFIX.matcher(name.substring(comma + 1).strip()).matches();
    }
}
