package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * arXiv's listing e-mail as a mail client saves it: headers, then a body that may be quoted-printable, base64,
 * or one part of a multipart message. Each is read as the same papers as the plain listing.
 */
class SavedListingEmailTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());
    private static final String HEADERS = "From: no-reply@arxiv.org\r\nSubject: cs daily Subj-class mailing 100 1\r\n"
            + "MIME-Version: 1.0\r\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aPlainSavedMessageReadsAsTheListingWithTheFilesOwnLineNumbers() throws IOException {
        DigestFile mail = read("plain.eml", HEADERS + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + listing());
        assertSameAsListing(mail);
    }

    @Test
    void aQuotedPrintableBodyIsDecodedSoNoSoftBreakOrEscapeReachesThePapers() throws IOException {
        DigestFile mail = read("qp.eml", HEADERS + "Content-Type: text/plain; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(listing()));
        assertSameAsListing(mail);
        mail.entries().forEach(e -> assertFalse(e.abstractText().contains("=3D") || e.abstractText().contains("=\n"),
                e.abstractText()));
    }

    @Test
    void aBase64BodyIsDecoded() throws IOException {
        String body = Base64.getMimeEncoder().encodeToString(listing().getBytes(StandardCharsets.UTF_8));
        DigestFile mail = read("b64.eml", HEADERS + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n");
        assertSameAsListing(mail);
    }

    @Test
    void theTextPartOfAMultipartMessageIsRead() throws IOException {
        String message = HEADERS + "Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n"
                + "preamble\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>not this</p>\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + quotedPrintable(listing()) + "\r\n--b1--\r\n";
        assertSameAsListing(read("multi.eml", message));
    }

    @Test
    void aLatin1BodyIsDecodedInItsCharacterSet() throws IOException {
        String listing = listing().replace("We present Quantum Brush", "We present Quantum Brüsh");
        byte[] head = (HEADERS + "Content-Type: text/plain; charset=iso-8859-1\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = listing.getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.eml");
        Files.write(file, concat(head, body));
        DigestFile mail = read(file);
        assertTrue(mail.entries().get(0).abstractText().startsWith("We present Quantum Brüsh"),
                mail.entries().get(0).abstractText());
    }

    @Test
    void anHtmlOnlyMessageIsRefusedWithTheFix() throws IOException {
        DigestException error = assertThrows(DigestException.class, () -> read("html.eml",
                HEADERS + "Content-Type: text/html; charset=utf-8\r\n\r\n<p>arXiv:2509.01442</p>\r\n"));
        assertTrue(error.getMessage().contains("html.eml") && error.getMessage().contains("save arXiv's listing e-mail as plain text"),
                error.getMessage());
    }

    @Test
    void quotedPrintableKeepsALoneEqualsSignAndJoinsSoftBreaks() {
        byte[] decoded = MailBody.QuotedPrintable.decode("a=3Db =\r\nc = d=\n=C3=A9=".getBytes(StandardCharsets.US_ASCII));
        assertEquals("a=b c = dé", new String(decoded, StandardCharsets.UTF_8));
    }

    private void assertSameAsListing(DigestFile mail) throws IOException {
        DigestFile plain = read("plain-listing.txt", listing());
        assertEquals("arxiv-listing", mail.format());
        assertEquals(plain.entries().size(), mail.entries().size());
        for (int i = 0; i < plain.entries().size(); i++) {
            PaperEntry expected = plain.entries().get(i);
            PaperEntry actual = mail.entries().get(i);
            assertEquals(expected.title(), actual.title());
            assertEquals(expected.authors(), actual.authors());
            assertEquals(expected.abstractText(), actual.abstractText());
            assertEquals(expected.arxivId(), actual.arxivId());
        }
        assertEquals(List.of(), warnings);
    }

    /** Encodes as a mail client would: '=' and non-ASCII escaped, lines folded at 76 with soft breaks. */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int column = 0;
            for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                String token = c == '=' || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
                if (column + token.length() > 75) {
                    out.append("=\r\n");
                    column = 0;
                }
                out.append(token);
                column += token.length();
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * A mail client names the saved message by its subject, with no date: the listing is dated by the day the message
     * was sent, as its Date header gives it, where it was undated. A date in the file's name still wins.
     */
    @Test
    void aSavedMessageIsDatedByTheDayItWasSentUnlessItsNameGivesADate() throws IOException {
        String message = "From: no-reply@arxiv.org\r\nDate: Thu, 18 Jan 2024 01:02:03 +0000 (UTC)\r\n"
                + "Subject: cs daily Subj-class mailing 100 1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + listing();

        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 1, 18)),
                read("cs daily Subj-class mailing 100 1.eml", message).date());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2024, 1, 17)),
                read("2024-01-17-cs.eml", message).date());
        assertEquals(java.util.Optional.empty(), read("undated.eml", message.replace("Date: Thu,", "Date: someday,")).date(),
                "no date rather than a guess");
    }

    private static String listing() throws IOException {
        try (InputStream in = SavedListingEmailTest.class.getResourceAsStream("/digests/formats/cs-daily.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private DigestFile read(String name, String content) throws IOException {
        return read(Files.writeString(dir.resolve(name), content));
    }

    private DigestFile read(Path file) {
        DigestSource source = new DigestSource(file.getFileName().toString(), file);
        return FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }
}
