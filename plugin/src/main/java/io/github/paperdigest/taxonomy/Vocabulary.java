package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Slugs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags the site knows by name: the built-in research vocabulary, extended or replaced by the
 * project's taxonomy file (a project entry with a built-in id replaces that entry).
 */
public final class Vocabulary {

    private final Map<String, TermDefinition> byId;
    private final Map<String, String> groupNames;
    private final Map<String, String> idByPhrase;
    private final TextAnalyzer analyzer;
    /** Where the terms' patterns were written: only a project's taxonomy has any. */
    private final String patternSource;

    private Vocabulary(Map<String, TermDefinition> byId, Map<String, String> groupNames, TextAnalyzer analyzer,
            String patternSource) {
        this.patternSource = patternSource;
        this.byId = Collections.unmodifiableMap(byId);
        this.groupNames = Map.copyOf(groupNames);
        this.analyzer = analyzer;
        this.idByPhrase = new HashMap<>();
        for (TermDefinition t : byId.values()) {
            for (String phrase : phrases(t)) {
                idByPhrase.putIfAbsent(analyzer.normalisePhrase(phrase), t.id());
            }
        }
    }

    public static Vocabulary of(TaxonomyDefinition builtIn, TaxonomyDefinition project, TextAnalyzer analyzer) {
        Map<String, TermDefinition> terms = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        if (!project.replacesVocabulary()) {
            builtIn.tags().forEach(t -> terms.put(t.id(), t));
            groups.putAll(builtIn.groups());
        }
        project.tags().forEach(t -> terms.put(t.id(), t));
        groups.putAll(project.groups());
        return new Vocabulary(terms, groups, analyzer, project.sourceName());
    }

    public List<TermDefinition> terms() {
        return List.copyOf(byId.values());
    }

    public Optional<TermDefinition> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The vocabulary tag a person's word for it names ("LLMs", "large language model"), if any. */
    public Optional<String> idFor(String writtenTag) {
        String normal = analyzer.normalisePhrase(writtenTag);
        String id = idByPhrase.get(normal);
        if (id == null) {
            id = idByPhrase.get(analyzer.normalisePhrase(writtenTag.replace('-', ' ')));
        }
        return Optional.ofNullable(id);
    }

    /**
     * The id of the tag a person means by a name: the vocabulary's when it knows the name, otherwise
     * the slug of the name's normal form, so that "Diffusion Models" and "diffusion model" are one tag.
     */
    public String tagIdFor(String writtenTag) {
        return idFor(writtenTag).orElseGet(() -> Slugs.of(analyzer.normalisePhrase(writtenTag), "tag"));
    }

    /** The display name of a group: declared, or made from its id. */
    public String groupName(String group) {
        String name = groupNames.get(group);
        if (name != null) {
            return name;
        }
        String words = group.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Equal for two vocabularies that give every text and every written tag the same tags with the same labels: each
     * term in order (the first term to name a phrase owns it), with its id, label, aliases and patterns.
     */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        for (TermDefinition t : byId.values()) {
            parts.add(t.id());
            parts.add(t.label());
            parts.addAll(AnalysisMemo.counted(t.aliases()));
            parts.addAll(AnalysisMemo.counted(t.patterns()));
        }
        return AnalysisMemo.key(parts.toArray(String[]::new));
    }

    public TermMatcher matcher() {
        return new TermMatcher(new ArrayList<>(byId.values()), analyzer, patternSource);
    }

    /** Every phrase that names a term: its id read as words, its label and its aliases. */
    static List<String> phrases(TermDefinition t) {
        List<String> phrases = new ArrayList<>();
        phrases.add(t.id().replace('-', ' '));
        phrases.add(t.label());
        phrases.addAll(t.aliases());
        return phrases;
    }
}
