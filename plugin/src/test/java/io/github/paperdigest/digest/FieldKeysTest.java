package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A field the formats name in their own words is kept under one key, so that its page labels it once. */
class FieldKeysTest {

    @Test
    void eachFormatsNameOfAFieldIsItsOneKey() {
        assertEquals("short title", FieldKeys.of("shorttitle"), "Better BibTeX's");
        assertEquals("short title", FieldKeys.of("short title"), "Zotero CSV's column, in lower case");
        assertEquals("short title", FieldKeys.of("Short_Title"), "a digest's own key");
        assertEquals("journal abbreviation", FieldKeys.of("shortjournal"), "biblatex's");
        assertEquals("number of pages", FieldKeys.of("numpages"), "ACM's BibTeX");
        assertEquals("number of pages", FieldKeys.of("pagetotal"), "biblatex's");
        assertEquals("number of pages", FieldKeys.of("num pages"), "Zotero CSV's");
    }

    /** Zotero's CSL JSON writes its own variables in camel case: "journalAbbreviation" is the CSV's column. */
    @Test
    void aNameInCamelCaseIsTheFieldsOneKey() {
        assertEquals("journal abbreviation", FieldKeys.of("journalAbbreviation"), "Zotero's CSL JSON");
        assertEquals("short title", FieldKeys.of("shortTitle"));
        assertEquals("number of pages", FieldKeys.of("numPages"));
    }

    @Test
    void anyOtherKeyIsKeptAsWritten() {
        assertEquals("Presenter", FieldKeys.of("Presenter"));
        assertEquals("language", FieldKeys.of("language"));
    }
}
