package io.github.paperdigest.digest;

/**
 * Tells whether two texts are written in different scripts: a Chinese TL;DR under an English title is a
 * note in the digest's language, never the paper's abstract.
 */
final class Scripts {

    private Scripts() {
    }

    /** True when one text is mostly in Han, kana or Hangul and the other mostly not. */
    static boolean differ(String a, String b) {
        return Math.abs(eastAsianShare(a) - eastAsianShare(b)) > 0.5;
    }

    /** The share of letters that are Chinese, Japanese or Korean; 0 for a text without letters. */
    static double eastAsianShare(String text) {
        int letters = 0;
        int eastAsian = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                eastAsian++;
            }
        }
        return letters == 0 ? 0 : (double) eastAsian / letters;
    }
}
