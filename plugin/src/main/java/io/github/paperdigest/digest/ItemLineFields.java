package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fields of an awesome list's item broken into lines ({@link ItemLines}), its title's line aside. */
final class ItemLineFields {

    private final MarkdownOutline outline;

    ItemLineFields(MarkdownOutline outline) {
        this.outline = outline;
    }

    /**
     * The lines after the title's in an item broken into lines ({@link ItemLines}): each a field, as the full stops
     * of "Authors. Venue, 2024." tell them on one line. A line in italics is the authors (or the venue with its year,
     * when it is one: "*CVPR 2024*"), and what follows them on their line is read as a line of its own; so are names
     * written plainly ("Jonathan Ho, Ajay Jain", or "Ho, Jain, NeurIPS 2020" with the venue), when the item has no
     * authors yet; a date alone ("Jun 15, 2017") is the paper's date; a text with a year is the venue and year; any
     * other text is kept as the item's note, never dropped, with every line after it (a {@code <br>} within prose).
     */
    void read(EntryDraft draft, List<String> lines, boolean authorsGiven) {
        List<String> note = new ArrayList<>();
        boolean authors = authorsGiven;
        for (String line : lines) {
            MarkdownBlock.Inline inline = outline.inline(ListPapers.ADDRESS.matcher(ListPapers.LINKS.matcher(line)
                    .replaceAll(" ")).replaceAll(" "));
            List<MarkdownBlock.Span> spans = inline.spans();
            MarkdownBlock.Span lead = spans.isEmpty() ? null : spans.get(0);
            String written = fieldText(inline.text());
            if (lead != null && lead.kind() == MarkdownBlock.SpanKind.EMPHASIS && !lead.text().isBlank()) {
                if (ListedVenue.of(lead.text()).isPresent()) {
                    WrittenVenue.applyTo(draft, lead.text().strip());
                } else {
                    draft.authors(lead.text().strip());
                    authors = true;
                }
                StringBuilder after = new StringBuilder();
                spans.subList(1, spans.size()).forEach(s -> after.append(s.text()));
                written = fieldText(after.toString());
            }
            String rest = ListPapers.withoutFullStop(written).strip();
            if (rest.isEmpty()) {
                continue;
            }
            if (!note.isEmpty()) {
                note.add(written); // "<br>" within the item's prose: more of that prose, not a field
                continue;
            }
            Optional<PublicationDate> date = PublicationDate.parse(rest);
            Optional<NamesAndVenue> namesAndVenue = authors || date.isPresent() ? Optional.empty()
                    : NamesAndVenue.of(rest);
            if (date.isPresent()) {
                date.get().applyTo(draft);
            } else if (!authors && NamesAndVenue.isAuthorLine(rest)) {
                draft.authors(rest); // "Jonathan Ho, Ajay Jain, Pieter Abbeel", in no italics
                authors = true;
            } else if (namesAndVenue.isPresent()) {
                draft.authors(namesAndVenue.get().names()); // "Ho, Jain, Abbeel, NeurIPS 2020"
                WrittenVenue.applyTo(draft, namesAndVenue.get().venue());
                authors = true;
            } else if (ListPapers.YEAR.matcher(rest).find()) {
                WrittenVenue.applyTo(draft, rest);
            } else {
                note.add(written);
            }
        }
        if (!note.isEmpty()) {
            draft.extra("note", ListPapers.withoutFullStop(String.join(" ", note)));
        }
    }

    /** A field's text without the brackets and separators that links left around it. */
    private static String fieldText(String text) {
        return Brackets.withoutEmptyEnd(text).replaceAll("^[\\s\\-–—:,|.\\[\\]]+", "").strip();
    }
}
