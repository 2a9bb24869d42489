package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.VenueYear;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * arXiv's journal reference is the journal and where in it the paper is. Split where its whole has a shape journals
 * print, kept whole as the venue otherwise: a part misread would be cited, which is worse than a long venue.
 */
class JournalReferenceTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Phys. Rev. Lett. 89 (2002) 111102                  | Phys. Rev. Lett.   | 89  | -  | 111102    | 2002",
        "Nucl. Phys. B 912 (2016) 1-20                      | Nucl. Phys. B      | 912 | -  | 1–20     | 2016",
        "Phys. Rev. D 98, 030001 (2018)                     | Phys. Rev. D       | 98  | -  | 030001    | 2018",
        "Nature 521, 436-444 (2015)                         | Nature             | 521 | -  | 436–444  | 2015",
        "A&A 641, A6 (2020)                                 | A&A                | 641 | -  | A6        | 2020",
        "J. Mach. Learn. Res. 15(1):1929-1958 (2014)        | J. Mach. Learn. Res. | 15 | 1 | 1929–1958 | 2014",
        "Neural Computation 9(8):1735-1780, 1997            | Neural Computation | 9   | 8  | 1735–1780 | 1997",
        "JHEP 0805:001, 2008                                | JHEP               | 0805 | - | 001       | 2008",
        "IEEE Trans. Pattern Anal. Mach. Intell., vol. 45, no. 3, pp. 1-10, 2023 | IEEE Trans. Pattern Anal. Mach. Intell. | 45 | 3 | 1–10 | 2023",
        "Proceedings of ICML 2024, pp. 100-110              | Proceedings of ICML 2024 | - | - | 100–110 | -",
        "Pattern Recognition, Volume 145, 2024              | Pattern Recognition | 145 | - | -         | 2024",
        "J. Phys. Soc. Jpn. 66, 204 (1997).                 | J. Phys. Soc. Jpn. | 66  | -  | 204       | 1997",
        "Software: Practice and Experience 51 (8), 2021     | Software: Practice and Experience | 51 | 8 | - | 2021",
        "Journal of Applied Physics, vol 104, 073536 (2008) | Journal of Applied Physics | 104 | - | 073536 | 2008",
        "Math. Ann. 345, no. 2 (2009), 1-20                 | Math. Ann.         | 345 | 2  | 1–20      | 2009",
        "Duke Math. J. 161, no. 6 (2012), 1003-1067         | Duke Math. J.      | 161 | 6  | 1003–1067 | 2012",
    })
    void aReferenceOfAShapeJournalsPrintIsSplitIntoItsParts(String reference, String venue, String volume,
            String number, String pages, String year) {
        assertEquals(Optional.of(new JournalReference(venue, Optional.ofNullable(volume), Optional.ofNullable(number),
                Optional.ofNullable(pages), Optional.ofNullable(year))), JournalReference.parse(reference));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "CVPR 2024",
        "Accepted at NeurIPS 2023",
        "Proceedings of the 41st International Conference on Machine Learning, PMLR 235",
        "ICLR 2024, 2024",
        "Interspeech 2023, 1234-1238, 2023",
        "Proceedings of SIGGRAPH 2020 (2020) 12",
        "Phys.Rev.D76:074012,2007",
        "IEEE TPAMI, pp. 1-2, pp. 3-4",
        "12, 34-56 (2019)",
        "Nature 2015, 521, 436-444",
        "Phys. Rev. Lett. 100, 1 (2008); Erratum-ibid. 101, 2 (2008)",
        "Physica D 238 (2009), 1-10, and Phys. Rev. E 80, 1 (2009)",
        "Volume 12, no. 3, 2019",
        "Progr. Theoret. Phys. Suppl. No. 176 (2008), 1-10",
    })
    void aReferenceOfAnyOtherShapeIsKeptWholeAsTheVenue(String reference) {
        assertEquals(Optional.empty(), JournalReference.parse(reference));
    }

    @Test
    void arXivsListingEMailGivesTheJournalItsVolumePagesAndYear() throws IOException {
        PaperEntry paper = only(read(new ArxivListingDigestReader(new LinkFinder(), new LinkClassifier()), "listing.txt", """
                ------------------------------------------------------------------------------
                \\\\
                arXiv:1801.00001
                Date: Mon, 1 Jan 2018 00:00:00 GMT   (100kb)

                Title: Dark Matter in a Box
                Authors: Ada Quill
                Categories: hep-ph
                Journal-ref: Phys. Rev. D 98,
                  030001 (2018)
                \\\\
                  We put dark matter in a box.
                \\\\ ( https://arxiv.org/abs/1801.00001 ,  100kb)
                ------------------------------------------------------------------------------
                """));

        assertEquals(Optional.of("Phys. Rev. D"), paper.venue());
        assertEquals(Map.of("volume", "98", "pages", "030001", VenueYear.GIVEN_KEY, "2018"), citedParts(paper));
    }

    @Test
    void arXivsMetadataRecordsAndAtomFeedGiveTheSameParts() throws IOException {
        PaperEntry record = only(read(new ArxivJsonLinesDigestReader(new LinkFinder(), new LinkClassifier()),
                "snapshot.jsonl", "{\"id\": \"1409.0473\", \"title\": \"Long Memory\", \"abstract\": \"We remember.\","
                        + " \"journal-ref\": \"Neural Computation 9(8):1735-1780, 1997\"}\n"));
        PaperEntry entry = only(read(new ArxivAtomDigestReader(new LinkFinder(), new LinkClassifier()), "query.atom", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                  <entry>
                    <id>http://arxiv.org/abs/1409.0473v1</id>
                    <title>Long Memory</title>
                    <summary>We remember.</summary>
                    <arxiv:journal_ref>Neural Computation 9(8):1735-1780, 1997</arxiv:journal_ref>
                  </entry>
                </feed>
                """));

        for (PaperEntry paper : List.of(record, entry)) {
            assertEquals(Optional.of("Neural Computation"), paper.venue());
            assertEquals(Map.of("volume", "9", "number", "8", "pages", "1735–1780", VenueYear.GIVEN_KEY, "1997"), citedParts(paper));
        }
    }

    @Test
    void aReferenceWithoutSpacesIsTheVenueAsWrittenAsBefore() throws IOException {
        PaperEntry paper = only(read(new ArxivJsonLinesDigestReader(new LinkFinder(), new LinkClassifier()),
                "snapshot.jsonl", "{\"id\": \"0704.0001\", \"title\": \"Diphoton Production\", \"abstract\": \"We"
                        + " calculate diphotons.\", \"journal-ref\": \"Phys.Rev.D76:013009,2007\"}\n"));

        assertEquals(Optional.of("Phys.Rev.D76:013009,2007"), paper.venue());
        assertEquals(Map.of(), citedParts(paper));
    }

    /** The volume, issue, pages and journal's year a paper's extra metadata gives its citation. */
    private static Map<String, String> citedParts(PaperEntry paper) {
        Map<String, String> parts = new java.util.TreeMap<>(paper.extra());
        parts.keySet().retainAll(List.of("volume", "number", "pages", VenueYear.GIVEN_KEY));
        return parts;
    }

    private PaperEntry only(DigestFile digest) {
        assertEquals(1, digest.entries().size());
        return entry(digest, 0);
    }

    private PaperEntry entry(DigestFile digest, int index) {
        assertEquals(List.of(), warnings);
        return digest.entries().get(index);
    }

    private DigestFile read(DigestReader reader, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        DigestSource source = new DigestSource(name, file);
        return reader.read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }
}
