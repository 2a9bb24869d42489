package io.github.paperdigest.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}, for templates. {@link java.io.StringWriter} locks its buffer on every
 * write, and a template writes a page in hundreds of small pieces, each on one thread only.
 */
final class StringBuilderWriter extends Writer {

    private final StringBuilder text;

    StringBuilderWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
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
