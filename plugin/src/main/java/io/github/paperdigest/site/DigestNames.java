package io.github.paperdigest.site;

import io.github.paperdigest.model.Digest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Titles that tell digests apart. Two digests are often both called "Daily Papers": where titles repeat, a
 * dated digest is named with its date ("Daily Papers, 22 Jan 2025"), an undated one with the newest
 * publication date of its papers ("Daily Papers, papers to 21 Jan 2025"), else with its file's name, so that
 * no two digests show the same name in a list, a filter or a paper's page.
 */
final class DigestNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DigestNames() {
    }

    static List<Digest> distinct(List<Digest> digests, Function<Digest, Optional<LocalDate>> newestPaper) {
        Map<String, Integer> uses = new HashMap<>();
        digests.forEach(d -> uses.merge(key(d.title()), 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        return digests.stream().map(d -> {
            String title = d.title();
            if (uses.get(key(title)) > 1) {
                title = d.date().map(date -> d.title() + ", " + DAY.format(date))
                        .or(() -> newestPaper.apply(d).map(date -> d.title() + ", papers to " + DAY.format(date)))
                        .orElse(d.title() + " (" + d.sourceName() + ")");
            }
            if (!taken.add(key(title))) {
                title = title + " (" + d.sourceName() + ")";
                taken.add(key(title));
            }
            return title.equals(d.title()) ? d : new Digest(d.slug(), title, d.date(), d.sourceName(), d.format(),
                    d.sourceUrl(), d.introHtml(), d.papers());
        }).toList();
    }

    private static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
