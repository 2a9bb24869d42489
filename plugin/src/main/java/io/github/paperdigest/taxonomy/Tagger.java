package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives each paper its tags: those a person wrote first, then the vocabulary's terms found in its
 * title and abstract. A term counts when it is in the title or is repeated in the abstract; a single
 * passing mention is used only when a paper would otherwise have fewer than {@link #MIN_TAGS}.
 * Among found terms the most frequent in the paper come first, and on a tie the rarer in the corpus
 * (the more specific).
 */
public final class Tagger {

    public static final int MIN_TAGS = 2;
    public static final int MAX_TAGS = 8;
    private static final int TITLE_WEIGHT = 3;

    private final Vocabulary vocabulary;
    private final MarkdownRenderer markdown;

    public Tagger(Vocabulary vocabulary, MarkdownRenderer markdown) {
        this.vocabulary = vocabulary;
        this.markdown = markdown;
    }

    /** Which tags each paper has, and the tags themselves. */
    public record Result(Map<PaperId, List<String>> paperTags, Map<String, Tag> tags) {
    }

    public Result tag(Corpus corpus) {
        TermMatcher matcher = vocabulary.matcher();
        Map<PaperId, Map<String, Integer>> scores = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Paper paper : corpus.papers()) {
            Map<String, Integer> score = new LinkedHashMap<>();
            matcher.count(paper.title()).forEach((id, n) -> score.merge(id, TITLE_WEIGHT * n, Integer::sum));
            matcher.count(paper.abstractText()).forEach((id, n) -> score.merge(id, n, Integer::sum));
            scores.put(paper.id(), score);
            score.keySet().forEach(id -> documentFrequency.merge(id, 1, Integer::sum));
        }

        Map<String, Tag> tags = new TreeMap<>();
        Map<PaperId, List<String>> paperTags = new HashMap<>();
        for (Paper paper : corpus.papers()) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String written : paper.tags()) {
                chosen.add(writtenTag(written, tags));
            }
            Map<String, Integer> score = scores.get(paper.id());
            Comparator<String> bestFirst = Comparator.comparing((String id) -> -score.get(id))
                    .thenComparing(documentFrequency::get)
                    .thenComparing(id -> id);
            List<String> strong = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            score.forEach((id, s) -> (s >= 2 ? strong : weak).add(id));
            strong.sort(bestFirst);
            weak.sort(bestFirst);
            for (String id : strong) {
                if (chosen.size() >= MAX_TAGS) {
                    break;
                }
                chosen.add(id);
            }
            for (String id : weak) {
                if (chosen.size() >= MIN_TAGS) {
                    break;
                }
                chosen.add(id);
            }
            for (String id : chosen) {
                tags.computeIfAbsent(id, this::vocabularyTag);
            }
            paperTags.put(paper.id(), List.copyOf(chosen));
        }
        return new Result(paperTags, tags);
    }

    private String writtenTag(String written, Map<String, Tag> tags) {
        String id = vocabulary.tagIdFor(written);
        if (vocabulary.term(id).isEmpty()) {
            tags.putIfAbsent(id, new Tag(id, written.strip(), "", TagOrigin.WRITTEN));
        }
        return id;
    }

    private Tag vocabularyTag(String id) {
        TermDefinition term = vocabulary.term(id).orElseThrow();
        return new Tag(id, term.label(), markdown.toSafeHtml(term.description()), TagOrigin.VOCABULARY);
    }
}
