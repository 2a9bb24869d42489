package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.PaperPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for a paper's page. The JSON is made safe to sit inside a {@code <script>} element:
 * '<', '>' and '&' are written as Unicode escapes, so no text from a digest can close the element.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static String scholarlyArticle(PaperPage page, String url) {
        Paper p = page.paper();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        article.put("headline", p.title());
        article.put("name", p.title());
        if (p.hasAbstract()) {
            article.put("abstract", p.abstractText());
        }
        article.put("url", url);
        if (!p.authors().isEmpty()) {
            List<Map<String, String>> authors = new ArrayList<>();
            for (String a : p.authors()) {
                Map<String, String> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", a);
                authors.add(person);
            }
            article.put("author", authors);
        }
        // as far as it is known (ISO 8601's "2023-10" and "2019" are dates too), never a digest's date
        page.date().ifPresent(d -> article.put("datePublished", d.iso()));
        p.arxivId().ifPresent(id -> article.put("identifier", "arXiv:" + id));
        List<String> sameAs = new ArrayList<>();
        p.arxivId().ifPresent(id -> sameAs.add("https://arxiv.org/abs/" + id));
        p.links().stream().map(Link::url).filter(u -> !sameAs.contains(u)).forEach(sameAs::add);
        if (!sameAs.isEmpty()) {
            article.put("sameAs", sameAs);
        }
        if (!page.tags().isEmpty()) {
            article.put("keywords", page.tags().stream().map(Tag::label).toList());
        }
        try {
            return JSON.writeValueAsString(article).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
