package io.github.paperdigest.site;

import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.TitleKey;
import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.PaperItem;
import java.util.List;

/**
 * The page at the address several papers' titles would give their pages ({@code paper/<slug>.html}), which none of
 * them has: it lists them, so that a link made to the address leads the reader one click from the paper it was
 * made for, and never silently to another (see {@code model.SharedSlug}). It is no paper: search, the sitemap, the
 * feeds and the papers' data leave it out, and it asks search engines not to list it.
 *
 * @param slug   the shared slug
 * @param papers the papers that share it, newest first, each with the digests that list it
 */
public record DisambiguationPage(String slug, List<Choice> papers) implements Page {

    /** A paper the address may have been meant for, and the digests that list it, which tell it from the others. */
    public record Choice(PaperItem item, List<DigestRef> digests) {
        public Choice {
            digests = List.copyOf(digests);
        }
    }

    public DisambiguationPage {
        papers = List.copyOf(papers);
        if (papers.size() < 2) {
            throw new IllegalArgumentException("an address of " + papers.size() + " papers needs no page: " + slug);
        }
    }

    @Override
    public String path() {
        return SitePaths.paper(slug);
    }

    /**
     * "Papers titled “Attention Is All You Need”" when the papers have one title (up to case and punctuation), else
     * how many share the address: long titles that differ only past a slug's length.
     */
    @Override
    public String title() {
        return sameTitle() ? "Papers titled \u201c" + TexMath.asText(papers.get(0).item().paper().title()) + "\u201d"
                : Counted.of(papers.size(), "paper") + " share this address";
    }

    /** Whether the papers have one title, up to case, accents, punctuation and spacing. */
    public boolean sameTitle() {
        return papers.stream().map(c -> TitleKey.of(c.item().paper().title())).distinct().count() == 1;
    }

    /** Nothing of its own to list: a search engine should list the papers' pages instead. */
    @Override
    public boolean indexable() {
        return false;
    }

    @Override
    public PageKind kind() {
        return PageKind.DISAMBIGUATION;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.disambiguation(this);
    }
}
