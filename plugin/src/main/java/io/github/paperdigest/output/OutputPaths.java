package io.github.paperdigest.output;

import java.nio.file.Path;

/** Checks that a page's relative path stays inside the output folder. */
final class OutputPaths {

    private OutputPaths() {
    }

    static Path resolveInside(Path root, String relativePath) {
        if (relativePath.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new OutputException("refusing to write '" + Manifest.escape(relativePath) + "': a file name with a"
                    + " control character (such as a line break); rename the file it comes from");
        }
        if (!isRelative(relativePath)) {
            throw new OutputException("refusing to write '" + relativePath + "': not a relative path inside the site");
        }
        if (!staysInside(relativePath)) {
            throw new OutputException("refusing to write '" + relativePath + "': it would leave the site folder");
        }
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root)) {
            throw new OutputException("refusing to write '" + relativePath + "': it would leave the site folder");
        }
        return resolved;
    }

    /** True for a path the plugin could have written: relative, inside the site, without control characters. */
    static boolean isSafe(String relativePath) {
        return isRelative(relativePath) && staysInside(relativePath) && hasNoLineBreakOrControl(relativePath);
    }

    // a loop, not a stream: the manifest's reading asks this of every file of the site, in a JVM just started
    private static boolean hasNoLineBreakOrControl(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRelative(String path) {
        return !(path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":") || path.contains("\0"));
    }

    private static boolean staysInside(String path) {
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            int end = slash < 0 ? path.length() : slash;
            int length = end - from;
            if (length == 0 || length <= 2 && path.startsWith(length == 1 ? "." : "..", from)) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            from = slash + 1;
        }
    }
}
