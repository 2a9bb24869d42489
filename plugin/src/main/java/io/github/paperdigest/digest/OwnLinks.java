package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.UrlSpan;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.TitleKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which links of a paper's free text (a list item, the paragraphs under its heading) are the paper's own, so that an
 * arXiv page among them is its arXiv id, and which cite another paper. A curator links the paper they list the same
 * few ways: on its title, under a label that says what the link is ("[paper](…)", "[PDF](…)", "arXiv: https://…",
 * an arXiv badge), or as a bare address right after the title in a list ("- Title — https://arxiv.org/abs/…"). A
 * link under other words ("[the Transformer](…)") or an address a sentence leads to ("builds on https://…") names
 * something the paper's text is about: it is listed among the paper's links, and gives it no identifier.
 */
final class OwnLinks {

    /** The words of a link's text that says what the link is, when it is the paper: "paper", "PDF", "arXiv", "abs". */
    private static final Set<String> LABEL_WORDS = Set.of("paper", "pdf", "arxiv", "abs", "abstract", "html",
            "preprint", "link", "full", "text", "page");
    /** A label right before an address: "arXiv: https://…", "Paper - https://…", "[PDF] https://…". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)(?<!\\p{L})(?:paper|pdf|arxiv|abs|abstract|preprint|link)\\s*[:：\\-–—|\\])]?\\s*[(\\[]?\\s*$");
    /** A word in lower case and a blank right before an address: a sentence leads to it ("builds on https://…"). */
    private static final Pattern IN_A_SENTENCE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{N}'’-]*\\s+$");
    /** How far before an address a label is looked for: longer than any label with its punctuation. */
    private static final int LOOK_BACK = 24;

    private final LinkFinder finder;

    OwnLinks(LinkFinder finder) {
        this.finder = finder;
    }

    /**
     * Whether the text before an address is a sentence leading to it, ending in a word in lower case ("builds on",
     * "More papers at"): the address is then what the sentence is about, not the paper listed. Only the text's end is
     * read, and the caller gives no more than its last few dozen characters: a pattern tried from every word of a
     * long text takes long.
     */
    static boolean leadsToAnAddress(String before) {
        return IN_A_SENTENCE.matcher(before).find();
    }

    /** An address written out in a text, and whether it is the paper's own. */
    record Address(String url, boolean own) {
    }

    /**
     * Whether a link's text says that it is the paper: a label ("paper", "PDF", "arXiv", an arXiv badge's alt text),
     * the paper's arXiv id ("arXiv:2401.01234") or its title. A link whose text is its address is an address written
     * out, and its words around it tell ({@link #written}).
     */
    static boolean labelled(MarkdownBlock.Anchor anchor, String title) {
        String text = anchor.text().strip();
        if (text.isEmpty()) {
            return false;
        }
        if (ArxivIds.parse(text.replaceFirst("(?i)^arxiv\\s*:?\\s*", "")).isPresent()) {
            return true;
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        if (!words.isEmpty() && LABEL_WORDS.containsAll(words)) {
            return true;
        }
        return !title.isBlank() && TitleKey.of(text).equals(TitleKey.of(title));
    }

    /**
     * The addresses written out in a text, each the paper's own when a label comes right before it ("arXiv:
     * https://…"); on the line that lists the paper ({@code listLine}), also when no sentence leads to it ("- Title —
     * https://…", but not "- Title, builds on https://…").
     */
    List<Address> written(String text, boolean listLine) {
        List<Address> addresses = new ArrayList<>();
        for (UrlSpan span : finder.find(text)) {
            String before = text.substring(Math.max(0, span.start() - LOOK_BACK), span.start());
            boolean own = LABEL_BEFORE.matcher(before).find() || listLine && !leadsToAnAddress(before);
            addresses.add(new Address(span.url(), own));
        }
        return addresses;
    }

    /**
     * Whether a paragraph is addresses written out and nothing else ("https://arxiv.org/abs/1706.03762" under a
     * paper's heading). Such a line is the paper's links where the section has prose for the abstract, and the
     * abstract itself where it has not (see MarkdownDigestReader).
     */
    boolean addressesOnly(MarkdownBlock paragraph) {
        if (!paragraph.anchors().isEmpty()) {
            return false;
        }
        List<UrlSpan> addresses = finder.find(paragraph.text());
        return !addresses.isEmpty() && nothingBesides(paragraph.text(), addresses);
    }

    /**
     * Whether a paragraph is nothing but the paper's links ("[paper](…) · [code](…)"): a line of links, not a sentence
     * of its abstract. A paragraph without a link of Markdown's is {@link #addressesOnly} or prose.
     */
    boolean linksOnly(MarkdownBlock paragraph) {
        if (paragraph.anchors().isEmpty()) {
            return false;
        }
        // each link's text taken out where it stands, the links in their order: the paragraph's text holds them so, and
        // a search of the whole text for each link's took time that grew with their number times the text's length
        String text = paragraph.text();
        StringBuilder rest = new StringBuilder(text.length());
        int from = 0;
        for (MarkdownBlock.Anchor anchor : paragraph.anchors()) {
            String words = anchor.text().strip();
            if (!labelled(anchor, "") && !LinkWords.isLinkWord(words) && !words.isEmpty()
                    && !words.equals(anchor.url().strip())) {
                return false;
            }
            int at = words.isEmpty() ? -1 : text.indexOf(words, from);
            if (at >= 0) {
                rest.append(text, from, at).append(' ');
                from = at + words.length();
            }
        }
        rest.append(text, from, text.length());
        String left = rest.toString();
        return nothingBesides(left, finder.find(left));
    }

    /**
     * Whether the text holds no letter or digit outside the addresses found in it (in their order, as the finder gives
     * them): separators only.
     */
    private static boolean nothingBesides(String text, List<UrlSpan> addresses) {
        int from = 0;
        for (UrlSpan span : addresses) {
            if (letterOrDigitIn(text, from, span.start())) {
                return false;
            }
            from = Math.max(from, span.end());
        }
        return !letterOrDigitIn(text, from, text.length());
    }

    private static boolean letterOrDigitIn(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
