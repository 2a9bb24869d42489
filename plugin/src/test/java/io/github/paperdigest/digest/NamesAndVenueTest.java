package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, then a named venue with its year, after the last comma: how reading lists write who and where. */
class NamesAndVenueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (Ho, Jain, Abbeel, NeurIPS 2020)    | Ho, Jain, Abbeel      | NeurIPS 2020
            (Ho, Jain, Abbeel, NeurIPS 2020     | Ho, Jain, Abbeel      | NeurIPS 2020
            Rombach et al., CVPR 2022           | Rombach et al.        | CVPR 2022
            Peebles & Xie, ICCV 2023            | Peebles & Xie         | ICCV 2023
            Jonathan Ho and Tim Salimans, arXiv 2022 | Jonathan Ho and Tim Salimans | arXiv 2022
            Theo van Gogh, ICML'24              | Theo van Gogh         | ICML'24
            """)
    void namesBeforeTheLastCommaAndANamedVenueWithItsYearAfterIt(String text, String names, String venue) {
        assertEquals(Optional.of(new NamesAndVenue(names, venue)), NamesAndVenue.of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NeurIPS, 2020
            Ho, Jain, 2020
            Code and data, CVPR 2022
            3D scenes, CVPR 2022
            CVPR 2022
            Ho, Jain, Abbeel, to appear
            """)
    void aYearAloneOrWordsThatAreNoNamesGiveNoSplit(String text) {
        assertEquals(Optional.empty(), NamesAndVenue.of(text));
    }
}
