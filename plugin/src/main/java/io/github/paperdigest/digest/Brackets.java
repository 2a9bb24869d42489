package io.github.paperdigest.digest;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Round, square and curly brackets around what a list writes after a title ("(CVPR, 2024)", "[arXiv 2023]"): taken off
 * as a pair, never one without the other, so that a venue never reads "(CVPR, 2024". Each text is scanned once: a
 * digest's line may be long, and hostile.
 */
final class Brackets {

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private Brackets() {
    }

    /** The text inside one pair of brackets that encloses all of it ("(CVPR, 2024)" is "CVPR, 2024"); else the text. */
    static String unwrapped(String text) {
        String t = text.strip();
        return t.length() >= 2 && partners(t)[0] == t.length() - 1 ? t.substring(1, t.length() - 1).strip() : t;
    }

    /**
     * The text without the brackets that close nothing or that nothing closes: "(CVPR, 2024" is "CVPR, 2024", and
     * "ICLR 2024 (Oral)" is left as it is.
     */
    static String withoutUnmatched(String text) {
        int[] partner = partners(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isBracket(text.charAt(i)) || partner[i] >= 0) {
                out.append(text.charAt(i));
            }
        }
        return out.toString().strip();
    }

    /**
     * The text without what taking links out of it left at its end: blanks, '|', brackets that close nothing or that
     * nothing closes, and pairs with no words inside ("… ( )", "… [ | ]", "… [( )]"). A pair around words stays: "… (CVPR, 2024)".
     */
    static String withoutEmptyEnd(String text) {
        int[] partner = partners(text);
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == '|' || isBracket(c) && partner[end - 1] < 0) {
                end--;
            } else if (CLOSERS.indexOf(c) >= 0 && text.substring(partner[end - 1] + 1, end - 1).chars()
                    .allMatch(ch -> Character.isWhitespace(ch) || ch == '|' || isBracket((char) ch))) {
                end = partner[end - 1];
            } else {
                break;
            }
        }
        return text.substring(0, end);
    }

    /** For each bracket the index of the bracket it pairs with, -1 for one that pairs with none and for other text. */
    private static int[] partners(String text) {
        int[] partner = new int[text.length()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !open.isEmpty()) {
                if (OPENERS.indexOf(text.charAt(open.peek())) == CLOSERS.indexOf(c)) {
                    int o = open.pop();
                    partner[o] = i;
                    partner[i] = o;
                }
            }
        }
        return partner;
    }

    private static boolean isBracket(char c) {
        return OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
    }
}
