package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.LinkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a Markdown list read from its lines, and what they say of the list being one of papers. The outline gives
 * a bullet list's items with what is nested under them folded into their text, and a numbered list as a block of its
 * own; a list of papers needs its nesting: an awesome list groups its papers under an item that names their category,
 * and a reading group nests a paper's details under it.
 */
final class ListItems {

    /** Longer than a category's name ("Diffusion models"): an item of a sentence is no category of the items under it. */
    private static final int MAX_CATEGORY_LENGTH = 80;
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    /** "Abstract:" in a list item: what follows a title there is the paper's abstract. */
    private static final Pattern ABSTRACT_LABEL = Pattern.compile("(?i)(?<!\\p{L})abstract\\s*[:：]");

    private final BlockLines lines;
    private final MarkdownOutline outline;
    private final LinkClassifier classifier;
    private final OwnLinks ownLinks;
    private final PaperLinks paperLinks;

    ListItems(BlockLines lines, MarkdownOutline outline, LinkClassifier classifier, OwnLinks ownLinks,
            PaperLinks paperLinks) {
        this.lines = lines;
        this.outline = outline;
        this.classifier = classifier;
        this.ownLinks = ownLinks;
        this.paperLinks = paperLinks;
    }

    /**
     * An item of a list: its Markdown (marker taken off, wrapped lines joined), its line, what it says, and the
     * addresses it gives, its links' and those written out: each the paper's own or not, see {@link OwnLinks}.
     */
    record Item(String markdown, List<String> lines, int line, MarkdownBlock.Inline inline,
            PaperListItem paper, List<OwnLinks.Address> addresses, Optional<String> category, List<Detail> details) {

        Item withDetails(List<Detail> nested) {
            return new Item(markdown, lines, line, inline, paper, addresses, category, List.copyOf(nested));
        }

        List<String> urls() {
            return addresses.stream().map(OwnLinks.Address::url).toList();
        }
    }

    /**
     * The items of a list, or null when its first line is no item's. An item that names a category and gives no
     * address, with items of its own under it ("- **Diffusion models**" over "  - [Title](url) - …", as awesome lists
     * group their papers), stands for those items, each in that category; other items' nested lists are no items.
     */
    List<Item> of(MarkdownBlock b) {
        List<String> raw = lines.of(b);
        Matcher first = LIST_MARKER.matcher(raw.isEmpty() ? "" : raw.get(0));
        if (!first.matches()) {
            return null;
        }
        int indent = first.group(1).length();
        List<Item> items = new ArrayList<>();
        RawItem current = null;
        RawItem nested = null;
        for (int k = 0; k < raw.size(); k++) {
            Matcher m = LIST_MARKER.matcher(raw.get(k));
            if (m.matches() && m.group(1).length() <= indent) {
                if (current != null) {
                    addItems(current, items);
                }
                current = new RawItem(m.group(2), b.line() + k);
                nested = null;
            } else if (m.matches() && current != null) {
                nested = new RawItem(m.group(2), b.line() + k);
                current.nested.add(nested);
            } else if (current != null && !raw.get(k).isBlank()) {
                (nested != null ? nested : current).wrapped(raw.get(k));
            }
        }
        if (current != null) {
            addItems(current, items);
        }
        return items;
    }

    /** An item nested under a paper's: its Markdown (marker taken off, wrapped lines joined) and its marker's line. */
    record Detail(String markdown, int line) {
    }

    /** An item's Markdown as the list gives it, its marker's line, and the items nested under it. */
    private static final class RawItem {
        final StringBuilder text;
        final int ownLength;
        final int line;
        final List<RawItem> nested = new ArrayList<>();

        RawItem(String firstLine, int line) {
            this.text = new StringBuilder(firstLine);
            this.ownLength = firstLine.length();
            this.line = line;
        }

        /** Joins a wrapped line; after a "\\" that ends a line, as a new line, for that is Markdown's line break. */
        void wrapped(String next) {
            text.append(ItemLines.endsWithBreak(text) ? '\n' : ' ').append(next.strip());
        }
    }

    private void addItems(RawItem raw, List<Item> items) {
        Item item = item(raw.text.toString(), raw.ownLength, raw.line, Optional.empty());
        String category = item.inline().text().strip().replaceAll("[:：]$", "").strip();
        if (raw.nested.isEmpty() || !item.addresses().isEmpty() || category.isEmpty()
                || category.length() > MAX_CATEGORY_LENGTH) {
            items.add(item.withDetails(raw.nested.stream().map(n -> new Detail(n.text.toString(), n.line)).toList()));
            return;
        }
        for (RawItem n : raw.nested) {
            items.add(item(n.text.toString(), n.ownLength, n.line, Optional.of(category)));
        }
    }

    /** What the items of a list say of it being a list of papers, see {@link ListItemCounts}. */
    ListItemCounts counts(List<Item> items) {
        int titled = 0;
        boolean linksToPaper = false;
        int papers = 0;
        for (Item item : items) {
            String lead = item.inline().leadingText();
            // "**Code:** url" labels a line of a paper's; "**OpenVLA**: \"Title\"" names the paper the item is
            boolean labelled = item.paper().documented() && (LabelledLines.label(lead.replaceAll("[:：]\\s*$", "")) != null
                    || item.inline().text().startsWith(lead + ":"));
            if (item.paper().isPaper() && !item.addresses().isEmpty() && !labelled) {
                titled++;
            }
            for (String u : item.urls()) {
                LinkKind kind = classifier.classify(u);
                linksToPaper |= kind.leadsToAPaper();
            }
            boolean ownPaperLink = item.addresses().stream().anyMatch(a -> a.own() && paperLinks.isPaperLink(a.url()));
            if (ownPaperLink || item.paper().isPaper() && ABSTRACT_LABEL.matcher(item.inline().text()).find()) {
                papers++;
            }
        }
        return new ListItemCounts(items.size(), titled, linksToPaper, papers);
    }

    /** An item of {@code markdown}, whose first {@code ownLine} characters are on the line of its marker. */
    private Item item(String markdown, int ownLine, int line, Optional<String> category) {
        MarkdownBlock.Inline inline = outline.inline(markdown);
        // an item broken into lines is told by its first line, the title's: its other lines are fields
        List<String> lines = ItemLines.of(markdown);
        PaperListItem paper = PaperListItem.of(lines.size() > 1 ? outline.inline(lines.get(0)).spans()
                : inline.spans());
        // addresses written out: on the item's own line, one that no sentence leads to is the paper's
        Set<String> ownWritten = new HashSet<>();
        if (markdown.contains("://")) {
            ownLinks.written(outline.inline(markdown.substring(0, ownLine)).text(), true).stream()
                    .filter(OwnLinks.Address::own).forEach(a -> ownWritten.add(a.url()));
        }
        Map<String, Boolean> addresses = new LinkedHashMap<>();
        for (MarkdownBlock.Anchor anchor : inline.anchors()) {
            addresses.merge(anchor.url(), OwnLinks.labelled(anchor, paper.title()), Boolean::logicalOr);
        }
        for (OwnLinks.Address written : ownLinks.written(inline.text(), false)) {
            addresses.merge(written.url(), written.own() || ownWritten.contains(written.url()), Boolean::logicalOr);
        }
        List<OwnLinks.Address> given = new ArrayList<>();
        addresses.forEach((url, own) -> given.add(new OwnLinks.Address(url, own)));
        return new Item(markdown, lines, line, inline, paper, List.copyOf(given), category, List.of());
    }
}
