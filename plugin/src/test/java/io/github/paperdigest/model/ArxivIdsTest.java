package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArxivIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2401.01234,            2401.01234",
            "2401.01234v2,          2401.01234",
            "arXiv:2401.01234,      2401.01234",
            "arXiv:2401.01234v12,   2401.01234",
            "ARXIV:2401.01234,      2401.01234",
            "'  arXiv:2401.01234  ', 2401.01234",
            "0704.0001,             0704.0001",
            "1412.6980,             1412.6980",
    })
    void newStyleIdsAreParsedWithOrWithoutPrefixAndVersion(String text, String id) {
        assertEquals(Optional.of(id), ArxivIds.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "hep-th/9901001,           hep-th/9901001",
            "hep-th/9901001v3,         hep-th/9901001",
            "arXiv:hep-th/9901001,     hep-th/9901001",
            "math.AG/0309136,          math.AG/0309136",
            "arXiv:math.ag/0309136v1,  math.AG/0309136",
            "HEP-TH/9901001,           hep-th/9901001",
            "cond-mat/0102536,         cond-mat/0102536",
    })
    void oldStyleIdsAreParsedWithArchiveInLowerCaseAndSubjectClassInCapitals(String text, String id) {
        assertEquals(Optional.of(id), ArxivIds.parse(text));
    }

    @ParameterizedTest(name = "{0} was given in {1}")
    @CsvSource({
            "2310.20700,          2023",
            "arXiv:2401.01234v2,  2024",
            "0704.0001,           2007",
            "1412.6980,           2014",
            "hep-th/9901001,      1999",
            "hep-th/9108001,      1991",
            "math.AG/0309136,     2003",
            "cond-mat/0703999,    2007",
    })
    void anIdSaysTheYearItWasGivenIn(String id, int year) {
        assertEquals(Optional.of(year), ArxivIds.year(id));
    }

    @ParameterizedTest(name = "{0} was given in {1}")
    @CsvSource({
            "2310.20700,      2023-10",
            "0704.0001,       2007-04",
            "hep-th/9901001,  1999-01",
            "math.AG/0309136, 2003-09",
    })
    void anIdSaysTheMonthItWasGivenIn(String id, String month) {
        assertEquals(Optional.of(java.time.YearMonth.parse(month)), ArxivIds.yearMonth(id));
    }

    @Test
    void digitsThatNameNoMonthGiveNone() {
        assertEquals(Optional.empty(), ArxivIds.yearMonth("2313.00001"));
        assertEquals(Optional.empty(), ArxivIds.yearMonth("2300.00001"));
    }

    @Test
    void aTextThatIsNoIdHasNoYear() {
        assertEquals(Optional.empty(), ArxivIds.year("not an id"));
        assertEquals(Optional.empty(), ArxivIds.year(null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not an id", "2401.123", "2401.012345", "24010.1234", "arXiv:", "2401.01234v",
            "see 2401.01234", "2401.01234 and more", "hep-th/990100", "https://arxiv.org/abs/2401.01234"})
    void textThatIsNotWhollyAnArxivIdIsRejected(String text) {
        assertEquals(Optional.empty(), ArxivIds.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://arxiv.org/abs/2401.01234,                 2401.01234",
            "https://arxiv.org/abs/2401.01234v2,               2401.01234",
            "http://arxiv.org/abs/2401.01234?context=cs.CV,    2401.01234",
            "https://arxiv.org/pdf/2401.01234,                 2401.01234",
            "https://arxiv.org/pdf/2401.01234v3.pdf,           2401.01234",
            "https://arxiv.org/pdf/2401.01234.pdf,             2401.01234",
            "https://arxiv.org/html/2401.01234v1,              2401.01234",
            "https://www.arxiv.org/abs/2401.01234,             2401.01234",
            "https://export.arxiv.org/abs/hep-th/9901001v2,    hep-th/9901001",
            "https://arxiv.org/abs/math.AG/0309136,            math.AG/0309136",
            "https://huggingface.co/papers/2412.12075,         2412.12075",
            "https://huggingface.co/papers/2406.14130#community, 2406.14130",
            "https://www.alphaxiv.org/abs/2501.12375,          2501.12375",
            "https://www.alphaxiv.org/overview/2406.06040v2,   2406.06040",
            "https://alphaxiv.org/abs/hep-th/9901001,          hep-th/9901001",
    })
    void theIdIsTakenFromTheUrlOfAPaperPageOnArxivHuggingFaceOrAlphaxiv(String url, String id) {
        assertEquals(Optional.of(id), ArxivIds.fromUrl(url));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://github.com/org/2401.01234", "https://huggingface.co/2401.01234",
            "https://huggingface.co/papers/hep-th/9901001", "https://paperswithcode.com/paper/2401.01234",
            "https://fooarxiv.org/abs/2401.01234", "https://www.alphaxiv.org/explore",
            "https://arxiv.org/", "https://arxiv.org/list/cs.CV/recent", "https://arxiv.org/abs/",
            "https://arxiv.org/abs/not-an-id"})
    void urlsThatNameNoArxivPaperGiveNoId(String url) {
        assertEquals(Optional.empty(), ArxivIds.fromUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2401.01234", "http://export.arxiv.org/abs/2401.01234v2",
            "https://arxiv.org/pdf/2401.01234v3.pdf", "https://www.arxiv.org/html/2401.01234v1"})
    void arxivsOwnPagesOfAPaperNameItsId(String url) {
        assertEquals(Optional.of("2401.01234"), ArxivIds.fromArxivUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://huggingface.co/papers/2401.01234", "https://www.alphaxiv.org/abs/2401.01234",
            "https://github.com/org/2401.01234"})
    void otherSitesPagesOfAPaperAreNoneOfArxivs(String url) {
        assertEquals(Optional.empty(), ArxivIds.fromArxivUrl(url));
    }

    @Test
    void huggingFaceHasPagesForNewStyleIdsOnly() {
        assertEquals(Optional.of("https://huggingface.co/papers/2401.01234"), ArxivIds.huggingFacePage("arXiv:2401.01234v2"));
        assertEquals(Optional.empty(), ArxivIds.huggingFacePage("hep-th/9901001"), "huggingface.co/papers/hep-th/... is dead");
    }

    @Test
    void aPaperIdFromAnArxivIdIgnoresPrefixAndVersion() {
        assertEquals(PaperId.ofArxiv("2401.01234"), PaperId.ofArxiv("arXiv:2401.01234v3"));
    }

    @Test
    void aPaperIdFromATitleIgnoresCaseAndPunctuation() {
        assertEquals(PaperId.ofTitle("Video-CCAM: Enhancing"), PaperId.ofTitle("video ccam enhancing"));
    }
}
