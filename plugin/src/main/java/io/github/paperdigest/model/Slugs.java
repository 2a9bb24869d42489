package io.github.paperdigest.model;

import java.util.Set;

/**
 * File-name-safe names: lower-case ASCII letters and digits joined by single '-', never empty, never a
 * name Windows reserves. A slug has no '/', '\\' or '.', so a page named after it stays in its folder.
 */
public final class Slugs {

    /** Long enough to stay readable, short enough for every file system and for GitHub Pages URLs. */
    public static final int MAX_LENGTH = 80;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private Slugs() {
    }

    /** The slug of a text, or {@code fallback} when the text has no letter or digit that ASCII can spell. */
    public static String of(String text, String fallback) {
        String slug = truncate(asciiWords(text), MAX_LENGTH);
        if (slug.isEmpty()) {
            slug = fallback;
        }
        return RESERVED.contains(slug) ? slug + "-page" : slug;
    }

    /** A short, stable hexadecimal fingerprint, for telling apart two things whose slugs collide. */
    public static String fingerprint(String text, int hexDigits) {
        return Sha256.hex(text).substring(0, hexDigits);
    }

    /** The letters and digits of a text in lower-case ASCII, accents dropped and nothing between words. */
    public static String asciiLetters(String text) {
        return asciiWords(text).replace("-", "");
    }

    /** True when the text is already a slug. */
    public static boolean isSlug(String text) {
        return text != null && text.matches("[a-z0-9]+(-[a-z0-9]+)*") && text.length() <= MAX_LENGTH + 20;
    }

    private static String asciiWords(String text) {
        String plain = TextFolding.withoutAccents(text);
        StringBuilder out = new StringBuilder(plain.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            char lower = Character.toLowerCase(c);
            // letters and digits are most of every text: appended as they are, not as a string each
            boolean plainAscii = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
            String mapped = plainAscii ? null : transliterate(lower);
            if (!plainAscii && mapped == null) {
                if (c != '\'' && c != '’') {
                    pendingHyphen = true;
                }
                continue;
            }
            if (pendingHyphen && out.length() > 0) {
                out.append('-');
            }
            pendingHyphen = false;
            if (plainAscii) {
                out.append(lower);
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** The ASCII spelling of a letter that is not one, or null: "ß" is "ss". */
    private static String transliterate(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> null;
        };
    }

    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', max);
        return (cut > max / 2 ? slug.substring(0, cut) : slug.substring(0, max)).replaceAll("-+$", "");
    }

}
