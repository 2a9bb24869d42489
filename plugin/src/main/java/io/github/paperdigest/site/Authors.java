package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.TextFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's authors. Names are matched conservatively: two spellings are one author only when they differ in
 * case, accents, spacing or punctuation alone ("José García", "Jose Garcia"); "J. Smith" and "John Smith" stay
 * two authors, since nothing in the digests says they are one. An author of two papers or more has a page.
 */
final class Authors {

    /** Papers an author needs for a page of their own: one paper's author is seen on that paper's page. */
    static final int PAGE_THRESHOLD = 2;
    /** Co-authors shown on an author's page. */
    static final int CO_AUTHORS = 12;
    /** Authors of a paper counted as co-authors: a paper by a thousand people says little about each pair. */
    private static final int MAX_AUTHORS_FOR_CO_AUTHORSHIP = 50;

    /** An author with a page: their papers, newest first, and those they most often write with. */
    record Author(String slug, String name, List<Paper> papers, List<CoAuthor> coAuthors) {
    }

    /** Someone an author wrote with, how many papers they share, and their page's slug if they have one. */
    record CoAuthor(String name, String slug, int sharedPapers) {
    }

    /** Anyone who wrote a paper of the site: their name as shown, and their page's slug, null without a page. */
    record Person(String name, String slug) {
    }

    private final List<Author> withPages;
    /** Every written form of a name of an author with a page, to the page's slug. */
    private final Map<String, String> slugsByWrittenName;
    /** Every author, by family name; search finds papers by any of them. */
    private final List<Person> everyone;
    /** Every written form of every author's name, to their place in {@link #everyone}. */
    private final Map<String, Integer> personByWrittenName;

    private Authors(List<Author> withPages, Map<String, String> slugsByWrittenName, List<Person> everyone,
            Map<String, Integer> personByWrittenName) {
        this.withPages = withPages;
        this.slugsByWrittenName = slugsByWrittenName;
        this.everyone = everyone;
        this.personByWrittenName = personByWrittenName;
    }

    /** The authors of papers given newest first. */
    static Authors of(List<Paper> newestFirst) {
        Map<String, List<Paper>> papersByKey = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Paper p : newestFirst) {
            Set<String> seen = new HashSet<>();
            for (String written : p.authors()) {
                String key = key(written);
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                papersByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(written.strip(), 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        spellings.forEach((key, forms) -> names.put(key, displayName(forms)));
        List<String> keys = papersByKey.keySet().stream()
                .filter(k -> papersByKey.get(k).size() >= PAGE_THRESHOLD)
                .sorted(Comparator.comparing((String k) -> sortKey(names.get(k))).thenComparing(k -> k))
                .toList();
        Map<String, String> slugByKey = slugs(keys, names);
        Map<String, String> slugsByWrittenName = new HashMap<>();
        for (String key : keys) {
            spellings.get(key).keySet().forEach(form -> slugsByWrittenName.put(form, slugByKey.get(key)));
        }
        List<Author> authors = new ArrayList<>();
        for (String key : keys) {
            authors.add(new Author(slugByKey.get(key), names.get(key), papersByKey.get(key),
                    coAuthors(key, papersByKey.get(key), names, slugByKey)));
        }
        List<String> allKeys = papersByKey.keySet().stream()
                .sorted(Comparator.comparing((String k) -> sortKey(names.get(k))).thenComparing(k -> k))
                .toList();
        List<Person> everyone = new ArrayList<>(allKeys.size());
        Map<String, Integer> personByWrittenName = new HashMap<>();
        for (String key : allKeys) {
            int at = everyone.size();
            everyone.add(new Person(names.get(key), slugByKey.get(key)));
            spellings.get(key).keySet().forEach(form -> personByWrittenName.put(form, at));
        }
        return new Authors(List.copyOf(authors), Map.copyOf(slugsByWrittenName), List.copyOf(everyone),
                Map.copyOf(personByWrittenName));
    }

    /** Authors with a page, by family name. */
    List<Author> withPages() {
        return withPages;
    }

    /**
     * The paper's authors who have a page, each by the name as the paper writes it, to the page's slug, in the
     * paper's order. Only the paper's own: a page that held every author's would make every paper's page depend on
     * every author (its key walked them all, and any author's new page made every paper's page again).
     */
    Map<String, String> pagesOf(Paper p) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String written : p.authors()) {
            String slug = slugsByWrittenName.get(written);
            if (slug != null) {
                pages.put(written, slug);
            }
        }
        return pages;
    }

    /** Every author of the site, by family name. */
    List<Person> everyone() {
        return everyone;
    }

    /** The authors of a paper as places in {@link #everyone}, in the paper's order, each once. */
    List<Integer> of(Paper p) {
        List<Integer> at = new ArrayList<>(p.authors().size());
        for (String written : p.authors()) {
            Integer person = personByWrittenName.get(written.strip());
            if (person != null && !at.contains(person)) {
                at.add(person);
            }
        }
        return at;
    }

    /** What tells names apart: letters and digits, lower case, without accents, one space between words. */
    static String key(String name) {
        return String.join(" ", TextFolding.words(name));
    }

    /** The commonest spelling; among equally common ones, the one with more accents, then the first by code. */
    private static String displayName(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> -nonAscii(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
    }

    private static int nonAscii(String s) {
        return (int) s.chars().filter(c -> c > 127).count();
    }

    /** Family name first, for the index's order: "Shaobin Zhuang" sorts as "zhuang shaobin". */
    private static String sortKey(String name) {
        List<String> words = TextFolding.words(name);
        if (name.contains(",") || words.size() < 2) {
            return String.join(" ", words);
        }
        return words.get(words.size() - 1) + " " + String.join(" ", words.subList(0, words.size() - 1));
    }

    private static Map<String, String> slugs(List<String> keys, Map<String, String> names) {
        Map<String, String> slugs = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String key : keys) {
            String slug = Slugs.of(names.get(key), "author-" + Slugs.fingerprint(key, 8));
            if (!taken.add(slug)) {
                slug = slug + "-" + Slugs.fingerprint(key, 6);
                taken.add(slug);
            }
            slugs.put(key, slug);
        }
        return slugs;
    }

    private static List<CoAuthor> coAuthors(String key, List<Paper> papers, Map<String, String> names,
            Map<String, String> slugByKey) {
        Map<String, Integer> shared = new HashMap<>();
        for (Paper p : papers) {
            if (p.authors().size() > MAX_AUTHORS_FOR_CO_AUTHORSHIP) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String other : p.authors()) {
                String k = key(other);
                if (!k.isEmpty() && !k.equals(key) && seen.add(k)) {
                    shared.merge(k, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> sortKey(names.get(e.getKey()))))
                .limit(CO_AUTHORS)
                .map(e -> new CoAuthor(names.get(e.getKey()), slugByKey.get(e.getKey()), e.getValue()))
                .toList();
    }
}
