package io.github.paperdigest.model;

/**
 * A map key equal only to the very object it holds. For caches of what a build makes once per record: a record's own
 * {@code equals} and {@code hashCode} read every field (a paper's title, its authors) at every look-up.
 */
public record IdentityKey<T>(T value) {

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey<?> that && that.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
