package io.github.paperdigest.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every page of a site, the feeds that follow them and their BibTeX files, and the files the papers' data for other
 * pages' scripts is split into ({@code paperShards} says how, and every page tells its scripts). The feeds and files
 * are those the pages name: which page has one is decided once, by the planner, and a file is written exactly when a
 * page links to it.
 */
public record SitePlan(List<Page> pages, List<Feed> feeds, List<Bibliography> bibliographies, PaperShards paperShards,
        List<PaperDataFile> paperData) {

    public SitePlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
        bibliographies = List.copyOf(bibliographies);
        paperData = List.copyOf(paperData);
    }

    /** The plan of these pages, with the feeds and BibTeX files they link to in page order, and the papers' data. */
    public static SitePlan of(List<Page> pages) {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        Map<String, Bibliography> bibliographies = new LinkedHashMap<>();
        List<PaperData> papers = new ArrayList<>();
        int paperPages = 0;
        for (Page page : pages) {
            page.feed().ifPresent(f -> feeds.putIfAbsent(f.path(), f));
            page.bibliography().ifPresent(b -> bibliographies.putIfAbsent(b.path(), b));
            if (page instanceof PaperPage paper) {
                papers.add(paper.data());
                paperPages++;
            } else if (page instanceof MovedPage moved) {
                moved.data().ifPresent(papers::add);
            }
        }
        // split by the papers alone: an address that moved adds a line to a file, never a file to every file's name
        PaperShards shards = PaperShards.forPapers(paperPages);
        return new SitePlan(pages, new ArrayList<>(feeds.values()), new ArrayList<>(bibliographies.values()), shards,
                paperDataFiles(papers, shards));
    }

    /** The files the papers' data goes into, by number, each file's papers in page order. */
    private static List<PaperDataFile> paperDataFiles(List<PaperData> papers, PaperShards shards) {
        SortedMap<Integer, List<PaperData>> byFile = new TreeMap<>();
        for (PaperData paper : papers) {
            byFile.computeIfAbsent(shards.of(paper.pagePath()), k -> new ArrayList<>()).add(paper);
        }
        return byFile.entrySet().stream().map(e -> new PaperDataFile(shards.path(e.getKey()), e.getValue())).toList();
    }
}
