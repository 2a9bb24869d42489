package io.github.paperdigest.markup;

import io.github.paperdigest.model.LinkKind;
import java.net.URI;
import java.util.Locale;

/** Says what a URL most likely points at, from its host and path. */
public final class LinkClassifier {

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
        if (path.endsWith(".pdf") || host.equals("arxiv.org") && path.startsWith("/pdf/")) {
            return LinkKind.PDF;
        }
        if (host.equals("arxiv.org") || host.equals("doi.org") || host.equals("openreview.net")
                || host.equals("aclanthology.org") || host.equals("semanticscholar.org")
                || host.equals("huggingface.co") && path.startsWith("/papers/")) {
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
