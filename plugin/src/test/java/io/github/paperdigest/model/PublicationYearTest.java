package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which {@code year} metadata is a year. Whether an entry has authors and a year, the date a page shows and the year a
 * paper is cited with all ask this one parser, so they count the same values.
 */
class PublicationYearTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "none", value = {
        // what the readers write: the year, or year and month
        "2019|2019",
        "2019-01|2019-01",
        // an ISO date: its year and month; the day is checked, then dropped
        "2019-01-15|2019-01",
        // RIS, whose parts after the year may be empty
        "2020///|2020",
        "2020/10//|2020-10",
        "2024/01/10/12:34:56|2024-01",
        // spaces around the value, as a hand-written digest may leave
        "\"  2019 \"|2019",
        "\" 2019-01\t\"|2019-01",
        // four digits are a year, whichever
        "1066|1066",
        // no year: approximate, too short, too long, or more than a year
        "c. 2019|none",
        "19|none",
        "20201|none",
        "2019a|none",
        "Spring 2020|none",
        "2020--2021|none",
        // no year: a month or day that does not exist, or written in another way
        "2019-13|none",
        "2019-00|none",
        "2021-02-30|none",
        "2019-1|none",
        "2020/13//|none",
        "\"\"|none",
        "none|none",
    })
    void aYearIsFourDigitsAloneOrStartingAnIsoOrRisDateWithARealMonth(String written, String year) {
        assertEquals(Optional.ofNullable(year), PublicationYear.parse(written).map(PublicationYear::written));
    }

    @ParameterizedTest(name = "{0}-{1} is written {2}")
    @CsvSource(delimiter = '|', value = {"2019|0|2019", "2024|1|2024-01", "2024|12|2024-12"})
    void aYearIsWrittenAsItIsReadBack(int year, int month, String written) {
        PublicationYear y = new PublicationYear(year, month);
        assertEquals(written, y.written());
        assertEquals(Optional.of(y), PublicationYear.parse(y.written()));
    }
}
