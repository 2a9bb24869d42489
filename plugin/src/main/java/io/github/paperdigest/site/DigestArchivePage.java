package io.github.paperdigest.site;

import io.github.paperdigest.site.PageParts.DigestRef;
import java.util.List;

/** Every digest by date: years, then months, newest first; undated digests last. */
public record DigestArchivePage(List<Period> periods, List<DigestRef> undated) implements Page {

    /** The digests of one month, e.g. "2025-01". */
    public record Period(int year, int month, List<DigestRef> digests) {
        public Period {
            digests = List.copyOf(digests);
        }
    }

    public DigestArchivePage {
        periods = List.copyOf(periods);
        undated = List.copyOf(undated);
    }

    @Override
    public String path() {
        return SitePaths.DIGEST_ARCHIVE;
    }

    @Override
    public String title() {
        return "Digests";
    }

    @Override
    public PageKind kind() {
        return PageKind.DIGEST_ARCHIVE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.digestArchive(this);
    }
}
