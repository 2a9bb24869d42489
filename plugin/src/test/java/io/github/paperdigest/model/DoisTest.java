package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A DOI is read bare, as a resolver's address, and from a publisher's page named by it; never guessed elsewhere. */
class DoisTest {

    @Test
    void aDoiIsReadBareWithItsPrefixOrAsAResolversAddressInLowerCase() {
        assertEquals(Optional.of("10.1145/3292500.3330701"), Dois.parse("doi:10.1145/3292500.3330701"));
        assertEquals(Optional.of("10.1109/tpami.2021.3054719"), Dois.parse("https://doi.org/10.1109/TPAMI.2021.3054719"));
        assertEquals(Optional.empty(), Dois.parse("https://arxiv.org/abs/2401.09414"));
    }

    @Test
    void aPublishersPageNamedByItsDoiGivesIt() {
        assertEquals(Optional.of("10.1137/1.9781611972825.19"),
                Dois.inPublisherUrl("https://epubs.siam.org/doi/abs/10.1137/1.9781611972825.19"));
        assertEquals(Optional.of("10.1145/3292500.3330701"), Dois.inPublisherUrl("https://dl.acm.org/doi/10.1145/3292500.3330701"));
        assertEquals(Optional.of("10.1002/widm.1249"),
                Dois.inPublisherUrl("https://onlinelibrary.wiley.com/doi/full/10.1002/widm.1249?af=R#section"));
        assertEquals(Optional.of("10.1007/s11042-018-6463-x"),
                Dois.inPublisherUrl("https://link.springer.com/article/10.1007/s11042-018-6463-x"));
        assertEquals(Optional.of("10.1007/978-3-030-58452-8_13"),
                Dois.inPublisherUrl("https://link.springer.com/content/pdf/10.1007/978-3-030-58452-8_13.pdf"));
        assertEquals(Optional.of("10.1080/01621459.2017.1285773"),
                Dois.inPublisherUrl("https://www.tandfonline.com/doi/full/10.1080%2F01621459.2017.1285773"));
    }

    /** What a publisher's page shows, named after the DOI, is no part of it. */
    @Test
    void thePageAPublisherNamesAfterTheDoiIsLeftOut() {
        assertEquals(Optional.of("10.1111/j.1467-8659.2009.01645.x"),
                Dois.inPublisherUrl("https://onlinelibrary.wiley.com/doi/10.1111/j.1467-8659.2009.01645.x/abstract"));
        assertEquals(Optional.of("10.1088/1361-6420/ac1234"),
                Dois.inPublisherUrl("https://iopscience.iop.org/article/10.1088/1361-6420/ac1234/pdf"));
        assertEquals(Optional.of("10.1007/s11263-023-01234-5"),
                Dois.inPublisherUrl("https://link.springer.com/article/10.1007/s11263-023-01234-5/fulltext.html"));
        assertEquals(Optional.of("10.1145/3613904.3642000"), Dois.inPublisherUrl("https://dl.acm.org/doi/10.1145/3613904.3642000/"));
        assertEquals(Optional.empty(), Dois.inPublisherUrl("https://dl.acm.org/doi/10.5555/3495724.3496123"),
                "ACM's 10.5555 names an entry with no DOI");
    }

    @Test
    void anAddressThatNamesNoDoiWhereAPublisherPutsOneGivesNone() {
        assertEquals(Optional.empty(), Dois.inPublisherUrl("https://ieeexplore.ieee.org/abstract/document/9392366"));
        assertEquals(Optional.empty(), Dois.inPublisherUrl("https://example.org/blog/10.1145/3292500.3330701"));
        assertEquals(Optional.empty(), Dois.inPublisherUrl("https://github.com/org/repo/doi/notes"));
    }

    /** "#" would end the address and "?" begin a query: doi.org would resolve another DOI, or none. */
    @Test
    void aDoisAddressEscapesTheCharactersAnAddressReserves() {
        assertEquals("https://doi.org/10.1145/3292500.3330701", Dois.url("10.1145/3292500.3330701"));
        assertEquals("https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-%23",
                Dois.url("10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#"));
        assertEquals("https://doi.org/10.1000/a%3Fb%25c%22d%20e", Dois.url("10.1000/a?b%c\"d e"));
    }

    @Test
    void aResolversAddressIsReadAsTheDoiItsEscapesStandForAndABareDoiAsWritten() {
        assertEquals(Optional.of("10.1000/a?b%c#d"), Dois.parse("https://doi.org/10.1000/a%3Fb%25c%23d"));
        assertEquals(Optional.of("10.1000/a+b"), Dois.parse("https://dx.doi.org/10.1000/a+b"), "a path's + is a +");
        assertEquals(Optional.of("10.1000/50%25off"), Dois.parse("10.1000/50%25off"), "a bare DOI is as written");
        assertEquals(Optional.of("10.1000/a%zz"), Dois.parse("https://doi.org/10.1000/a%zz"), "no escape, kept");
        String sici = "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#";
        assertEquals(Optional.of(sici), Dois.parse(Dois.url(sici)));
    }

    /** The address names the DOI in its path: what follows a "#" or a "?" is a place in the page, or a tracker's. */
    @Test
    void aResolversAddressWithAFragmentOrAQueryNamesTheDoiOfItsPath() {
        assertEquals(Optional.of("10.1145/3292500.3330701"), Dois.parse("https://doi.org/10.1145/3292500.3330701#sec1"));
        assertEquals(Optional.of("10.1145/3292500.3330701"),
                Dois.parse("https://doi.org/10.1145/3292500.3330701?utm_source=feed"));
        assertEquals(Optional.of("10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-#"),
                Dois.parse("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#"),
                "a SICI DOI pasted unescaped ends in its own #");
        assertEquals(Optional.of("10.1000/a#b"), Dois.parse("doi:10.1000/a#b"), "not an address: as written");
        assertEquals(Optional.of("10.1000/a#b"), Dois.parse("10.1000/a#b"), "a bare DOI is as written");
    }

    /**
     * doi.org reads an address's escapes as UTF-8: "%E9" (Latin-1's é) is none, and was decoded to U+FFFD without a
     * word, a DOI that is no DOI. Such an address names no DOI, and which escape is at fault can be told.
     */
    @Test
    void anEscapeThatIsNoUtf8CharacterNamesNoDoiAndIsNamed() {
        assertEquals(Optional.empty(), Dois.parse("https://doi.org/10.1000/caf%E9"));
        assertEquals(Optional.of("%E9"), Dois.escapeNotUtf8("https://doi.org/10.1000/caf%E9"));
        assertEquals(Optional.empty(), Dois.inPublisherUrl("https://dl.acm.org/doi/10.1000/caf%E9"));
        assertEquals(Optional.of("10.1000/café"), Dois.parse("https://doi.org/10.1000/caf%C3%A9"));
        assertEquals(Optional.empty(), Dois.escapeNotUtf8("https://doi.org/10.1000/caf%C3%A9"));
        assertEquals(Optional.of("%C3"), Dois.escapeNotUtf8("https://doi.org/10.1000/caf%C3"), "half a character");
    }

    /**
     * A publisher's page is decoded as a resolver's address is, by one decoder: its "+" is a plus (URLDecoder made it
     * a space, and the DOI none).
     */
    @Test
    void aPublishersPageIsDecodedAsAPathIs() {
        assertEquals(Optional.of("10.1000/a+b/c"), Dois.inPublisherUrl("https://dl.acm.org/doi/10.1000%2Fa+b%2Fc"));
        assertEquals(Optional.of("10.1000/a+b/c"), Dois.parse("https://doi.org/10.1000%2Fa+b%2Fc"));
    }
}
