package io.github.paperdigest.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every page of a site, the feeds that follow them and their BibTeX files, and how the papers' data for other
 * pages' scripts is split into files. The feeds and files are those the pages name: which page has one is decided
 * once, by the planner, and a file is written exactly when a page links to it.
 */
public record SitePlan(List<Page> pages, List<Feed> feeds, List<Bibliography> bibliographies, PaperShards paperShards) {

    public SitePlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        bibliographies = List.copyOf(bibliographies);
    }

    /** The plan of these pages, with the feeds and BibTeX files they link to in page order. */
    public static SitePlan of(List<Page> pages) {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        Map<String, Bibliography> bibliographies = new LinkedHashMap<>();
        int papers = 0;
        for (Page page : pages) {
            page.feed().ifPresent(f -> feeds.putIfAbsent(f.path(), f));
            page.bibliography().ifPresent(b -> bibliographies.putIfAbsent(b.path(), b));
            papers += page.kind() == PageKind.PAPER ? 1 : 0;
        }
        return new SitePlan(pages, new ArrayList<>(feeds.values()), new ArrayList<>(bibliographies.values()),
                PaperShards.forPapers(papers));
    }

    /** The papers' data each file of {@code paper-data/} holds, by file, each file's in page order. */
    public SortedMap<Integer, List<PaperData>> paperDataByShard() {
        SortedMap<Integer, List<PaperData>> shards = new TreeMap<>();
        for (Page page : pages) {
            if (page instanceof PaperPage paper) {
                shards.computeIfAbsent(paperShards.of(paper.path()), k -> new ArrayList<>()).add(paper.data());
            }
        }
        return shards;
    }
}
