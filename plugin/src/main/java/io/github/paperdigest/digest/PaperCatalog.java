package io.github.paperdigest.digest;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.TitleKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns the digests of a build into one corpus: entries that are the same paper (same arXiv id, same DOI,
 * or same title up to case, accents, punctuation and spacing, unless their identifiers differ) become one
 * paper listed on every digest that has it, each field taking the richest value any digest gives, and
 * every paper and digest gets its slug.
 *
 * <p>Digests are taken oldest first, so a paper's slug is decided by the digest that first listed it
 * and a later digest never takes an existing page's URL.
 */
public final class PaperCatalog {

    /** Undated digests count as the oldest, as in the corpus's digest order (newest first, undated last). */
    private static final Comparator<DigestFile> OLDEST_FIRST = Comparator
            .comparing((DigestFile d) -> d.date().orElse(LocalDate.MIN))
            .thenComparing(DigestFile::sourceName);

    private final Consumer<String> debug;

    public PaperCatalog(Consumer<String> debug) {
        this.debug = debug;
    }

    public Corpus build(List<DigestFile> files) {
        List<DigestFile> ordered = files.stream().sorted(OLDEST_FIRST).toList();
        Map<String, String> digestSlugs = digestSlugs(ordered);

        Map<String, Builder> byKey = new HashMap<>();
        List<Builder> builders = new ArrayList<>();
        Map<String, List<PaperId>> digestPapers = new LinkedHashMap<>();
        Map<String, Map<String, Set<PaperId>>> digestSections = new HashMap<>();
        for (DigestFile file : ordered) {
            String digestSlug = digestSlugs.get(file.sourceName());
            Set<PaperId> seenInFile = new LinkedHashSet<>();
            Map<String, Set<PaperId>> sections = new LinkedHashMap<>();
            for (PaperEntry entry : file.entries()) {
                String titleKey = "title:" + TitleKey.of(entry.title());
                Builder paper = find(byKey, entry, titleKey);
                if (paper == null) {
                    paper = new Builder(entry);
                    builders.add(paper);
                } else {
                    paper.merge(entry, debug);
                }
                index(byKey, paper, entry, titleKey);
                paper.addDigest(digestSlug, entry.noteHtml(), file.tags());
                seenInFile.add(paper.key);
                sections.computeIfAbsent(entry.section(), s -> new LinkedHashSet<>()).add(paper.key);
            }
            digestPapers.put(file.sourceName(), List.copyOf(seenInFile));
            if (!(sections.size() == 1 && sections.containsKey(""))) {
                digestSections.put(file.sourceName(), sections);
            }
        }

        Map<PaperId, String> paperSlugs = paperSlugs(builders);
        List<Paper> papers = new ArrayList<>(builders.size());
        Map<PaperId, PaperId> finalIds = new HashMap<>();
        for (Builder b : builders) {
            Paper paper = b.build(paperSlugs.get(b.key));
            papers.add(paper);
            finalIds.put(b.key, paper.id());
        }

        List<Digest> digests = new ArrayList<>();
        for (DigestFile file : ordered) {
            List<PaperId> ids = digestPapers.get(file.sourceName()).stream().map(finalIds::get).distinct().toList();
            List<Digest.Section> sections = new ArrayList<>();
            digestSections.getOrDefault(file.sourceName(), Map.of()).forEach((title, keys) -> sections.add(
                    new Digest.Section(title, keys.stream().map(finalIds::get).distinct().toList())));
            digests.add(new Digest(digestSlugs.get(file.sourceName()), file.title().orElse(defaultTitle(file)),
                    file.date(), file.sourceName(), file.format(), file.sourceUrl(), file.introHtml(), ids, sections));
        }
        digests.sort(Comparator.comparing((Digest d) -> d.date().orElse(LocalDate.MIN)).reversed()
                .thenComparing(Digest::sourceName));
        return Corpus.of(papers, digests);
    }

    private static Builder find(Map<String, Builder> byKey, PaperEntry entry, String titleKey) {
        if (entry.arxivId().isPresent()) {
            Builder same = byKey.get("arxiv:" + entry.arxivId().get());
            if (same != null) {
                return same;
            }
        }
        if (entry.doi().isPresent()) {
            Builder same = byKey.get("doi:" + entry.doi().get());
            // one DOI with two arXiv ids: two papers (a DOI of a proceedings volume written on each paper)
            if (same != null && !conflicting(same.arxivId, entry.arxivId())) {
                return same;
            }
        }
        Builder sameTitle = byKey.get(titleKey);
        // two different arXiv ids or DOIs with one title are two papers (e.g. a paper and its erratum)
        return sameTitle != null && !conflicting(sameTitle.arxivId, entry.arxivId())
                && !conflicting(sameTitle.doi, entry.doi()) ? sameTitle : null;
    }

    private static boolean conflicting(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && !a.equals(b);
    }

    private static void index(Map<String, Builder> byKey, Builder paper, PaperEntry entry, String titleKey) {
        entry.arxivId().ifPresent(id -> byKey.putIfAbsent("arxiv:" + id, paper));
        entry.doi().ifPresent(doi -> byKey.putIfAbsent("doi:" + doi, paper));
        byKey.putIfAbsent(titleKey, paper);
    }

    private static Map<String, String> digestSlugs(List<DigestFile> ordered) {
        Map<String, String> slugs = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<DigestFile> byName = ordered.stream().sorted(Comparator.comparing(DigestFile::sourceName)).toList();
        for (DigestFile file : byName) {
            String name = file.sourceName();
            int dot = name.lastIndexOf('.');
            String stem = dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
            String slug = Slugs.of(stem, "digest");
            if (!taken.add(slug)) {
                slug = Slugs.of(name, "digest");
                if (!taken.add(slug)) {
                    slug = slug + "-" + Slugs.fingerprint(name, 8);
                    taken.add(slug);
                }
            }
            slugs.put(name, slug);
        }
        return slugs;
    }

    private static Map<PaperId, String> paperSlugs(List<Builder> firstSeenOrder) {
        Map<PaperId, String> slugs = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Builder b : firstSeenOrder) {
            String slug = readableSlug(b);
            if (!taken.add(slug)) {
                String base = slug.length() > Slugs.MAX_LENGTH - 9 ? slug.substring(0, Slugs.MAX_LENGTH - 9) : slug;
                int digits = 8;
                do {
                    slug = base.replaceAll("-+$", "") + "-" + Slugs.fingerprint(b.key.value(), digits++);
                } while (!taken.add(slug));
            }
            slugs.put(b.key, slug);
        }
        return slugs;
    }

    /**
     * A paper's file name: its title in ASCII (accents dropped, as the JDK can); for a title with no Latin letter
     * or digit, its arXiv id; else a short fingerprint of its key, which is stable while the title is.
     */
    private static String readableSlug(Builder b) {
        String slug = Slugs.of(b.title, "");
        if (slug.isEmpty()) {
            slug = b.arxivId.map(id -> Slugs.of(id, "")).filter(s -> !s.isEmpty()).map(s -> "arxiv-" + s)
                    .orElseGet(() -> "paper-" + Slugs.fingerprint(b.key.value(), 8));
        }
        return slug;
    }

    private static String defaultTitle(DigestFile file) {
        return file.date().map(d -> "Digest of " + d).orElseGet(() -> {
            String name = file.sourceName();
            int slash = name.lastIndexOf('/');
            int dot = name.lastIndexOf('.');
            return name.substring(slash + 1, dot > slash + 1 ? dot : name.length());
        });
    }

    /** Collects what every digest says of one paper; the richer value wins. */
    private static final class Builder {
        private final PaperId key;
        private String title;
        private String abstractText;
        private boolean truncated;
        private Optional<String> arxivId;
        private Optional<String> doi;
        private List<String> authors;
        /** Every name a digest marks as whole: no format can say that a name is not, so the marks add up. */
        private final Set<String> literalAuthors = new TreeSet<>();
        private Optional<LocalDate> published;
        private Optional<String> venue;
        private final Map<String, Link> links = new LinkedHashMap<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private Optional<Integer> upvotes;
        private final TreeMap<String, String> extra = new TreeMap<>();
        private final List<String> digests = new ArrayList<>();
        private final List<Paper.Note> notes = new ArrayList<>();

        Builder(PaperEntry first) {
            key = first.id();
            title = first.title();
            abstractText = first.abstractText();
            truncated = first.abstractTruncated();
            arxivId = first.arxivId();
            doi = first.doi();
            authors = first.authors();
            literalAuthors.addAll(first.literalAuthors());
            published = first.published();
            venue = first.venue();
            first.links().forEach(l -> links.putIfAbsent(l.url(), l));
            tags.addAll(first.tags());
            upvotes = first.upvotes();
            extra.putAll(first.extra());
        }

        void merge(PaperEntry other, Consumer<String> debug) {
            // a digest that gives no abstract says nothing about it
            if (other.hasAbstract() && (abstractText.isEmpty() || truncated && !other.abstractTruncated()
                    || truncated == other.abstractTruncated() && other.abstractText().length() > abstractText.length())) {
                if (!abstractText.isEmpty() && !other.abstractText().startsWith(abstractText.replaceAll("(\\.\\.\\.|…)$", ""))) {
                    debug.accept("\"" + title + "\": abstracts differ between digests; keeping the longer one");
                }
                abstractText = other.abstractText();
                truncated = other.abstractTruncated();
            }
            if (arxivId.isEmpty()) {
                arxivId = other.arxivId();
            }
            if (doi.isEmpty()) {
                doi = other.doi();
            }
            if (other.venue().isPresent() && (venue.isEmpty() || other.venue().get().length() > venue.get().length())) {
                venue = other.venue();
            }
            if (other.authors().size() > authors.size()) {
                if (!authors.isEmpty()) {
                    debug.accept("\"" + title + "\": author lists differ between digests; keeping the longer one");
                }
                authors = other.authors();
            }
            literalAuthors.addAll(other.literalAuthors());
            if (published.isEmpty()) {
                published = other.published();
            }
            other.links().forEach(l -> links.putIfAbsent(l.url(), l));
            tags.addAll(other.tags());
            if (other.upvotes().isPresent() && (upvotes.isEmpty() || other.upvotes().get() > upvotes.get())) {
                upvotes = other.upvotes();
            }
            other.extra().forEach((k, v) -> {
                String old = extra.putIfAbsent(k, v);
                if (old != null && !old.equals(v)) {
                    debug.accept("\"" + title + "\": digests disagree on " + k + " (\"" + old + "\" kept, \"" + v
                            + "\" ignored)");
                }
            });
        }

        void addDigest(String digestSlug, String noteHtml, List<String> digestTags) {
            if (!digests.contains(digestSlug)) {
                digests.add(digestSlug);
            }
            tags.addAll(digestTags);
            if (!noteHtml.isBlank()) {
                notes.add(new Paper.Note(digestSlug, noteHtml));
            }
        }

        Paper build(String slug) {
            PaperId id = arxivId.isPresent() || doi.isPresent() ? PaperId.of(arxivId, doi, title) : key;
            return new Paper(id, slug, title, abstractText, truncated, arxivId, doi, authors,
                    LiteralAuthors.of(authors, literalAuthors), published, venue,
                    List.copyOf(links.values()), List.copyOf(tags), upvotes, extra, digests, notes);
        }
    }
}
