package io.github.paperdigest.site;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.site.PageParts.DigestEntry;
import java.util.List;

/** A digest's page: its papers in the order of the file, with the curator's notes. */
public record DigestPage(Digest digest, List<DigestEntry> entries) implements Page {

    public DigestPage {
        entries = List.copyOf(entries);
    }

    @Override
    public String path() {
        return SitePaths.digest(digest.slug());
    }

    @Override
    public String title() {
        return digest.title();
    }

    @Override
    public PageKind kind() {
        return PageKind.DIGEST;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.digest(this);
    }
}
