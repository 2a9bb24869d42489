package io.github.paperdigest.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every page of a site and the feeds that follow them. The feeds are those the pages name: which page has a
 * feed is decided once, by the planner, and a feed is written exactly when a page links to it.
 */
public record SitePlan(List<Page> pages, List<Feed> feeds) {

    public SitePlan {
        pages = List.copyOf(pages);
        feeds = List.copyOf(feeds);
    }

    /** The plan of these pages, with the feeds they link to in page order. */
    public static SitePlan of(List<Page> pages) {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        for (Page page : pages) {
            page.feed().ifPresent(f -> feeds.putIfAbsent(f.path(), f));
        }
        return new SitePlan(pages, new ArrayList<>(feeds.values()));
    }
}
