package io.github.paperdigest.output;

import java.nio.file.Path;

/** Checks that a page's relative path stays inside the output folder. */
final class OutputPaths {

    private OutputPaths() {
    }

    static Path resolveInside(Path root, String relativePath) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.contains(":") || relativePath.contains("\0")) {
            throw new OutputException("refusing to write '" + relativePath + "': not a relative path inside the site");
        }
        for (String part : relativePath.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new OutputException("refusing to write '" + relativePath + "': it would leave the site folder");
            }
        }
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root)) {
            throw new OutputException("refusing to write '" + relativePath + "': it would leave the site folder");
        }
        return resolved;
    }
}
