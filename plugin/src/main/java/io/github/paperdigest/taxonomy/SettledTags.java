package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tags the settled papers ({@link SettledPapers}), or a sample of them, get when they are tagged as an archive of
 * their own: what lexical hubs are formed from ({@link DerivedHubs}).
 *
 * <p>Why alone: tagged within the whole archive, the settled papers' tags move a little with every digest (the
 * keyphrases the corpus keeps using, how rare each term is, which neighbours lend tags), and clustering the tags'
 * co-occurrence turns those small moves into other hubs. A digest of 1 % more papers changed the hubs of 8,979 of
 * 10,003 paper pages that way, while only 17 of those papers' tag sets changed. Tagged alone, the settled papers'
 * tags are a function of the settled papers, and the hubs stay as they are until the archive reaches its next step.
 *
 * @param key names everything the tagging depends on: two equal keys, two equal taggings
 * @param tagging made when asked; a build that kept the hubs formed under this key does not ask
 */
public record SettledTags(String key, Supplier<Tagger.Result> tagging) {

    /** Tags given as they are, as when a set of tagged papers is all there is: keyed by the tags themselves. */
    public static SettledTags given(Map<String, Tag> tags, Map<PaperId, List<String>> paperTags) {
        List<String> parts = new ArrayList<>();
        parts.add("tags given");
        paperTags.keySet().stream().sorted().forEach(p -> {
            parts.add(p.value());
            parts.addAll(AnalysisMemo.counted(paperTags.get(p)));
        });
        tags.keySet().stream().sorted().map(tags::get).forEach(t -> {
            parts.add(t.id());
            parts.add(t.label());
            parts.add(t.origin().name());
        });
        // which tags a person wrote is for the site's tag index, not for forming hubs
        Tagger.Result result = new Tagger.Result(paperTags, tags, Set.of());
        return new SettledTags(AnalysisMemo.key(parts.toArray(String[]::new)), () -> result);
    }
}
