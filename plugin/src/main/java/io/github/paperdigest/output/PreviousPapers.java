package io.github.paperdigest.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.Sha256;
import io.github.paperdigest.model.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The papers of the site in an output folder, as its {@code papers.json} lists them: what a build that replaces the
 * site can tell of a paper whose page it no longer has, to find the paper among its own. The file is the previous
 * build's output, which anyone may have edited: it is read as plain JSON, a paper at a time, within bounds, and a file
 * that is not what the plugin writes gives no papers (the debug log says why), never a failed build.
 */
public final class PreviousPapers {

    /** The model export of a site (see {@code SitePaths.EXPORT}). */
    static final String FILE_NAME = "papers.json";
    /** Far above any site's export (a hundred thousand papers with their abstracts is about 200 MB). */
    static final long MAX_BYTES = 2L << 30;
    static final int MAX_PAPERS = 2_000_000;
    /**
     * What is kept of a paper, far above what the plugin writes: its title as the warning shows it, and the ids of the
     * digests that listed it, of its tags and of its hubs (each list up to this many); an edited file's larger values are cut, so that
     * two million papers fit the heap.
     */
    static final int MAX_TITLE = 1_000;
    static final int MAX_IDS = 1_000;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A paper of the previous site.
     *
     * @param slug    its page's name, {@code paper/<slug>.html}
     * @param content a hash of its authors and abstract, which a corrected title leaves as they were; empty for a paper
     *                without both
     * @param digests the slugs of the digests that listed it, {@code digest/<slug>.html}
     * @param tags    the ids of its tags, {@code tag/<id>.html}
     * @param hubs    the ids of its hubs, {@code hub/<id>.html}
     */
    public record Paper(String slug, String title, Optional<String> arxiv, Optional<String> doi,
            Optional<String> content, List<String> digests, List<String> tags, List<String> hubs) {

        public Paper {
            digests = List.copyOf(digests);
            tags = List.copyOf(tags);
            hubs = List.copyOf(hubs);
        }
    }

    private PreviousPapers() {
    }

    /** The papers the site in {@code outputDir} lists; empty when it lists none, or its list cannot be trusted. */
    public static List<Paper> read(Path outputDir, Consumer<String> debug) {
        Path file = outputDir.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            if (Files.size(file) > MAX_BYTES) {
                debug.accept(file + " is larger than a site's papers.json: its papers are not compared with this build's");
                return List.of();
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                    JsonParser parser = JSON.createParser(in)) {
                return papers(parser);
            }
        } catch (IOException e) {
            debug.accept(file + " cannot be read as the papers of a site (" + IoMessages.describe(e) + "): its papers"
                    + " are not compared with this build's");
            return List.of();
        } catch (RuntimeException e) {
            // what a damaged file can make the parser throw besides (a number too large, a nesting too deep)
            debug.accept(file + " cannot be read as the papers of a site (" + e.getMessage() + "): its papers are not"
                    + " compared with this build's");
            return List.of();
        }
    }

    /** The papers of {@code {"papers": [...]}}; any other key is skipped, whatever it holds. */
    private static List<Paper> papers(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("it is not a JSON object");
        }
        List<Paper> papers = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!key.equals("papers") || value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new IOException("a paper is not a JSON object");
                }
                paper(parser).ifPresent(papers::add);
                if (papers.size() > MAX_PAPERS) {
                    throw new IOException("it lists more than " + MAX_PAPERS + " papers");
                }
            }
        }
        return papers;
    }

    /** The paper whose object the parser is at, read to its end; empty when it has no slug a page could have. */
    private static Optional<Paper> paper(JsonParser parser) throws IOException {
        String slug = null;
        String title = "";
        String arxiv = null;
        String doi = null;
        String abstractText = "";
        List<String> authors = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> hubs = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (key) {
                case "slug" -> slug = text(parser, value);
                case "title" -> title = cut(Optional.ofNullable(text(parser, value)).orElse(""), MAX_TITLE);
                case "arxiv" -> arxiv = text(parser, value);
                case "doi" -> doi = text(parser, value);
                case "abstract" -> abstractText = Optional.ofNullable(text(parser, value)).orElse("");
                case "authors" -> strings(parser, value, authors, Integer.MAX_VALUE);
                case "digests" -> strings(parser, value, digests, MAX_IDS);
                case "tags" -> strings(parser, value, tags, MAX_IDS);
                case "hubs" -> strings(parser, value, hubs, MAX_IDS);
                default -> parser.skipChildren();
            }
        }
        if (slug == null || !Slugs.isSlug(slug)) {
            return Optional.empty();
        }
        Optional<String> content = abstractText.isBlank() || authors.isEmpty() ? Optional.empty()
                : Optional.of(contentKey(authors, abstractText));
        return Optional.of(new Paper(slug, title, Optional.ofNullable(arxiv), Optional.ofNullable(doi), content,
                digests.stream().filter(Slugs::isSlug).toList(), tags.stream().filter(Slugs::isSlug).toList(),
                hubs.stream().filter(Slugs::isSlug).toList()));
    }

    /** The strings of an array into {@code into}, up to {@code most} of them; anything else is skipped. */
    private static void strings(JsonParser parser, JsonToken value, List<String> into, int most) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String text = Optional.ofNullable(text(parser, parser.currentToken())).orElse("");
            if (into.size() < most) {
                into.add(text);
            }
        }
    }

    /** What a paper's authors and abstract hash to, here and for this build's papers alike. */
    public static String contentKey(List<String> authors, String abstractText) {
        return Sha256.hex(String.join("\n", authors) + "\u0000" + abstractText.strip());
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }
}
