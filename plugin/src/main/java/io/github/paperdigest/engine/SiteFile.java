package io.github.paperdigest.engine;

import io.github.paperdigest.output.StagedSite.ContentWriter;

/**
 * A file of the site: where it goes, relative to the site root, and what writes its bytes when the publisher
 * asks. Pages, feeds, the export, the sitemap, the assets and the search index are all site files.
 */
record SiteFile(String path, ContentWriter content) {

    static SiteFile of(String path, byte[] bytes) {
        return new SiteFile(path, out -> out.write(bytes));
    }
}
