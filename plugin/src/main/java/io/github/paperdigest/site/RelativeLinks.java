package io.github.paperdigest.site;

/**
 * Links between pages as relative URLs, so that the site works from any folder, from disk and under
 * any URL prefix. Paths are relative to the site root, use '/', and name files, never folders.
 */
public final class RelativeLinks {

    private RelativeLinks() {
    }

    /** The URL that leads from the page at {@code from} to the file at {@code to}. */
    public static String href(String from, String to) {
        int slash = from.indexOf('/');
        if (slash < 0) {
            return to; // from the root, every path is already the way there
        }
        if (from.indexOf('/', slash + 1) < 0) {
            // one folder down, as every page but the root's: within that folder by name, the rest through ".."
            return to.startsWith(from.substring(0, slash + 1)) ? to.substring(slash + 1) : "../" + to;
        }
        int fromDepth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                fromDepth++;
            }
        }
        // walk up to the common folder, then down
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromDepth; i++) {
            href.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            href.append(toParts[i]);
            if (i < toParts.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /** The prefix that leads from the page at {@code from} back to the site root ("" or "../"). */
    public static String toRoot(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
