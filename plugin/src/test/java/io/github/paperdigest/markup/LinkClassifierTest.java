package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.LinkKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkClassifierTest {

    private final LinkClassifier classifier = new LinkClassifier();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "https://github.com/QQ-MM/Video-CCAM,                       CODE",
            "https://www.github.com/a/b,                                CODE",
            "https://GitHub.com/a/b,                                    CODE",
            "https://gitlab.com/a/b,                                    CODE",
            "https://paperswithcode.com/paper/x,                        CODE",
            "https://wangqiang9.github.io/Controllable.github.io/,      PROJECT",
            "https://video-mme.github.io,                               PROJECT",
            "https://team.gitlab.io/project,                            PROJECT",
            "https://sites.google.com/view/project,                     PROJECT",
            "https://arxiv.org/abs/2401.01234,                          PAPER",
            "https://doi.org/10.1000/182,                               DOI",
            "https://www.doi.org/10.1000/182,                           DOI",
            "https://DOI.org/10.1000/x.pdf,                             DOI",
            "https://openreview.net/forum?id=abc,                       PAPER",
            "https://huggingface.co/papers/2401.01234,                  PAPER",
            "https://www.alphaxiv.org/abs/2501.12375,                   PAPER",
            "https://www.alphaxiv.org/overview/2406.06040,              PAPER",
            "https://aclanthology.org/2024.acl-long.1/,                 PAPER",
            "https://www.semanticscholar.org/paper/abc,                 PAPER",
            "https://dx.doi.org/10.1000/182,                            DOI",
            "https://dl.acm.org/doi/10.1145/3292500.3330701,            PAPER",
            "https://export.arxiv.org/abs/2401.01234,                   PAPER",
            "https://arxiv.org/pdf/2401.01234,                          PDF",
            "https://example.org/paper.PDF,                             PDF",
            "https://huggingface.co/datasets/WenhaoWang/VideoUFO,       DATASET",
            "https://www.kaggle.com/datasets/user/set,                  DATASET",
            "https://zenodo.org/records/123,                            DATASET",
            "https://huggingface.co/spaces/org/demo,                    DEMO",
            "https://huggingface.co/org/model-7b,                       MODEL",
            "https://youtu.be/gCuUyGETbTU,                              VIDEO",
            "https://www.youtube.com/watch?v=abc,                       VIDEO",
            "https://vimeo.com/123,                                     VIDEO",
            "https://yuewen.cn/videos,                                  OTHER",
            "https://example.org/,                                      OTHER",
            "https://github.io.evil.example/x,                          OTHER",
            "https://example.org/has space,                             OTHER",
    })
    void aUrlIsClassifiedByItsHostAndPath(String url, LinkKind kind) {
        assertEquals(kind, classifier.classify(url));
    }

    /** A reader's kind for a link, from the field it was in, stands; but a DOI's address is a DOI whatever its field. */
    @ParameterizedTest(name = "{0} given as {1} is {2}")
    @CsvSource({
            "https://doi.org/10.1000/182,                 PAPER,   DOI",
            "https://dx.doi.org/10.1000/182,              PROJECT, DOI",
            "https://openreview.net/forum?id=abc,         PAPER,   PAPER",
            "https://example.org/paper,                   PAPER,   PAPER",
            "https://github.com/a/b,                      PROJECT, PROJECT",
            "https://dl.acm.org/doi/10.1145/3292500.33,   PDF,     PDF",
    })
    void aKindGivenStandsButForADoisAddress(String url, LinkKind given, LinkKind kind) {
        assertEquals(kind, classifier.classify(url, given));
    }
}
