package io.github.paperdigest.render;

import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.PaperFacts;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways out of a paper's page, most read first. A paper with an arXiv id links to its PDF, its arXiv page and
 * its Hugging Face page, then to what its record links (code, project page, data...) and its DOI; a paper known by
 * its title alone links to a search for that title on arXiv and on Google Scholar. Every link says what it leads to.
 */
final class OutboundLinks {

    private OutboundLinks() {
    }

    static List<Views.ExternalLink> of(Paper paper) {
        List<Views.ExternalLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        PaperFacts.pdfUrl(paper).ifPresent(u -> add(links, seen, "PDF", u));
        paper.arxivId().ifPresent(id -> {
            add(links, seen, "arXiv", "https://arxiv.org/abs/" + id);
            ArxivIds.huggingFacePage(id).ifPresent(u -> add(links, seen, "Hugging Face", u));
        });
        for (Link link : paper.links()) {
            // the paper's own arXiv pages are the arXiv button and the PDF above; another paper's on arXiv is a link
            boolean ownArxivPage = paper.arxivId().isPresent()
                    && ArxivIds.fromArxivUrl(link.url()).equals(paper.arxivId());
            // the paper's own DOI is linked once, below, at doi.org: not again at dx.doi.org or in another case
            boolean ownDoi = link.kind() == LinkKind.DOI && paper.doi().isPresent()
                    && Dois.parse(link.url()).equals(paper.doi());
            if (!ownArxivPage && !ownDoi) {
                add(links, seen, link.kind().label(), link.url());
            }
        }
        paper.doi().ifPresent(doi -> add(links, seen, "DOI", "https://doi.org/" + doi));
        if (paper.arxivId().isEmpty()) {
            String title = URLEncoder.encode(TexMath.asText(paper.title()), StandardCharsets.UTF_8);
            add(links, seen, "Search arXiv", "https://arxiv.org/search/?searchtype=title&query=" + title);
            add(links, seen, "Google Scholar", "https://scholar.google.com/scholar?q=" + title);
        }
        return toldApart(links);
    }

    /**
     * The links with no two labels alike: a record with two videos showed two buttons that both said "Video". Links of
     * one label on other sites say their site ("Video (youtube.com)"); on one site they are numbered ("Video 1").
     */
    private static List<Views.ExternalLink> toldApart(List<Views.ExternalLink> links) {
        Map<String, List<Views.ExternalLink>> byLabel = new HashMap<>();
        links.forEach(link -> byLabel.computeIfAbsent(link.label(), l -> new ArrayList<>()).add(link));
        List<Views.ExternalLink> told = new ArrayList<>(links.size());
        for (Views.ExternalLink link : links) {
            List<Views.ExternalLink> alike = byLabel.get(link.label());
            if (alike.size() == 1) {
                told.add(link);
                continue;
            }
            long sites = alike.stream().map(Views.ExternalLink::host).distinct().count();
            String label = sites == alike.size() ? link.label() + " (" + link.host() + ")"
                    : link.label() + " " + (alike.indexOf(link) + 1);
            told.add(new Views.ExternalLink(label, link.url(), link.host()));
        }
        return told;
    }

    private static void add(List<Views.ExternalLink> links, Set<String> seen, String label, String url) {
        if (seen.add(url)) {
            links.add(new Views.ExternalLink(label, url, host(url)));
        }
    }

    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
