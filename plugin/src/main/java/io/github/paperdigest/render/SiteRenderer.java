package io.github.paperdigest.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.PageKind;
import io.github.paperdigest.site.SiteSettings;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders pages with the theme's Mustache templates. One template per kind of page; templates are
 * compiled once, up front, so a broken template fails the build before any page is written.
 */
public final class SiteRenderer {

    private final Map<PageKind, Mustache> templates = new EnumMap<>(PageKind.class);
    private final PageViews views;

    public SiteRenderer(Theme theme, SiteSettings settings, ProseFormatter prose) {
        this.views = new PageViews(settings, prose, inlineStylesheet(theme));
        DefaultMustacheFactory factory = new DefaultMustacheFactory(new ThemeTemplateResolver(theme));
        for (PageKind kind : PageKind.values()) {
            String file = kind.id() + ".mustache";
            try {
                templates.put(kind, factory.compile(file));
            } catch (MustacheException e) {
                throw new ThemeException("template " + ThemeTemplateResolver.FOLDER + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** The theme's stylesheet, for a page that must carry it inside a {@code <style>} element. */
    private static String inlineStylesheet(Theme theme) {
        String css = new String(theme.read(PageViews.STYLE), StandardCharsets.UTF_8);
        if (css.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new ThemeException(PageViews.STYLE + " contains \"</style\", which would end the 404 page's"
                    + " <style> element early");
        }
        return css;
    }

    /** The page as HTML. Safe to call from several threads at once. */
    public String render(Page page) {
        PageViews.PageView view = views.view(page);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            templates.get(view.kind()).execute(out, view.scopes());
        } catch (MustacheException e) {
            throw new ThemeException("template " + view.template() + ".mustache failed on " + page.path() + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }
}
