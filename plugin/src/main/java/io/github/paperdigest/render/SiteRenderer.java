package io.github.paperdigest.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.PageKind;
import io.github.paperdigest.site.PaperShards;
import io.github.paperdigest.site.SiteSettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders pages with the theme's Mustache templates. One template per kind of page; templates are
 * compiled once, up front, so a broken template fails the build before any page is written.
 */
public final class SiteRenderer {

    /**
     * The most a page may hold: ten times the largest page of a 100,000-paper site (a paper page with a long note,
     * an index of every tag). Only templates that multiply their output reach it.
     */
    static final int PAGE_LIMIT = 64 << 20;
    /** The most a list item may hold: a paper's title, links and excerpt are a few kilobytes. */
    static final int ITEM_LIMIT = 1 << 20;

    /** A paper as a list shows it, rendered once per folder and shown by every list there. */
    static final String PAPER_ITEM = "partials/paper-item.mustache";

    private final Map<PageKind, Mustache> templates = new EnumMap<>(PageKind.class);
    private final Mustache paperItem;
    private final PageViews views;
    /** Each thread's writer, kept from one page to the next. */
    private final ThreadLocal<Utf8BufferWriter> writers = new ThreadLocal<>();

    /**
     * @param paperShards the files the papers' data for scripts is split into, which pages tell their scripts
     * @param bibTex      the writer of the papers' BibTeX entries, shared with the build's other files
     */
    public SiteRenderer(Theme theme, SiteSettings settings, ProseFormatter prose, PaperShards paperShards,
            BibTex bibTex) {
        DefaultMustacheFactory factory = new TemplateFactory(new ThemeTemplateResolver(theme), theme);
        for (PageKind kind : PageKind.values()) {
            templates.put(kind, compile(factory, kind.id() + ".mustache"));
        }
        this.paperItem = compile(factory, PAPER_ITEM);
        this.views = new PageViews(settings, prose, inline(theme, PageViews.STYLE, "style"),
                inline(theme, PageViews.NOT_FOUND_SCRIPT, "script"), this::renderItem, paperShards, bibTex);
    }

    private static Mustache compile(DefaultMustacheFactory factory, String file) {
        try {
            return factory.compile(file);
        } catch (MustacheException e) {
            throw new ThemeException("template " + ThemeTemplateResolver.FOLDER + file + ": " + e.getMessage(), e);
        }
    }

    /** A list item, without the line break that ends its template: the list puts one after every item. */
    private String renderItem(Views.PaperItem item, Views.Links links) {
        StringBuilderWriter out = new StringBuilderWriter(2048, ITEM_LIMIT);
        try {
            paperItem.execute(out, new Object[] {links, item});
        } catch (TextTooLong | MustacheException e) {
            throw failed(PAPER_ITEM, item.href(), "a list item of " + item.href(), e);
        }
        return out.withoutFinalLineBreak();
    }

    /**
     * Why {@code template} failed on {@code on}, said once: a list item's failure inside a page is the item's (already
     * named with it), and a text past its limit is said to be {@code made} too long. Mustache.java may wrap either.
     */
    private static ThemeException failed(String template, String on, String made, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ThemeException told) {
                return told;
            }
            if (t instanceof TextTooLong tooLong) {
                return new ThemeException(String.format(Locale.ROOT, "template %s made %s longer than %,d bytes, the"
                        + " most it may be: a partial that includes another several times, in a chain, multiplies what"
                        + " it writes at every link. Include each partial once where it is needed", template, made,
                        tooLong.limit()), e);
            }
        }
        return new ThemeException("template " + template + " failed on " + on + ": " + e.getMessage(), e);
    }

    /** A file of the theme, for a page that must carry it inside a {@code <style>} or {@code <script>} element. */
    private static String inline(Theme theme, String path, String element) {
        String text = new String(theme.read(path), StandardCharsets.UTF_8);
        if (text.toLowerCase(Locale.ROOT).contains("</" + element)) {
            throw new ThemeException(path + " contains \"</" + element + "\", which would end the 404 page's <"
                    + element + "> element early");
        }
        return text;
    }

    /**
     * The page as UTF-8 HTML, in an array this thread renders its next page into: read it before then. Safe to call
     * from several threads at once. A page of 10 to 500 KB made in an array of its own, then copied into the site's
     * buffer, was a fifth of all a build of 100,000 papers allocated.
     */
    public ByteBuffer render(Page page) {
        PageViews.PageView view = views.view(page);
        Utf8BufferWriter html = writers.get();
        // taken while in use, so that a page rendered on this thread before this one is done gets a writer of its own
        writers.set(null);
        html = html == null ? new Utf8BufferWriter(16 * 1024, PAGE_LIMIT) : html;
        html.reset();
        try {
            templates.get(view.kind()).execute(html, view.scopes());
        } catch (TextTooLong | MustacheException e) {
            throw failed(view.template() + ".mustache", page.path(), page.path(), e);
        }
        ByteBuffer bytes = html.bytes();
        writers.set(html);
        return bytes;
    }
}
