package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.ArxivIds;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papers of a Markdown digest written as list items ("- [Title](url) - Authors. Venue, year.", "- **Title**
 * [[paper](url)]"): what follows the title read as authors, venue and year, the lines of an item broken into lines and
 * the items nested under it read as the paper's fields. An item whose title cannot be told, or that links nowhere a
 * reader can go, is said rather than made a paper of.
 */
final class ListPapers {

    /**
     * The full stop that ends the authors of a list item: after a word, not after an initial ("A. Author, J.-P.
     * Author. Venue"), whose full stop is part of the name. A last author's "Jr." ends the authors too, and keeps
     * its full stop ({@link #SUFFIX_AT_END}).
     */
    private static final Pattern AUTHORS_END = Pattern.compile("(?<=\\p{L}{2})\\.\\s+");
    private static final Pattern SUFFIX_AT_END = Pattern.compile("\\b[JS]r$");
    static final Pattern LINKS = Pattern.compile("!?\\[+[^\\]\\n]{0,500}]+\\([^)\\s]{0,2000}\\)\\]?");
    /** An address written out, which is no part of the authors or venue around it. */
    static final Pattern ADDRESS = Pattern.compile("(?i)<?https?://[^\\s>]{1,2000}>?");
    /** The full stop and space that end "Authors. Venue, 2023.": no part of the venue. */
    private static final Pattern TRAILING_STOP = Pattern.compile("[.\\s]+$");
    static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private final DigestSource source;
    private final DigestProblems problems;
    private final MarkdownOutline outline;
    private final LinkClassifier classifier;
    private final MarkdownLayout.PaperDetails paperDetails;
    private final ItemLineFields lineFields;
    private final PapersRead papers;

    ListPapers(DigestSource source, DigestProblems problems, MarkdownOutline outline, LinkClassifier classifier,
            MarkdownLayout.PaperDetails paperDetails, PapersRead papers) {
        this.source = source;
        this.problems = problems;
        this.outline = outline;
        this.classifier = classifier;
        this.paperDetails = paperDetails;
        this.lineFields = new ItemLineFields(outline);
        this.papers = papers;
    }

    /** Reads the items of a list of papers, in the digest section {@code section} unless an item names its own. */
    void read(List<ListItems.Item> items, String section) {
        int read = 0;
        for (ListItems.Item item : items) {
            PaperListItem paper = item.paper();
            if (paper.ambiguity().isPresent()) {
                problems.report(source.name(), item.line(), "\"" + PlainTextDigestReader.abbreviate(item.inline().text())
                        + "\" is not read as a paper: " + paper.ambiguity().get() + "; say which is the title by"
                        + " putting it first in bold ('- **Title** *Authors* [[paper](url)]') or the venue in bold with"
                        + " its year after it ('- Title, **ICML, 2024** [[paper](url)]')");
                continue;
            }
            String title = paper.title();
            if (title.isBlank() || item.addresses().isEmpty()) {
                // a line of the list that is not a paper ("- More papers at ...") is kept out of the site; one that
                // links to a paper is said, for a paper must not vanish without a word
                if (item.urls().stream().anyMatch(u -> ArxivIds.fromUrl(u).isPresent())) {
                    problems.warn(source.name(), item.line(), "\"" + PlainTextDigestReader.abbreviate(
                            item.inline().text()) + "\" links to a paper, but its title cannot be told from its shape;"
                            + " not read as a paper: " + MarkdownLayout.SHAPES_UNDERSTOOD);
                }
                continue;
            }
            if (item.urls().stream().noneMatch(PaperLinks::isHttp)) {
                problems.warn(source.name(), item.line(), "\"" + PlainTextDigestReader.abbreviate(title)
                        + "\" links nowhere a reader can go (no http(s) link); not read as a paper");
                continue;
            }
            EntryDraft draft = new EntryDraft(source.name(), item.line(), problems);
            draft.abstractOptional();
            draft.section(item.category().orElse(section));
            draft.title(title);
            for (OwnLinks.Address address : item.addresses()) {
                if (address.own()) {
                    draft.link(null, address.url(), classifier);
                } else {
                    draft.mention(address.url(), classifier);
                }
            }
            if (paper.documented()) {
                rest(draft, item.lines().get(0));
            } else {
                paper.shortName().ifPresent(name -> draft.extra("short name", name));
                paper.authors().ifPresent(draft::authors);
                paper.venues().forEach(venue -> venue.applyTo(draft));
            }
            lineFields.read(draft, item.lines().subList(1, item.lines().size()), paper.authors().isPresent());
            details(draft, item.details());
            draft.fieldLine(item.line());
            papers.build(draft);
            read++;
        }
        papers.count("list items", read);
    }

    /**
     * The items nested under a paper's, as a reading group writes them: "Code: https://…" and "Presenter: Alice" as the
     * recommended layout's metadata list reads them, an address alone as a link of the paper's, and any other item
     * ("read sections 3 and 5") as a line of the curator's note, so that nothing written under a paper is lost. A
     * link alone to another paper is no link of this one's: it goes to the note.
     */
    private void details(EntryDraft draft, List<ListItems.Detail> details) {
        StringBuilder note = new StringBuilder();
        for (ListItems.Detail detail : details) {
            MarkdownBlock.Inline inline = outline.inline(detail.markdown());
            String url = inline.anchors().isEmpty() ? null : inline.anchors().get(0).url();
            draft.fieldLine(detail.line());
            if (paperDetails.read(draft, inline.text(), detail.markdown(), url)) {
                continue;
            }
            Optional<String> address = addressAlone(inline);
            if (address.isPresent() && PaperLinks.isHttp(address.get())
                    && !classifier.classify(address.get()).leadsToAPaper()) {
                draft.link(null, address.get(), classifier);
                continue;
            }
            note.append("- ").append(detail.markdown().strip()).append('\n');
        }
        if (!note.isEmpty()) {
            draft.noteHtml(outline.html(note.toString()));
        }
    }

    /** The address an item gives and nothing else: written out, or a link whose label is all the item says. */
    private Optional<String> addressAlone(MarkdownBlock.Inline inline) {
        String text = inline.text().strip();
        if (inline.anchors().size() == 1 && (text.isEmpty() || text.equals(inline.anchors().get(0).text().strip()))) {
            return Optional.of(inline.anchors().get(0).url());
        }
        Matcher written = ADDRESS.matcher(text);
        return inline.anchors().isEmpty() && written.matches() ? Optional.of(text.replaceAll("^<|>$", "")) : Optional.empty();
    }

    /** What follows the title in "- [Title](url) - A. Author, B. Author. Venue, 2023. [code](url)". */
    private void rest(EntryDraft draft, String markdown) {
        // the addresses written out are no authors or venue ("2001.01234" would be a year), but a note keeps them
        String rest = restText(markdown, true);
        if (rest.isEmpty()) {
            return;
        }
        String withoutStop = withoutFullStop(rest);
        // "(CVPR, 2024)", "(Nov., 2023)": a venue with its year, or a date, in brackets, read as a whole
        String inBrackets = Brackets.unwrapped(withoutStop);
        if (!inBrackets.equals(withoutStop.strip()) && ListedVenue.of(inBrackets).isPresent()) {
            WrittenVenue.applyTo(draft, inBrackets);
            return;
        }
        String[] parts = AUTHORS_END.split(rest, 2);
        Optional<NamesAndVenue> namesAndVenue = NamesAndVenue.of(withoutStop);
        if (parts.length == 2 && !YEAR.matcher(parts[0]).find()) {
            draft.authors(SUFFIX_AT_END.matcher(parts[0]).find() ? parts[0] + "." : parts[0]);
            WrittenVenue.applyTo(draft, withoutFullStop(parts[1]));
        } else if (namesAndVenue.isPresent()) {
            // "(Ho, Jain, Abbeel, NeurIPS 2020)", "Rombach et al., CVPR 2022": no full stop between the two
            draft.authors(namesAndVenue.get().names());
            WrittenVenue.applyTo(draft, namesAndVenue.get().venue());
        } else if (YEAR.matcher(rest).find()) {
            WrittenVenue.applyTo(draft, withoutStop);
        } else {
            draft.extra("note", restText(markdown, false));
        }
    }

    static String withoutFullStop(String text) {
        return TRAILING_STOP.matcher(text).replaceFirst("");
    }

    /** The text after the title, without the title, the links (and the addresses written out) and the separators. */
    private String restText(String markdown, boolean withoutAddresses) {
        String withoutLinks = LINKS.matcher(markdown).replaceAll(" ");
        if (withoutAddresses) {
            withoutLinks = ADDRESS.matcher(withoutLinks).replaceAll(" ");
        }
        // the brackets the links leave are cut from the end, not one that closes what the text opened: "(CVPR, 2024)"
        return Brackets.withoutEmptyEnd(outline.inline(withoutLinks.replaceFirst(
                "^\\s*(\\*\\*|__)[^*_]{0,500}?(\\*\\*|__)", "")).text().replaceAll("^[\\s\\-–—:,|.]+", "")).strip();
    }
}
