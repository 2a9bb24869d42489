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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        // a field that is a link ("Slides" and its address) is shown as that field's link, not again among these
        Set<String> fieldLinks = new HashSet<>(paper.extra().values());
        for (Link link : paper.links()) {
            if (fieldLinks.contains(link.url())) {
                continue;
            }
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
        paper.doi().ifPresent(doi -> add(links, seen, "DOI", Dois.url(doi)));
        if (paper.arxivId().isEmpty()) {
            String title = URLEncoder.encode(TexMath.asText(paper.title()), StandardCharsets.UTF_8);
            add(links, seen, "Search arXiv", "https://arxiv.org/search/?searchtype=title&query=" + title);
            add(links, seen, "Google Scholar", "https://scholar.google.com/scholar?q=" + title);
        }
        return toldApart(links);
    }

    /** Hosts of repositories, whose addresses begin with the owner and the name: github.com/owner/name. */
    private static final Set<String> REPOSITORY_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org",
            "codeberg.org", "gitee.com", "huggingface.co");

    /**
     * The links with no two labels alike: a record with two videos showed two buttons that both said "Video", and
     * numbered ones ("Code 1", "Code 2") say nothing to a screen reader that lists a page's links. Links of one label
     * say what tells them apart: where each is a repository or another site, the repository's owner and name or the
     * site ("Code (owner/name)", "Code (example.org)"), else their sites ("Video (youtube.com)"); links that differ in
     * neither (two videos on one site) are numbered ("Video 1").
     */
    private static List<Views.ExternalLink> toldApart(List<Views.ExternalLink> links) {
        Map<String, List<Views.ExternalLink>> byLabel = new HashMap<>();
        links.forEach(link -> byLabel.computeIfAbsent(link.label(), l -> new ArrayList<>()).add(link));
        // how each label's links are told apart, decided once a label: decided for each link, a record of thousands
        // of links (an abstract of addresses) took minutes
        Map<String, Integer> numbered = new HashMap<>();
        Map<String, Function<Views.ExternalLink, String>> apart = new HashMap<>();
        byLabel.forEach((label, alike) -> apart.put(label, alike.size() == 1 ? link -> ""
                : allDiffer(alike, OutboundLinks::repositoryOrSite) ? link -> " (" + repositoryOrSite(link) + ")"
                : allDiffer(alike, Views.ExternalLink::host) ? link -> " (" + link.host() + ")"
                : link -> " " + numbered.merge(label, 1, Integer::sum)));
        List<Views.ExternalLink> told = new ArrayList<>(links.size());
        for (Views.ExternalLink link : links) {
            String label = link.label() + apart.get(link.label()).apply(link);
            told.add(label.equals(link.label()) ? link : new Views.ExternalLink(label, link.url(), link.host()));
        }
        return told;
    }

    private static boolean allDiffer(List<Views.ExternalLink> links, Function<Views.ExternalLink, String> name) {
        return links.stream().map(name).distinct().count() == links.size();
    }

    /** "owner/name" of a link to a repository (on GitLab, its groups too), else the link's site. */
    private static String repositoryOrSite(Views.ExternalLink link) {
        if (!REPOSITORY_HOSTS.contains(link.host())) {
            return link.host();
        }
        String path;
        try {
            path = URI.create(link.url()).getRawPath(); // as written: a decoded "%2F" or bidi mark would pose as a name
        } catch (IllegalArgumentException e) {
            return link.host();
        }
        List<String> segments = new ArrayList<>(List.of(path == null ? new String[0] : path.split("/")));
        segments.removeIf(String::isEmpty);
        if (link.host().equals("huggingface.co") && !segments.isEmpty()
                && List.of("datasets", "spaces", "models").contains(segments.get(0))) {
            segments.remove(0);
        }
        // GitLab's groups nest, and its pages of a repository begin "/-/": gitlab.com/group/sub/name/-/tree/main
        int end = !link.host().equals("gitlab.com") ? Math.min(2, segments.size())
                : segments.contains("-") ? segments.indexOf("-") : segments.size();
        if (end < 2 || link.host().equals("huggingface.co") && segments.get(0).equals("papers")) {
            return link.host();
        }
        return String.join("/", segments.subList(0, end)).replaceFirst("\\.git$", "");
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
