package io.github.paperdigest.model;

import java.util.Arrays;

/** A growing list of ints, without a boxed Integer for each: the word and feature numbers of whole archives. */
public final class IntList {

    private int[] values = new int[512];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    /** Empties the list and keeps its room, for the next paper's numbers. */
    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
