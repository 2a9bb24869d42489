package io.github.paperdigest.files;

import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one place the plugin walks a folder, and the one rule for links, for everything it reads (digests,
 * templates, the taxonomy, the fingerprint of its inputs).
 *
 * <ul>
 *   <li>A link is followed only while it resolves inside the project folder, or inside a folder the
 *       configuration names outside the project (a shared digest folder, say). A link that leaves is refused:
 *       in strict mode the build fails, in lenient mode it is skipped with a warning; both name the link
 *       and its target. {@code allowExternalLinks} opts in to following such links.</li>
 *   <li>A configured folder or file that is itself a link is followed under the same rule: a digest folder
 *       that links to another folder of the project works. One that leaves the project fails the build,
 *       in either mode, since it is configuration rather than content.</li>
 *   <li>A link to a folder that contains it (a loop) is named and not followed.</li>
 *   <li>Only regular files are ever read: pipes, sockets and devices are named and left alone, and the
 *       operating system's pseudo-files ({@code /proc}, {@code /sys}) are refused even when links out of
 *       the project are allowed, since they hold the build's environment and secrets.</li>
 *   <li>Hidden files and folders (names starting with '.') are not read.</li>
 * </ul>
 */
public final class FolderWalker {

    /** Deeper than any real project; a guard against a tree made to exhaust the stack. */
    static final int MAX_DEPTH = 200;
    private static final List<String> SYSTEM_FOLDERS = List.of("/proc", "/sys");

    private final Path projectFolder;
    private final Path projectReal;
    private final boolean allowExternalLinks;
    private final boolean strict;
    private final Consumer<String> warn;

    /**
     * @param projectFolder      links are followed while they stay inside it
     * @param allowExternalLinks follow links wherever they lead (but never to the system's pseudo-files)
     * @param strict             a refused link or an unreadable folder fails the build (true) or is skipped
     *                           with a warning (false)
     * @param warn               where warnings go
     */
    public FolderWalker(Path projectFolder, boolean allowExternalLinks, boolean strict, Consumer<String> warn) {
        this.projectFolder = projectFolder.toAbsolutePath().normalize();
        this.projectReal = realOrLexical(this.projectFolder);
        this.allowExternalLinks = allowExternalLinks;
        this.strict = strict;
        this.warn = warn;
    }

    /** A strict walker whose project is the folder itself: for folders the plugin trusts, such as its own code. */
    public static FolderWalker within(Path folder) {
        return new FolderWalker(folder, false, true, message -> { });
    }

    /**
     * The regular files under a folder, in order of their '/' names; an empty list when the folder does not
     * exist. Links are followed under the rule above.
     */
    public List<FoundFile> files(Path folder) {
        Path shown = folder.toAbsolutePath().normalize();
        Optional<Path> real = configured(shown, "folder");
        if (real.isEmpty() || !Files.isDirectory(real.get())) {
            return List.of();
        }
        Path root = real.get();
        boolean chosenOutsideTheProject = !insideProject(shown);
        Predicate<Path> allowed = target -> allowExternalLinks || target.startsWith(projectReal)
                || chosenOutsideTheProject && target.startsWith(root);
        List<FoundFile> found = new ArrayList<>();
        new Walk(shown, root, allowed, found).folder(root, "", new HashSet<>(Set.of(root)), 0);
        found.sort(Comparator.comparing(FoundFile::name));
        return List.copyOf(found);
    }

    /**
     * A file the configuration names (the taxonomy), if it exists; a link is followed under the rule above.
     * Anything but a regular file fails the build.
     */
    public Optional<FoundFile> file(Path configuredFile) {
        Path shown = configuredFile.toAbsolutePath().normalize();
        Optional<Path> real = configured(shown, "file");
        if (real.isEmpty()) {
            return Optional.empty();
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real.get(), BasicFileAttributes.class);
        } catch (IOException e) {
            throw new ProjectFileException("cannot read " + shown + ": " + IoMessages.describe(e), e);
        }
        if (!attributes.isRegularFile()) {
            throw new ProjectFileException(shown + " is " + (attributes.isDirectory() ? "a folder" : "a pipe, socket or device")
                    + ", not a file: name a file");
        }
        return Optional.of(new FoundFile(shown.getFileName().toString(), real.get(), attributes.size(),
                attributes.lastModifiedTime()));
    }

    /**
     * Everything in a folder, as it is: files, folders, links (never followed) and special files, hidden ones
     * too, in order of their '/' names with each folder before what it holds. For the output folder, where
     * what is not the plugin's must be kept whatever it is.
     */
    public static List<FolderEntry> entries(Path folder) throws IOException {
        List<FolderEntry> entries = new ArrayList<>();
        listInto(folder, "", entries, 0);
        return entries;
    }

    /** True when a folder holds nothing at all, hidden things included. */
    public static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            return !stream.iterator().hasNext();
        }
    }

    private static void listInto(Path folder, String prefix, List<FolderEntry> entries, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new FileSystemException(folder.toString(), null, "nested more than " + MAX_DEPTH + " folders deep");
        }
        for (Path child : sortedChildren(folder)) {
            String name = prefix + child.getFileName();
            BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            FolderEntry.Kind kind = a.isSymbolicLink() ? FolderEntry.Kind.LINK : a.isDirectory() ? FolderEntry.Kind.FOLDER
                    : a.isRegularFile() ? FolderEntry.Kind.FILE : FolderEntry.Kind.SPECIAL;
            entries.add(new FolderEntry(name, child, kind));
            if (kind == FolderEntry.Kind.FOLDER) {
                listInto(child, name + "/", entries, depth + 1);
            }
        }
    }

    /**
     * What a folder holds at its top (files, folders, links, anything), not below, in order of their names. Links are
     * listed as they are, not followed and not judged by the rule above: for the plugin's own folders (the staging
     * folders beside a site, the embedding cache), not for what a build reads from the project.
     */
    public static List<Path> sortedChildren(Path folder) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }

    /** The real location of a configured folder or file, checked; empty when nothing is there. */
    private Optional<Path> configured(Path shown, String what) {
        if (!Files.exists(shown)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = shown.toRealPath();
        } catch (IOException e) {
            throw new ProjectFileException("cannot read the " + what + " " + shown + ": " + IoMessages.describe(e), e);
        }
        if (isSystemFile(real)) {
            throw new ProjectFileException(shown + " leads to " + real + ", a file of the operating system, which is never"
                    + " read: name a " + what + " of the project");
        }
        Optional<String> hidden = hiddenOnTheWay(commonFolder(real), real);
        if (hidden.isPresent() && !namesOf(shown).contains(hidden.get())) {
            throw new ProjectFileException(shown + " is a link to " + real + ", " + hiddenPlace(real, hidden.get())
                    + HIDDEN_FIX + ". Name a " + what + " that is not hidden in the configuration");
        }
        if (!allowExternalLinks && insideProject(shown) && !real.startsWith(projectReal)) {
            throw new ProjectFileException(shown + " is a link to " + real + ", outside the project folder " + projectFolder
                    + ": links are followed only inside the project. Name " + real + " itself in the configuration,"
                    + " or set allowExternalLinks=true", Setting.ALLOW_EXTERNAL_LINKS);
        }
        return Optional.of(real);
    }

    private boolean insideProject(Path shown) {
        return shown.startsWith(projectFolder) || shown.startsWith(projectReal);
    }

    private static final String HIDDEN_FIX = ": hidden files and folders are never read, since they hold the project's"
            + " secrets (.env, .git)";

    /**
     * The first hidden name (".git", ".env", ".m2") on the way from {@code base} to a link's real target. Hidden
     * things are never read by name, so they are not read through a link either: a link in a pull request to
     * {@code .git/config} or {@code ~/.m2/settings.xml} would otherwise publish the credentials kept there.
     */
    private static Optional<String> hiddenOnTheWay(Path base, Path real) {
        for (Path part : base.relativize(real)) {
            if (part.toString().startsWith(".") && !part.toString().equals("..")) {
                return Optional.of(part.toString());
            }
        }
        return Optional.empty();
    }

    /** The deepest folder that holds both a target and the project: what lies below it is the link's own choice. */
    private Path commonFolder(Path real) {
        Path common = projectReal;
        while (common != null && !real.startsWith(common)) {
            common = common.getParent();
        }
        return common != null ? common : real.getRoot();
    }

    private static Set<String> namesOf(Path path) {
        Set<String> names = new HashSet<>();
        path.forEach(part -> names.add(part.toString()));
        return names;
    }

    private static String hiddenPlace(Path real, String hidden) {
        if (!real.getFileName().toString().equals(hidden)) {
            return "inside the hidden folder " + hidden;
        }
        return Files.isDirectory(real) ? "the hidden folder " + hidden : "the hidden file " + hidden;
    }

    private static boolean isSystemFile(Path real) {
        if (!real.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) {
            return false;
        }
        return SYSTEM_FOLDERS.stream().anyMatch(system -> real.startsWith(real.getFileSystem().getPath(system)));
    }

    private static Path realOrLexical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** One walk of one folder: where it was asked for (for messages), which link targets it may follow. */
    private final class Walk {
        private final Path shownRoot;
        private final Path realRoot;
        private final Predicate<Path> allowed;
        private final List<FoundFile> found;
        /** The real folders read so far, with the name each was read under: none is read twice. */
        private final Map<Path, String> read = new HashMap<>();

        Walk(Path shownRoot, Path realRoot, Predicate<Path> allowed, List<FoundFile> found) {
            this.shownRoot = shownRoot;
            this.realRoot = realRoot;
            this.allowed = allowed;
            this.found = found;
        }

        /** @param ancestors the real folders from the root down to this one: a link back to one of them is a loop */
        void folder(Path real, String name, Set<Path> ancestors, int depth) {
            read.putIfAbsent(real, name);
            if (depth > MAX_DEPTH) {
                problem(shown(name) + " is nested more than " + MAX_DEPTH + " folders deep: flatten it");
                return;
            }
            List<Path> children;
            try {
                children = sortedChildren(real);
            } catch (IOException e) {
                problem("cannot read the folder " + shown(name) + ": " + IoMessages.describe(e)
                        + ". Give the build read access to it, or move it out of " + shownRoot);
                return;
            }
            for (Path child : children) {
                String childName = child.getFileName().toString();
                if (childName.startsWith(".")) {
                    continue;
                }
                entry(child, name.isEmpty() ? childName : name + "/" + childName, ancestors, depth);
            }
        }

        private void entry(Path child, String name, Set<Path> ancestors, int depth) {
            if (ControlCharacters.in(name)) {
                problem("'" + ControlCharacters.visible(shown(name).toString()) + "' has a control character (such as a line break) in"
                        + " its name: rename it");
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problem("cannot read " + shown(name) + ": " + IoMessages.describe(e));
                return;
            }
            if (attributes.isSymbolicLink()) {
                link(child, name, ancestors, depth);
            } else {
                take(child, name, attributes, ancestors, depth, null);
            }
        }

        private void link(Path link, String name, Set<Path> ancestors, int depth) {
            String target = literalTarget(link);
            Path real;
            try {
                real = link.toRealPath();
            } catch (NoSuchFileException e) {
                warn.accept(shown(name) + " is a link to " + target + ", which does not exist; ignored");
                return;
            } catch (IOException e) {
                // a chain of links that never ends (ELOOP) lands here too
                problem("cannot follow the link " + shown(name) + " to " + target + ": " + IoMessages.describe(e)
                        + ". Remove the link or point it at a file");
                return;
            }
            String leadsTo = target.equals(real.toString()) ? target : target + " (" + real + ")";
            if (isSystemFile(real)) {
                problem(shown(name) + " is a link to " + leadsTo + ", a file of the operating system: it is never read,"
                        + " since it holds the build's environment. Remove the link");
                return;
            }
            // a link inside the folder being read may lead to a hidden thing in it: the folder was named, hidden or not
            Optional<String> hidden = hiddenOnTheWay(real.startsWith(realRoot) ? realRoot : commonFolder(real), real);
            if (hidden.isPresent()) {
                problem(shown(name) + " is a link to " + leadsTo + ", " + hiddenPlace(real, hidden.get()) + HIDDEN_FIX
                        + ". Remove the link");
                return;
            }
            if (!allowed.test(real)) {
                problem(Setting.ALLOW_EXTERNAL_LINKS, shown(name) + " is a link to " + leadsTo + ", outside the project"
                        + " folder " + projectFolder + ": links are followed only inside the project. Replace the link"
                        + " with a copy of what it points to, or set allowExternalLinks=true to follow it");
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (IOException e) {
                problem("cannot read " + shown(name) + " (a link to " + leadsTo + "): " + IoMessages.describe(e));
                return;
            }
            take(real, name, attributes, ancestors, depth, leadsTo);
        }

        /**
         * What an entry is once its links are resolved: a folder to walk (unless it holds the link that led to it),
         * a file found, or something that is never read.
         *
         * @param leadsTo what the link that led here names, for messages; null for an entry that is no link
         */
        private void take(Path real, String name, BasicFileAttributes attributes, Set<Path> ancestors, int depth,
                String leadsTo) {
            if (attributes.isDirectory()) {
                if (ancestors.contains(real)) {
                    // a folder that is no link, met again below a link that leads above it (loop -> ..)
                    problem(shown(name) + (leadsTo == null ? " is a folder met again through a link above it, which"
                            + " leads to a folder that contains the link" : " is a link to " + leadsTo + ", a folder"
                            + " that contains the link") + ": following it would loop for ever. Remove the link");
                    return;
                }
                if (leadsTo != null && !readOnce(real, name, leadsTo)) {
                    return;
                }
                descend(real, name, ancestors, depth);
            } else if (attributes.isRegularFile()) {
                found.add(new FoundFile(name, real, attributes.size(), attributes.lastModifiedTime()));
            } else {
                special(name);
            }
        }

        /**
         * Whether a folder a link leads to is to be read: not when it was read already, or is read under its own name
         * in this folder. Links that reach the same folders many ways (forty folders, each with two links to the next:
         * 2^40 paths) would otherwise make a walk that never ends; read once, a walk is as large as the folders.
         */
        private boolean readOnce(Path real, String name, String leadsTo) {
            String already = read.get(real);
            if (already != null) {
                warn.accept(shown(name) + " is a link to " + leadsTo + ", a folder read already (as " + already + "): it is"
                        + " not read twice");
                return false;
            }
            if (real.startsWith(realRoot)) {
                warn.accept(shown(name) + " is a link to " + leadsTo + ", a folder read under its own name ("
                        + realRoot.relativize(real).toString().replace('\\', '/') + "): it is not read twice");
                return false;
            }
            return true;
        }

        private void descend(Path real, String name, Set<Path> ancestors, int depth) {
            Set<Path> deeper = new HashSet<>(ancestors);
            deeper.add(real);
            folder(real, name, deeper, depth + 1);
        }

        private void special(String name) {
            warn.accept(shown(name) + " is not a regular file (a pipe, socket or device): it is never read");
        }

        private Path shown(String name) {
            return name.isEmpty() ? shownRoot : shownRoot.resolve(name);
        }
    }

    /** Strict: fails the build; lenient: the thing is skipped with a warning. */
    private void problem(String message) {
        problem(null, message);
    }

    private void problem(Setting setting, String message) {
        if (strict) {
            throw new ProjectFileException(message, setting);
        }
        warn.accept(message + "; skipped (strict=false)");
    }

    private static String literalTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
