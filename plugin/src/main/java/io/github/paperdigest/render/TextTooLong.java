package io.github.paperdigest.render;

/**
 * A template wrote more than a page or a list item may hold. A project's templates are untrusted (a pull request can
 * bring them): a chain of partials that each include the next ten times multiplies the page by ten at every link,
 * and would fill the memory and hold the build for hours instead.
 */
final class TextTooLong extends RuntimeException {

    private final int limit;

    TextTooLong(int limit) {
        super(null, null, false, false);
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
