package io.github.paperdigest.site;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the browser searches: every paper with what a result shows and what filters need, and which
 * papers each word occurs in. Decided here; written out as a script by the renderer. Papers are
 * referred to by their position in {@link #papers}, tags, hubs and digests by theirs in their lists.
 *
 * @param papers    newest first, so that among equally good results the newest comes first
 * @param tags      every tag a paper carries, in id order
 * @param hubs      in the taxonomy's order
 * @param digests   newest first
 * @param authors   every author, by family name; one who has no page has an empty path
 * @param words     every word of the titles and abstracts, in {@link String#compareTo} order, which is
 *                  JavaScript's order of strings too, so that the browser can find prefixes by bisection
 * @param stopwords the words the index leaves out, which queries must drop as well
 */
public record SearchIndex(List<Entry> papers, List<Facet> tags, List<Facet> hubs, List<Facet> digests,
        List<Facet> authors, List<IndexedWord> words, SortedSet<String> stopwords) {

    public SearchIndex {
        papers = List.copyOf(papers);
        tags = List.copyOf(tags);
        hubs = List.copyOf(hubs);
        digests = List.copyOf(digests);
        authors = List.copyOf(authors);
        words = List.copyOf(words);
        stopwords = Collections.unmodifiableSortedSet(new TreeSet<>(stopwords));
    }

    /**
     * The date a result shows, as ISO 8601 writes it as far as it is known ("2024-01-17", "2023-10", "2019"): the
     * paper's own (see {@link PaperDate}), never that of a digest that listed it, which results are not ordered by.
     */
    private static Optional<String> shownDate(Paper paper, SiteIndex site) {
        return site.ownDate(paper.id()).map(PaperDate::iso);
    }

    /** What search holds of a site: every paper, newest first, with its tags, hubs, digests, authors and words. */
    public static SearchIndex of(SiteIndex site) {
        return of(site, AnalysisMemo.none());
    }

    /**
     * Keeps in {@code memo}, for the next build, the papers' words the last build kept there, when this build does not
     * make the search index (its papers, digests, tags and related papers are as they were): else the next build that
     * makes it would split every paper's text again.
     */
    public static void keepWords(AnalysisMemo memo) {
        memo.keep(SearchWordIndex.MEMO_KEY);
    }

    /**
     * What search holds of a site, taking the words of each paper whose text an earlier build split from {@code memo},
     * and keeping there every paper's words for the next build.
     */
    public static SearchIndex of(SiteIndex site, AnalysisMemo memo) {
        List<Paper> papers = site.newestPapers();
        List<Tag> tags = site.classification().tags();
        List<Hub> hubs = site.classification().hubs();
        List<Digest> digests = site.digests();
        Map<String, Integer> tagAt = positions(tags.stream().map(Tag::id).toList());
        Map<String, Integer> hubAt = positions(hubs.stream().map(Hub::id).toList());
        Map<String, Integer> digestAt = positions(digests.stream().map(Digest::slug).toList());
        List<Entry> entries = papers.stream().map(p -> new Entry(TexMath.asText(p.title()), SitePaths.paper(p.slug()),
                shownDate(p, site),
                site.classification().tagsOf(p.id()).stream().map(tagAt::get).toList(),
                site.hubsOf(p.id()).stream().map(h -> hubAt.get(h.id())).toList(),
                p.digests().stream().map(digestAt::get).toList(), site.authors().of(p), p.arxivId(),
                pdfBesidesArxiv(p), PaperFacts.codeUrl(p), p.doi(), Optional.of(site.citation(p).key()))).toList();
        return new SearchIndex(entries,
                tags.stream().map(t -> new Facet(t.id(), t.label(), SitePaths.tag(t.id()), searchAliases(t))).toList(),
                hubs.stream().map(h -> new Facet(h.id(), h.name(), SitePaths.hub(h.id()))).toList(),
                digests.stream().map(d -> new Facet(d.slug(), d.title(), SitePaths.digest(d.slug()))).toList(),
                site.authors().everyone().stream()
                        .map(a -> new Facet("", a.name(), a.slug() == null ? "" : SitePaths.author(a.slug()))).toList(),
                SearchWordIndex.of(papers, memo), SearchWords.STOPWORDS);
    }

    /** A PDF other than arXiv's, which the browser makes from the arXiv id: the index need not hold it. */
    private static Optional<String> pdfBesidesArxiv(Paper p) {
        Optional<String> pdf = PaperFacts.pdfUrl(p);
        return pdf.equals(p.arxivId().map(PaperFacts::arxivPdfUrl)) ? Optional.empty() : pdf;
    }

    /**
     * The aliases of a tag that search finds it by: those of one word as written ("T2V", "NeRF", "R", "视频生成", which
     * search splits into pairs of characters). The words of longer aliases ("video diffusion model") would make every
     * query for "model" a match for the tag.
     */
    private static List<String> searchAliases(Tag tag) {
        return tag.aliases().stream().filter(SearchWords::isOneWord).toList();
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        return at;
    }

    /**
     * A paper as search shows and filters it.
     *
     * @param path    its page, from the site root
     * @param tags    positions in {@link SearchIndex#tags}, most specific first
     * @param hubs    positions in {@link SearchIndex#hubs}
     * @param digests positions in {@link SearchIndex#digests}
     * @param authors positions in {@link SearchIndex#authors}, in the paper's order
     * @param pdf     its PDF where it is not arXiv's, which follows from its arXiv id
     * @param doi     its DOI, lower case, which a query may name it by
     * @param key     the citation key it is cited by (its curator's, else the site's), which a query may name it by:
     *                a key has no space, as BibTeX cites none that has
     */
    public record Entry(String title, String path, Optional<String> date, List<Integer> tags, List<Integer> hubs,
            List<Integer> digests, List<Integer> authors, Optional<String> arxivId, Optional<String> pdf,
            Optional<String> code, Optional<String> doi, Optional<String> key) {
        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(path, "path");
            tags = List.copyOf(tags);
            hubs = List.copyOf(hubs);
            digests = List.copyOf(digests);
            authors = List.copyOf(authors);
            Objects.requireNonNull(doi, "doi");
            if (key.isPresent() && (key.get().isEmpty() || key.get().chars().anyMatch(Character::isWhitespace))) {
                throw new IllegalArgumentException("a citation key with a space or none: '" + key.get() + "'");
            }
        }

        /** A paper without a citation key. */
        public Entry(String title, String path, Optional<String> date, List<Integer> tags, List<Integer> hubs,
                List<Integer> digests, List<Integer> authors, Optional<String> arxivId, Optional<String> pdf,
                Optional<String> code, Optional<String> doi) {
            this(title, path, date, tags, hubs, digests, authors, arxivId, pdf, code, doi, Optional.empty());
        }

        /** A paper with no authors or links known. */
        public Entry(String title, String path, Optional<String> date, List<Integer> tags, List<Integer> hubs,
                List<Integer> digests) {
            this(title, path, date, tags, hubs, digests, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    /**
     * A tag, hub or digest to filter by: the id its URL parameter holds, its name, its page, and other names
     * a query may use for it (a tag's aliases).
     */
    public record Facet(String id, String label, String path, List<String> aliases) {
        public Facet {
            aliases = List.copyOf(aliases);
        }

        public Facet(String id, String label, String path) {
            this(id, label, path, List.of());
        }
    }

    /** A word and the papers it occurs in, in paper order. */
    public record IndexedWord(String word, List<Occurrence> occurrences) {
        public IndexedWord {
            occurrences = occurrences instanceof Postings ? occurrences : List.copyOf(occurrences);
        }
    }

    /**
     * A word's occurrences as the index builds them: an int each (the paper times two, plus one when in the title)
     * rather than an object each, for an index of 100,000 papers holds some fifteen million while it is written.
     * Read-only once built; {@link #get} makes each occurrence as it is read.
     */
    static final class Postings extends AbstractList<Occurrence> implements RandomAccess {
        private int[] values = new int[4];
        private int size;

        /**
         * Adds an occurrence after the last one, unless the last one is of the same paper: papers come in order, and
         * a paper's first occurrence of a word is the one kept. Whether it was added.
         */
        boolean addOnce(int paper, boolean inTitle) {
            if (size > 0 && values[size - 1] >>> 1 == paper) {
                return false;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = paper << 1 | (inTitle ? 1 : 0);
            return true;
        }

        @Override
        public Occurrence get(int index) {
            Objects.checkIndex(index, size);
            return new Occurrence(values[index] >>> 1, (values[index] & 1) == 1);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** A paper a word occurs in, and whether it is in the title (else only in the abstract). */
    public record Occurrence(int paper, boolean inTitle) {
    }
}
