package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.paperdigest.model.TexMath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        // an accent over nothing is the mark alone, as TeX sets it: a home folder, a caret
        "files in \\~{}user/data and x\\^{}2|files in ~user/data and x^2",
    })
    void texLeftoversBecomeWhatTheyStandForAndEveryWordIsKept(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Using 96 frames (6times the training number of frames)|Using 96 frames (6× the training number of frames)",
        "a 3times3 kernel and 10times.|a 3×3 kernel and 10×.",
        "with sim10 steps and approx2 hours|with ~10 steps and ≈2 hours",
        "accuracy 0.5pm0.1 for leq5 layers|accuracy 0.5±0.1 for ≤5 layers",
        "a delay of leq5 ms, not geq10|a delay of ≤5 ms, not ≥10",
        // each symbol on its own, and after an earlier use of the same letters that is plain English
        "sometimes 6times faster|sometimes 6× faster",
        "a sequence of leq5|a sequence of ≤5",
        "development at 0.5pm0.1|development at 0.5±0.1",
        "approx2 hours|≈2 hours",
        "simulation with sim10|simulation with ~10",
    })
    void texLeftoversOfACopiedPageBecomeSymbolsWhenTheEvidenceIsUnambiguous(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    /** The symbols are those the BibTeX writer spells (TexSymbols), so a formula of any of them is text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$A \\oplus B$ for $p(x \\mid y)$|A ⊕ B for p(x ∣ y)",
        "$\\langle x, y \\rangle$ in $\\mathbb{C}^n$|⟨ x, y ⟩ in ℂⁿ",
        "$\\upsilon$, $\\Xi$ and $\\iota$|υ, Ξ and ι",
        // the variants' commands as the plain letters a digest in Unicode writes
        "$\\epsilon$-greedy and $\\varepsilon$-greedy, $\\phi$ and $\\varphi$|ε-greedy and ε-greedy, φ and φ",
        "$\\mathbf{R}^2$ and $\\mathrm{A}$|R² and A",
    })
    void everySymbolTheBibTexWriterSpellsIsRead(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "sometimes 6 times faster, at times",
        "a simulation at 5pm with approximately 3 leqs",
        "similar to times10 and sim-2",
        "the 1990s times were good",
    })
    void ordinaryWordsAreNeverRewritten(String text) {
        assertEquals(text, FaithfulText.clean(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a ratio $\\frac{a}{b}$ of two",
        "a loss \\(L \\propto N^{-\\alpha}\\) that falls",
        "in all $$\\sum_{i=1}^{n} x_i$$ of them",
        "a square root \\[\\sqrt{2}\\] displayed",
    })
    void aFormulaPlainTextCannotSayWholeIsKeptAsTexForTheThemeToRender(String text) {
        assertEquals(text, FaithfulText.clean(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a set $\\{1,\\dots,n\\}$ here|a set {1,…,n} here",
        "over $\\{x_1, x_2\\}$ pairs|over {x₁, x₂} pairs",
        "the set \\(\\{0\\}\\) alone|the set {0} alone",
        // grouping braces still go, and a formula with a brace that text cannot pair stays TeX
        "in $\\mathbb{R}^{2}$ and $\\{\\alpha\\}^{n}$|in ℝ² and {α}ⁿ",
        "a set $\\{x : \\frac{1}{x}\\}$ given|a set $\\{x : \\frac{1}{x}\\}$ given",
    })
    void theBracesOfASetAreKeptWhenItsFormulaBecomesText(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    @org.junit.jupiter.api.Test
    void onlyTheFormulasPlainTextCannotSayAreKept() {
        assertEquals("with α ≈ 0.07 and $\\frac{1}{2}$, both – and \\foo",
                FaithfulText.clean("with $\\alpha \\approx 0.07$ and $\\frac{1}{2}$, both -- and \\foo"));
    }

    @org.junit.jupiter.api.Test
    void hardLineWrapsAndRunsOfWhiteSpaceBecomeSingleSpaces() {
        assertEquals("hard wrapped lines", FaithfulText.clean("  hard\n wrapped\t\r\nlines  "));
    }

    @Test
    void cleaningTwiceChangesNothingTheFirstCleaningLeft() {
        // a reader cleans a field and the entry cleans it again; found by the round-trip property
        // (seed -5795424612252617767, try 24), where "` `single' 'A" became "‘ ‘single’ ’A"
        // and (seed 8590445170494132113, try 3) where a formula said as text let the dollars on either side pair up
        for (String text : new String[] {"` `single' 'AAAAAAA", "``quoted'' and `single' and don't", "a ` b ' c",
                "`x' `y'", "```odd''", "\u200D \uFDD0$5 and $10jyx A- lium$ alpha le 0.5$ noz"}) {
            String once = FaithfulText.clean(text);
            assertEquals(once, FaithfulText.clean(once), text);
        }
        assertEquals("` ‘single’ 'AAAAAAA", FaithfulText.clean("` `single' 'AAAAAAA"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$3\\times$ faster with $\\mathcal{O}(n)$ memory|3× faster with O(n) memory",
        "$2\\times$ smaller and $4\\times$ faster|2× smaller and 4× faster",
        "$\\mathbf{x}$ and $10\\%$ better with $k$ experts|x and 10% better with k experts",
        "$\\frac{a}{b}$ faster with $\\sqrt{n}$ memory|$\\frac{a}{b}$ faster with $\\sqrt{n}$ memory",
        "\\(3\\times\\) faster with $$\\sum_i x_i$$ and $k$ experts|3× faster with $$\\sum_i x_i$$ and k experts",
        "a price of \\$5 with $k$ experts|a price of $5 with k experts",
        // a formula right before a number is one unless it starts with a digit: no dollars left around "~564k"
        "small ($<$1B) models, with ($\\sim$564k instances) at $0.08 each|small (<1B) models, with (~564k instances) at $0.08 each",
        // said as text, $x$ would leave "$5 and x up to 0.5$", which reads as one formula whose dollars go: kept as TeX
        "from $5 and $x$ up to 0.5$ more|from $5 and $x$ up to 0.5$ more",
        // while a formula kept as TeX stands between them, they cannot pair
        "from $5 and $\\alpha$ and $\\frac{a}{b}$ up to 0.5$ more|from $5 and α and $\\frac{a}{b}$ up to 0.5$ more",
    })
    void formulasArePairedLeftToRightSoTheWordsBetweenThemStayText(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    /**
     * TeX's escaped dollar is a dollar. The text keeps it bare where it cannot be taken for a delimiter, and escaped
     * where it could: "\$x\$" written "$x$" is the formula x, and the page would show x where the digest said $x$.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a token costs \\$x\\$ per call|a token costs \\$x\\$ per call",
        "a price of \\$5 and \\$10|a price of $5 and $10",
        "costs \\$x\\$ and $\\alpha$ more|costs \\$x\\$ and α more",
        "costs \\$x\\$ and $\\frac{a}{b}$ more|costs \\$x\\$ and $\\frac{a}{b}$ more",
        "\\textbf{\\$x\\$} per call|\\$x\\$ per call",
        // in a formula said as text the dollar is text too, when it then pairs with no other
        "a $\\$5$ fee|a $5 fee",
    })
    void anEscapedDollarStaysEscapedWhereABareOneWouldOpenAFormula(String in, String expected) {
        String once = FaithfulText.clean(in);
        assertEquals(expected, once);
        assertEquals(once, FaithfulText.clean(once), "cleaning again changes nothing");
        assertEquals(List.of(), TexMath.split(once).stream().filter(TexMath.Piece::math)
                .filter(p -> p.tex().equals("x")).toList(), "x is no formula");
    }

    /**
     * Random prose with formulas between its words, some that text can say and some kept as TeX: every word of the
     * prose is still there, in order, outside every formula, after cleaning (twice, as a reader and the entry do).
     */
    @Test
    void everyWordBetweenFormulasStaysOutsideMath() {
        String[] words = {"faster", "with", "memory", "and", "better", "experts", "smaller", "model", "than", "costs"};
        String[] formulas = {"$3\\times$", "$\\mathcal{O}(n)$", "$k$", "$10\\%$", "$\\frac{a}{b}$", "\\(\\sqrt{n}\\)",
            "$$\\sum_i x_i$$", "$\\mathbf{x}$", "$x^{-\\alpha}$", "$\\alpha \\le 0.5$", "\\$5", "$O(n^2)$"};
        java.util.Random random = new java.util.Random(20240118);
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            List<String> prose = new ArrayList<>();
            for (int n = 3 + random.nextInt(12); n > 0; n--) {
                if (random.nextInt(3) == 0) {
                    text.append(formulas[random.nextInt(formulas.length)]);
                } else {
                    String word = words[random.nextInt(words.length)];
                    prose.add(word);
                    text.append(word);
                }
                text.append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String cleaned = FaithfulText.clean(FaithfulText.clean(text.toString()));
            StringBuilder outside = new StringBuilder();
            for (TexMath.Piece piece : TexMath.split(cleaned)) {
                if (piece.math()) {
                    for (String word : words) {
                        assertFalse(piece.tex().contains(word), word + " inside " + piece.text() + " of: " + text);
                    }
                } else {
                    outside.append(piece.text()).append(' ');
                }
            }
            List<String> kept = java.util.Arrays.stream(outside.toString().split("[^a-z]+"))
                    .filter(w -> List.of(words).contains(w)).toList();
            assertEquals(prose, kept, "from: " + text + "\ncleaned: " + cleaned);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "J\\\"urgen M\\\"uller|Jürgen Müller",
        "Fran\\c{c}ois Gar\\c{c}on|François Garçon",
        "Pawe{\\l} Ma{\\l}ecki|Paweł Małecki",
        "C. Bal\\'azs|C. Balázs",
        "M\\\"obius and Erd\\H{o}s with $\\tilde{x}$ kept|Möbius and Erdős with $\\tilde{x}$ kept",
    })
    void texAccentsAndLettersAreTheLettersTheySpell(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    /** Leftovers of TeX found in the abstracts of the labelled arXiv corpus, each as the text it stands for. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "tuning \\textsc{\\small{gpt-oss-20b}} and \\textsc{\\small{Qwen3}}|tuning gpt-oss-20b and Qwen3",
        "\\textbf{\\underline{P}}ersona-Aware \\underline{Circ}uit|Persona-Aware Circuit",
        "research. \\textcolor{red}{Warning: harmful text.}|research. Warning: harmful text.",
        "at \\href{https://github.com/x/y}{\\color[RGB]{175,36,67}{LCLM-Horizon}}.|at LCLM-Horizon (https://github.com/x/y).",
        "two metrics: {\\it target similarity} and {\\bf knowledge}|two metrics: target similarity and knowledge",
        "direction.\\footnote{Code is at https://x.org/a}|direction. (Code is at https://x.org/a)",
        "Fig.~1, available on~\\href{https://x.org}{GitHub} and at~https://hf.co/m|Fig. 1, available on GitHub (https://x.org) and at https://hf.co/m",
        "a generation module~(MLAG) and we introduce {T2V-Complexity}, not \\{a, b\\}|a generation module (MLAG) and we introduce T2V-Complexity, not {a, b}",
        "Dropping (\\textbf{V$^2$Drop}) with \\mbox{PSNR $=$15.2}|Dropping (V²Drop) with PSNR =15.2",
        "PM\\textsuperscript{4}Bench, the 5\\textsuperscript{th} run and H\\textsubscript{2}O|PM⁴Bench, the 5th run and H₂O",
        // a tilde after a space or a bracket is "about", and one in an address is part of it
        "only ~6% (~2M clips) at https://x.org/a~b and www.x.org/~u|only ~6% (~2M clips) at https://x.org/a~b and www.x.org/~u",
        // and one between numbers a range, as the sample digest's "short (1~2s) video clips" has it
        "short (1~2s) clips, v1~v3|short (1~2s) clips, v1~v3",
    })
    void arxivsFormattingCommandsAndTiesAreTheirText(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }

    @Test
    void aWordOfManyTiesOrAnOpenCommandAroundDollarsIsReadInLinearTime() {
        // the tie's address check once walked back to the word's start at every tie: quadratic in a word of ties
        String ties = "a~".repeat(300_000) + "b";
        String open = "\\textbf{".repeat(40_000) + "$".repeat(150_000) + "-".repeat(150_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("a ".repeat(300_000) + "b", FaithfulText.clean(ties));
            FaithfulText.clean(open);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "90\\textdegree{} rotations and a 5\\texttimes{} speedup|90° rotations and a 5× speedup",
        "0.5\\textpm{}0.1 at 10 \\textmu{}m, \\textsection 3|0.5±0.1 at 10 µm, § 3",
        "Name\\textregistered and Mark\\texttrademark{} for \\textasciitilde 5|Name® and Mark™ for ~ 5",
        "\\textit{italic}, \\textsc{small} and \\texttt{mono}|italic, small and mono",
        "code at \\url{https://github.com/foo/bar}|code at https://github.com/foo/bar",
        "see \\href{https://example.com/proj}{the project page}|see the project page (https://example.com/proj)",
        "ShapeNet~\\cite{shapenet} stays|ShapeNet \\cite{shapenet} stays",
    })
    void textModeSymbolsAndTextCommandsAreReadAndOthersKeptAsWritten(String in, String expected) {
        assertEquals(expected, FaithfulText.clean(in));
    }
}
