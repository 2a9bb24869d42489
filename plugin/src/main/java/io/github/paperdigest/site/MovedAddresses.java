package io.github.paperdigest.site;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.paperdigest.markup.BoundedYaml;
import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.site.MovedAddressesException.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The addresses the site once gave that no digest says where to lead any more, as the project names them in
 * {@code moved.yml} at the digest folder's root ({@code DigestFolder.MOVED_ADDRESSES}): a title corrected in the only
 * digest that gives it, a digest file renamed, a tag the papers no longer support. Each line, {@code paper/old-title.html: paper/new-title.html}, makes the
 * old address a page that leads to the new one ({@link MovedPage}), as the addresses the digests and the taxonomy keep
 * by themselves do.
 *
 * <p>The file is untrusted (a pull request can carry it): it is read as plain YAML, with no tags, anchors or types,
 * bounded in size, and every address must be one the site could have given, from its root, without a way out of its
 * folder. Every mistake is reported with the file, its line and the fix, all of them at once.
 *
 * @param sourceName the file, as messages name it
 * @param lines      in the file's order
 */
public record MovedAddresses(String sourceName, List<Line> lines) {

    /** About 80,000 lines: every page of a large archive, moved at once by a change of naming. */
    public static final int MAX_CHARACTERS = 8 << 20;
    /** The folders of the site's pages; the site's other folders (assets/, paper-data/) hold no page. */
    private static final Set<String> PAGE_FOLDERS = Set.of("paper", "digest", "tag", "hub", "author");
    private static final int MAX_ADDRESS_LENGTH = 300;
    private static final YAMLFactory YAML = BoundedYaml.factory(MAX_CHARACTERS);

    /** A project without a file of moved addresses: no lines, so its name is never shown. */
    public static final MovedAddresses NONE = new MovedAddresses("no file of moved addresses", List.of());

    /** One line: the old address, the address it leads to, both from the site's root, and its line in the file. */
    public record Line(String from, String to, int line) {
    }

    public MovedAddresses {
        lines = List.copyOf(lines);
    }

    /** What is wrong with a file of this size, and what to do. */
    public static String tooLarge(String size) {
        return "is " + size + ", more than the " + (MAX_CHARACTERS >> 20) + " MB a file of moved addresses may have:"
                + " it names old addresses, one a line (a file that large is not one)";
    }

    /** The lines of a file's text; fails naming every mistake's line. */
    public static MovedAddresses parse(String sourceName, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new MovedAddressesException(sourceName, List.of(new Problem(0, tooLarge(String.format(Locale.ROOT,
                    "%,d characters", text.length())))));
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return new MovedAddresses(sourceName, List.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MovedAddressesException(sourceName, List.of(new Problem(line(parser), "expected one line for"
                        + " each old address, 'paper/old-title.html: paper/new-title.html'")));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String from = parser.currentName();
                int line = line(parser);
                JsonToken value = parser.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    parser.skipChildren();
                    problems.add(new Problem(line, shown(from) + " must be followed by the one address it leads to,"
                            + " as in 'paper/old-title.html: paper/new-title.html'"));
                    continue;
                }
                String to = parser.getText().strip();
                int before = problems.size();
                addressProblem(from).ifPresent(p -> problems.add(new Problem(line, shown(from) + " " + p)));
                addressProblem(to).ifPresent(p -> problems.add(new Problem(line, shown(to) + " " + p)));
                if (problems.size() > before) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(from, line);
                if (earlier != null) {
                    problems.add(new Problem(line, shown(from) + " is named at line " + earlier + " too: keep one line"
                            + " for it, leading to the page it shows now"));
                } else if (from.equals(to)) {
                    problems.add(new Problem(line, shown(from) + " leads to itself: remove the line"));
                } else {
                    lines.add(new Line(from, to, line));
                }
            }
            // a second document ('---') would otherwise be left unread without a word
            if (parser.nextToken() != null) {
                problems.add(new Problem(line(parser), "starts a second YAML document ('---'): keep every line in one,"
                        + " without '---'"));
            }
        } catch (JsonProcessingException e) {
            problems.add(new Problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid YAML: "
                    + e.getOriginalMessage() + " (write one line for each old address, 'paper/old-title.html:"
                    + " paper/new-title.html')"));
        } catch (IOException e) {
            problems.add(new Problem(0, "cannot be read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new MovedAddressesException(sourceName, problems);
        }
        return new MovedAddresses(sourceName, lines);
    }

    /**
     * Why an address cannot be one of the site's pages, if it cannot: the file names pages, from the site's root,
     * within its folders, so that no line can make a page outside the site or over a file that is not a page.
     */
    public static Optional<String> addressProblem(String address) {
        if (address.isEmpty()) {
            return Optional.of("is empty: write the address of a page, from the site's root");
        }
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return Optional.of("is longer than any address of the site (" + MAX_ADDRESS_LENGTH + " characters)");
        }
        if (address.contains("://") || address.startsWith("/")) {
            return Optional.of("must be written from the site's root, as a link between its pages is:"
                    + " paper/some-title.html, not https://…/papers/paper/some-title.html or /paper/some-title.html");
        }
        String[] parts = address.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return Optional.of("leads out of the site's folders ('..', '.' or '//'): write the address from the"
                        + " site's root, as paper/some-title.html");
            }
        }
        if (!address.endsWith(".html")) {
            return Optional.of("is not a page: a page's address ends in .html (a feed or BibTeX file follows its"
                    + " page's)");
        }
        if (parts.length > 2 || parts.length == 2 && !PAGE_FOLDERS.contains(parts[0])) {
            return Optional.of("is in no folder of the site's pages: a page is at the site's root (index.html) or in"
                    + " paper/, digest/, tag/, hub/ or author/");
        }
        String name = parts[parts.length - 1];
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                // on a disk that ignores case (macOS, Windows) such a page would be written over the page whose
                // address differs from it in case alone, in whichever order the files were written
                return Optional.of("has a capital letter, which no address of the site has: write it in lower case,"
                        + " as the site's addresses are");
            }
            boolean allowed = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' && i > 0;
            if (!allowed) {
                return Optional.of("has a character no address of the site has: they are letters, digits, '-', '_'"
                        + " and '.'");
            }
        }
        return Optional.empty();
    }

    /**
     * Where each line leads in the end, and what is wrong with the lines that lead nowhere the site has. A line may
     * lead to another line's old address (a title corrected twice: the second line is the only one to add), or to an
     * address the site leads on by itself (another title of a paper); either is followed to the page it ends at.
     *
     * @param pages     what the page at an address is ("the paper 'Attention Is All You Need'"), empty when the site
     *                  has none there; the pages that lead on ({@link MovedPage}) are none
     * @param siteMoves the addresses the site leads on by itself, each with the page it leads to
     */
    public Resolution resolve(Function<String, Optional<String>> pages, Map<String, String> siteMoves) {
        Map<String, Line> byFrom = new LinkedHashMap<>();
        lines.forEach(l -> byFrom.put(l.from(), l));
        List<Resolved> resolved = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Line l : lines) {
            Optional<String> page = pages.apply(l.from());
            if (page.isPresent()) {
                problems.add(new Problem(l.line(), shown(l.from()) + " is a page of the site now (" + page.get()
                        + "), which it shows: remove this line"));
                continue;
            }
            Optional<String> end = end(l, byFrom, pages, siteMoves, problems);
            if (end.isEmpty()) {
                continue;
            }
            String siteTarget = siteMoves.get(l.from());
            if (siteTarget == null) {
                resolved.add(new Resolved(l, end.get()));
            } else if (!siteTarget.equals(end.get())) {
                problems.add(new Problem(l.line(), shown(l.from()) + " already leads to " + siteTarget + " (the"
                        + " digests or the taxonomy say so), not to " + end.get() + ": remove this line"));
            }
            // else: the site leads the address there by itself, and the line says nothing more
        }
        return new Resolution(resolved, problems);
    }

    /** The page a line leads to in the end, following other lines and the site's own moves; empty after a problem. */
    private static Optional<String> end(Line l, Map<String, Line> byFrom, Function<String, Optional<String>> pages,
            Map<String, String> siteMoves, List<Problem> problems) {
        Set<String> visited = new HashSet<>();
        visited.add(l.from());
        String at = l.to();
        while (pages.apply(at).isEmpty()) {
            if (!visited.add(at)) {
                problems.add(new Problem(l.line(), shown(l.from()) + " leads round in a circle, through " + at
                        + ": make each line lead to the page the site has now"));
                return Optional.empty();
            }
            Line next = byFrom.get(at);
            if (next != null) {
                at = next.to();
            } else if (siteMoves.containsKey(at)) {
                at = siteMoves.get(at);
            } else {
                problems.add(new Problem(l.line(), shown(l.from()) + " leads to " + at + ", which is no page of the"
                        + " site: write the address of a page the site has now (the build that dropped the old"
                        + " address named it), or remove the line to leave the old address to the 404 page",
                        Optional.of(at)));
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    /** What a page is, as a message names it. */
    public static String describe(Page page) {
        return switch (page.kind()) {
            case PAPER -> "the paper '" + page.title() + "'";
            case DIGEST -> "the digest '" + page.title() + "'";
            default -> "the " + page.kind().id() + " page '" + page.title() + "'";
        };
    }

    /** An address as a message quotes it: its control characters shown, a long one by its start. */
    private static String shown(String address) {
        String visible = ControlCharacters.visible(address);
        return visible.length() <= 120 ? visible : visible.substring(0, 120) + "…";
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** A line and the page it leads to in the end. */
    public record Resolved(Line line, String target) {
    }

    /** The lines that lead to a page, and the problems of the others. */
    public record Resolution(List<Resolved> moves, List<Problem> problems) {

        public Resolution {
            moves = List.copyOf(moves);
            problems = List.copyOf(problems);
        }
    }
}
