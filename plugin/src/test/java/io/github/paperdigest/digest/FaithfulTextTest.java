package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaithfulTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "when we talk about ``Shiba Inu'', one may care|when we talk about “Shiba Inu”, one may care",
        "the `best' model|the ‘best’ model",
        "44\\% higher memorability and R\\&D|44% higher memorability and R&D",
        "runs in $O(n^2)$ time with $\\alpha \\le 0.5$|runs in O(n²) time with α ≤ 0.5",
        "a $\\times 4$ speed-up on $\\mathcal{D}_{1}$|a × 4 speed-up on D₁",
        "costs $5 and $10 per hour|costs $5 and $10 per hour",
        "the dataset -- VideoXum -- and more---much more|the dataset – VideoXum – and more—much more",
        "see https://x.org/a--b and <!-- comments -->|see https://x.org/a--b and <!-- comments -->",
        "\\textbf{bold} and \\emph{leaning} words|bold and leaning words",
        "an unknown \\foo command stays|an unknown \\foo command stays",
    })
    void texLeftoversBecomeWhatTheyStandForAndEveryWordIsKept(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    @org.junit.jupiter.api.Test
    void hardLineWrapsAndRunsOfWhiteSpaceBecomeSingleSpaces() {
        assertEquals("hard wrapped lines", FaithfulText.clean("  hard\n wrapped\t\r\nlines  "));
    }
}
