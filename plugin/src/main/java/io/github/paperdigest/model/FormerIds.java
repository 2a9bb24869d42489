package io.github.paperdigest.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ids tags and hubs had before a curator renamed them or merged them into another, as the taxonomy names them
 * ({@code formerIds}), each with the id it now is: their old addresses lead to the new ones.
 *
 * @param tags a former tag id to the tag's id now, in id order
 * @param hubs a former hub id to the hub's id now, in id order
 */
public record FormerIds(SortedMap<String, String> tags, SortedMap<String, String> hubs) {

    public static final FormerIds NONE = new FormerIds(new TreeMap<>(), new TreeMap<>());

    public FormerIds {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        hubs = Collections.unmodifiableSortedMap(new TreeMap<>(hubs));
    }

    public static FormerIds of(Map<String, String> tags, Map<String, String> hubs) {
        return new FormerIds(new TreeMap<>(tags), new TreeMap<>(hubs));
    }
}
