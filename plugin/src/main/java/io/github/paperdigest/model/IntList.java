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

    /** Adds every number of {@code other}, in its order. */
    public void addAll(IntList other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
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
