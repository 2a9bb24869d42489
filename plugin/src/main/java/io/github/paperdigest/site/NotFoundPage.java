package io.github.paperdigest.site;

/**
 * The page a static host shows for a path that has no file. GitHub Pages serves it for a missing path at
 * any depth, so its template must not rely on relative links alone.
 */
public record NotFoundPage() implements Page {

    @Override
    public String path() {
        return SitePaths.NOT_FOUND;
    }

    @Override
    public String title() {
        return "Page not found";
    }

    /** It says "noindex" to search engines: listing it in the sitemap would contradict that. */
    @Override
    public boolean indexable() {
        return false;
    }

    @Override
    public PageKind kind() {
        return PageKind.NOT_FOUND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notFound(this);
    }
}
