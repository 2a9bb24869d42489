package io.github.paperdigest.testing;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Papers with a title and an abstract and nothing else, for tests of what is made from those two. */
public final class Papers {

    private Papers() {
    }

    /** A paper with this title and abstract, its slug the title in lower case with hyphens for spaces. */
    public static Paper titled(String title, String abstractText) {
        return new Paper(PaperId.ofTitle(title), title.toLowerCase().replace(' ', '-'), title, abstractText, false,
                Optional.empty(), List.of(), Optional.empty(), List.<Link>of(), List.of(), Optional.empty(),
                new TreeMap<>(), List.of(), List.of());
    }

    /** "Paper i", about topic i, for i from 0. */
    public static List<Paper> numbered(int count) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(titled("Paper " + i, "About topic " + i + "."));
        }
        return papers;
    }
}
