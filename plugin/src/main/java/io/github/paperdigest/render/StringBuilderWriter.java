package io.github.paperdigest.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}, for templates. {@link java.io.StringWriter} locks its buffer on every
 * write, and a template writes a page in hundreds of small pieces, each on one thread only.
 */
final class StringBuilderWriter extends Writer {

    private final StringBuilder text;
    /** The most characters the text may have: see {@link TextTooLong}. */
    private final int limit;

    StringBuilderWriter(int capacity, int limit) {
        this.text = new StringBuilder(capacity);
        this.limit = limit;
    }

    @Override
    public void write(int c) {
        room(1);
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        room(s.length());
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        room(length);
        text.append(s, offset, offset + length);
    }

    private void room(int more) {
        if ((long) text.length() + more > limit) {
            throw new TextTooLong(limit);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written, without a line break that ends it. */
    String withoutFinalLineBreak() {
        int end = text.length();
        return end > 0 && text.charAt(end - 1) == '\n' ? text.substring(0, end - 1) : text.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
