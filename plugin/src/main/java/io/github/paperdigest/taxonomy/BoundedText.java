package io.github.paperdigest.taxonomy;

/**
 * A text that counts how often a regular expression looks at its characters, and stops one that looks far
 * more often than the text is long: a pattern that backtracks catastrophically (such as {@code (.*a){25}})
 * would otherwise hold the build for hours. The bound is counted in steps rather than seconds, so that the
 * same pattern fails on every machine, however fast.
 */
final class BoundedText implements CharSequence {

    /** Steps allowed per character: enough for any pattern that is linear, or quadratic on an abstract. */
    static final long STEPS_PER_CHARACTER = 1_000;
    private static final long STEPS_ANY_TEXT = 100_000;

    private final String text;
    private final long budget;
    private long steps;

    BoundedText(String text) {
        this.text = text;
        this.budget = budgetFor(text);
    }

    /** The steps one pattern may take on a text. */
    static long budgetFor(String text) {
        return STEPS_ANY_TEXT + STEPS_PER_CHARACTER * text.length();
    }

    /** The steps taken so far. */
    long steps() {
        return steps;
    }

    /** The regular expression looked at the text more often than its budget allows. */
    static final class TooManySteps extends RuntimeException {
        private final long budget;

        TooManySteps(long budget) {
            super(null, null, false, false);
            this.budget = budget;
        }

        long budget() {
            return budget;
        }
    }

    @Override
    public char charAt(int index) {
        if (++steps > budget) {
            throw new TooManySteps(budget);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
