package io.github.paperdigest.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The authors of a paper whose names are to be taken whole, not split into given and family names: an organisation
 * such as "Google DeepMind", which a bibliography would otherwise print as "G. DeepMind". Only some digests can say
 * so, CSL JSON with a {@code literal} name and BibTeX with a name in one brace group ({@code {Google DeepMind}});
 * the others give a name and nothing more, and there a name of two words or more whose last word only an
 * organisation ends with ("Qwen Team", "Meituan LongCat Team", "Google Research", "Allen Institute"), or starts with
 * a word only an organisation starts with ("Google DeepMind", "Microsoft Research Asia"), is taken whole
 * too: the Hugging Face page lists technical reports' teams among the people. Kept beside the list of names, not in it, so that everything that shows
 * or indexes a name (author pages, search, feeds, exports) sees the same strings as before: only the BibTeX writer
 * and the citation key ask.
 */
public final class LiteralAuthors {

    public static final SortedSet<String> NONE = Collections.emptySortedSet();

    /**
     * Last words of organisations' names that are nobody's family name, matched as written (a family name "Ai" is
     * not "AI"). "Group" and "Center" are left out: both are family names.
     */
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("Team", "Lab", "Labs", "Laboratory",
            "Laboratories", "Consortium", "Collaboration", "Initiative", "Institute", "University", "Academy",
            "Research", "AI", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "GmbH", "Corporation", "Foundation");

    /**
     * First words of organisations' names that are nobody's given name: "Google DeepMind", "Microsoft Research Asia",
     * "NVIDIA", whose last word alone does not tell ("DeepMind", "Asia"). "Huawei" and "Baidu" are left out: people
     * are named so ("Huawei Shen").
     */
    private static final Set<String> ORGANISATION_STARTS = Set.of("Google", "DeepMind", "Microsoft", "NVIDIA", "Nvidia",
            "OpenAI", "Anthropic", "DeepSeek", "DeepSeek-AI", "ByteDance", "Alibaba", "Tencent", "IBM",
            "Amazon", "Salesforce", "Samsung");

    private LiteralAuthors() {
    }

    /**
     * The names of {@code literal} that are among {@code authors}, and the authors whose names say they are
     * organisations; sorted, unmodifiable.
     */
    public static SortedSet<String> of(List<String> authors, Collection<String> literal) {
        TreeSet<String> kept = new TreeSet<>(literal);
        kept.retainAll(authors);
        for (String author : authors) {
            if (namesAnOrganisation(author)) {
                kept.add(author);
            }
        }
        return kept.isEmpty() ? NONE : Collections.unmodifiableSortedSet(kept);
    }

    /**
     * Whether a name of two words or more ends with a word only organisations' names end with, or starts with one
     * only theirs start with.
     */
    static boolean namesAnOrganisation(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && (ORGANISATION_ENDINGS.contains(name.substring(space + 1))
                || ORGANISATION_STARTS.contains(name.substring(0, name.indexOf(' '))));
    }
}
