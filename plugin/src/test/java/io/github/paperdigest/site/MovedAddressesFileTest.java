package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * moved.yml can come with a pull request: it is read as plain YAML, and every line names a page of the site from its
 * root, in its folders, or fails the build at its line with the fix.
 */
class MovedAddressesFileTest {

    private static final String FILE = "src/digests/moved.yml";

    private static String failure(String text) {
        return assertThrows(MovedAddressesException.class, () -> MovedAddresses.parse(FILE, text)).getMessage();
    }

    @Test
    void eachLineLeadsAnOldAddressToAPageInTheFilesOrder() {
        MovedAddresses moved = MovedAddresses.parse(FILE, """
                # a title corrected in the only digest that gave it
                paper/sora-prelimnary-video-model.html: paper/sora-preliminary-video-model.html
                digest/2024-old-name.html: "digest/2024-new-name.html"
                """);
        assertEquals(List.of(new MovedAddresses.Line("paper/sora-prelimnary-video-model.html",
                        "paper/sora-preliminary-video-model.html", 2),
                new MovedAddresses.Line("digest/2024-old-name.html", "digest/2024-new-name.html", 3)), moved.lines());
    }

    @Test
    void anEmptyFileOrOneOfCommentsLeadsNothing() {
        assertEquals(List.of(), MovedAddresses.parse(FILE, "").lines());
        assertEquals(List.of(), MovedAddresses.parse(FILE, "# nothing moved yet\n").lines());
    }

    @Test
    void anAddressThatLeavesTheSiteOrIsNoPageFailsAtItsLine() {
        String message = failure("""
                paper/ok.html: paper/fine.html
                ../../etc/passwd.html: paper/fine.html
                paper/x.html: /paper/fine.html
                paper/y.html: https://example.org/papers/paper/fine.html
                paper/z.html: paper/fine.xml
                assets/app.html: paper/fine.html
                paper/a b.html: paper/fine.html
                paper/.hidden.html: paper/fine.html
                """);
        assertTrue(message.startsWith(FILE + " has 7 mistakes:"), message);
        assertTrue(message.contains(FILE + ":2: ../../etc/passwd.html leads out of the site's folders"), message);
        assertTrue(message.contains(FILE + ":3: /paper/fine.html must be written from the site's root"), message);
        assertTrue(message.contains(FILE + ":4: https://example.org/papers/paper/fine.html must be written from the site's root"),
                message);
        assertTrue(message.contains(FILE + ":5: paper/fine.xml is not a page: a page's address ends in .html"), message);
        assertTrue(message.contains(FILE + ":6: assets/app.html is in no folder of the site's pages"), message);
        assertTrue(message.contains(FILE + ":7: paper/a b.html has a character no address of the site has"), message);
        assertTrue(message.contains(FILE + ":8: paper/.hidden.html has a character no address"), message);
    }

    /**
     * The site's addresses are in lower case: on a disk that ignores case, a page at "paper/Attention.html" would be
     * written over "paper/attention.html", the page a pull request wanted replaced.
     */
    @Test
    void anAddressWithACapitalLetterFailsAtItsLine() {
        String message = failure("""
                paper/Attention-Is-All-You-Need.html: index.html
                paper/old.html: paper/New.html
                """);
        assertTrue(message.contains(FILE + ":1: paper/Attention-Is-All-You-Need.html has a capital letter, which no"
                + " address of the site has: write it in lower case"), message);
        assertTrue(message.contains(FILE + ":2: paper/New.html has a capital letter"), message);
    }

    /** Lines after a "---" would lead nothing: the file is one document. */
    @Test
    void aSecondYamlDocumentFailsAtItsLine() {
        String message = failure("""
                paper/old.html: paper/new.html
                ---
                paper/older.html: paper/new.html
                """);
        assertTrue(message.contains(FILE + ":3: starts a second YAML document ('---')"), message);
    }

    @Test
    void anAddressNamedTwiceOrLeadingToItselfFailsAtItsLine() {
        String message = failure("""
                paper/a.html: paper/b.html
                paper/a.html: paper/c.html
                paper/d.html: paper/d.html
                """);
        assertTrue(message.contains(FILE + ":2: paper/a.html is named at line 1 too: keep one line for it"), message);
        assertTrue(message.contains(FILE + ":3: paper/d.html leads to itself: remove the line"), message);
    }

    @Test
    void whatIsNotOneAddressForEachOldOneFailsNamingTheForm() {
        assertTrue(failure("- paper/a.html\n").startsWith(FILE + ":1: expected one line for each old address"));
        assertTrue(failure("paper/a.html: [paper/b.html]\n").startsWith(FILE + ":1: paper/a.html must be followed by"
                + " the one address it leads to"));
        assertTrue(failure("paper/a.html: paper/b.html\n  bad: : indentation\n").contains("not valid YAML"));
        assertTrue(failure("paper/a.html: !!java.net.URL [\"http://x\"]\n").contains(FILE + ":1:"),
                "a YAML tag makes no object: it is a mistake like any value that is not an address");
    }

    @Test
    void aFileTooLargeToBeAListOfAddressesIsRefused() {
        String message = failure("paper/a.html: paper/b.html\n".repeat(MovedAddresses.MAX_CHARACTERS / 27 + 1));
        assertTrue(message.contains("more than the 8 MB a file of moved addresses may have"), message);
    }

    @Test
    void aLineIsFollowedThroughOtherLinesAndTheSitesOwnMovesToThePageItEndsAt() {
        MovedAddresses moved = MovedAddresses.parse(FILE, """
                paper/first.html: paper/second.html
                paper/second.html: paper/other-title.html
                paper/loop-a.html: paper/loop-b.html
                paper/loop-b.html: paper/loop-a.html
                """);
        Map<String, String> pages = Map.of("paper/third.html", "the paper 'Third'");
        MovedAddresses.Resolution r = moved.resolve(p -> Optional.ofNullable(pages.get(p)),
                Map.of("paper/other-title.html", "paper/third.html"));
        assertEquals(List.of("paper/third.html", "paper/third.html"), r.moves().stream()
                .map(MovedAddresses.Resolved::target).toList());
        assertEquals(List.of(3, 4), r.problems().stream().map(MovedAddressesException.Problem::line).toList());
        assertTrue(r.problems().get(0).text().contains("leads round in a circle"), r.problems().toString());
    }
}
