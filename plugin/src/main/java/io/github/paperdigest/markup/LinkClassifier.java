package io.github.paperdigest.markup;

import io.github.paperdigest.model.LinkKind;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Says what a URL most likely points at, from its host and path. */
public final class LinkClassifier {

    /** Hosts whose pages are papers: preprint servers, DOIs, proceedings, publishers' and indexes' paper pages. */
    private static final Set<String> PAPER_HOSTS = Set.of("arxiv.org", "openreview.net",
            "aclanthology.org", "semanticscholar.org", "api.semanticscholar.org", "dl.acm.org", "ieeexplore.ieee.org",
            "link.springer.com", "proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc",
            "proceedings.mlr.press", "openaccess.thecvf.com", "jmlr.org", "ojs.aaai.org", "ijcai.org", "biorxiv.org",
            "medrxiv.org", "pubmed.ncbi.nlm.nih.gov");

    /**
     * The kind of a link a reader has a kind for ({@code given}, from a field's name: "pdf", "code", a DOI field), or
     * null when it has none: a DOI's address is a {@link LinkKind#DOI} whatever it was given as (a record's "url",
     * a BibTeX "doi", an Atom feed's "doi" link), so that every DOI link is told the same; else the kind given, or
     * the one its address says.
     */
    public LinkKind classify(String url, LinkKind given) {
        LinkKind classified = classify(url);
        return classified == LinkKind.DOI || given == null ? classified : given;
    }

    public LinkKind classify(String url) {
        String host;
        String path;
        try {
            URI uri = URI.create(url);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return LinkKind.OTHER;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.equals("doi.org") || host.equals("dx.doi.org")) {
            return LinkKind.DOI; // before the PDF's rule: a DOI may end in ".pdf" and still be a DOI
        }
        if (path.endsWith(".pdf") || host.equals("arxiv.org") && path.startsWith("/pdf/")) {
            return LinkKind.PDF;
        }
        if (PAPER_HOSTS.contains(host) || host.endsWith(".arxiv.org")
                || host.equals("huggingface.co") && path.startsWith("/papers/")
                || host.equals("alphaxiv.org") && (path.startsWith("/abs/") || path.startsWith("/overview/"))
                || host.equals("aclweb.org") && path.startsWith("/anthology/")
                || host.equals("ncbi.nlm.nih.gov") && path.startsWith("/pmc/")
                || host.equals("nature.com") && path.startsWith("/articles/")
                || host.equals("sciencedirect.com") && path.startsWith("/science/article/")) {
            return LinkKind.PAPER;
        }
        if (host.equals("github.com") || host.equals("gitlab.com") || host.equals("bitbucket.org")
                || host.equals("codeberg.org") || host.equals("gitee.com") || host.equals("paperswithcode.com")) {
            return LinkKind.CODE;
        }
        if (host.equals("huggingface.co")) {
            if (path.startsWith("/datasets/")) {
                return LinkKind.DATASET;
            }
            if (path.startsWith("/spaces/")) {
                return LinkKind.DEMO;
            }
            return LinkKind.MODEL;
        }
        if (host.equals("kaggle.com") && path.startsWith("/datasets") || host.equals("zenodo.org")
                || host.equals("figshare.com")) {
            return LinkKind.DATASET;
        }
        if (host.equals("youtube.com") || host.equals("youtu.be") || host.equals("vimeo.com")
                || host.equals("bilibili.com")) {
            return LinkKind.VIDEO;
        }
        if (host.endsWith(".github.io") || host.endsWith(".gitlab.io") || host.endsWith(".pages.dev")
                || host.startsWith("sites.google.com")) {
            return LinkKind.PROJECT;
        }
        return LinkKind.OTHER;
    }
}
