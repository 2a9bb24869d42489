package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property runner: tries, seeds that replay, and shrinking to a small failing input. */
class PropertyCheckTest {

    /** Lists of up to 30 numbers below 1000. */
    private static List<Integer> numbers(Random r) {
        List<Integer> list = new ArrayList<>();
        int size = r.nextInt(30);
        for (int i = 0; i < size; i++) {
            list.add(r.nextInt(1000));
        }
        return list;
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("paperDigest.property.try");
        System.clearProperty("paperDigest.property.tries");
    }

    @Test
    void aPassingPropertyRunsEveryTryAndSaysHowMany() {
        assertEquals(50, PropertyCheck.forAll("sizes", PropertyCheckTest::numbers).tries(50).check(l -> { }));
        System.setProperty("paperDigest.property.tries", "3");
        assertEquals(150, PropertyCheck.forAll("sizes", PropertyCheckTest::numbers).tries(50).check(l -> { }),
                "-DpaperDigest.property.tries multiplies the tries; tests take the count from check()");
    }

    @Test
    void aFailureIsShrunkToASmallInputAndNamesTheSeedAndTryThatReplayIt() {
        AssertionError e = assertThrows(AssertionError.class, () -> PropertyCheck.forAll("no big number",
                PropertyCheckTest::numbers).tries(200).check(l -> assertTrue(l.stream().allMatch(n -> n < 500),
                        "a big number in " + l)));

        Matcher replay = Pattern.compile("-DpaperDigest.property.seed=(-?\\d+) -DpaperDigest.property.try=(\\d+)")
                .matcher(e.getMessage());
        assertTrue(replay.find(), e.getMessage());
        // shrunk to one number, and to the smallest that fails
        assertTrue(e.getMessage().contains("smallest failing input found"), e.getMessage());
        assertTrue(e.getMessage().contains("\ninput: [500]\n"), e.getMessage());

        // the try named replays the same failure on its own
        System.setProperty("paperDigest.property.try", replay.group(2));
        AssertionError again = assertThrows(AssertionError.class, () -> PropertyCheck.forAll("no big number",
                PropertyCheckTest::numbers).tries(200).check(l -> assertTrue(l.stream().allMatch(n -> n < 500),
                        "a big number in " + l)));
        assertEquals(original(e.getMessage()), original(again.getMessage()));
    }

    private static String original(String message) {
        return message.substring(message.indexOf("original input: "));
    }
}
