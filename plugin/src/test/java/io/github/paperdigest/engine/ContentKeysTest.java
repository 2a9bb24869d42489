package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The key of what a file is made from: every value counts, and nothing else. */
class ContentKeysTest {

    record Item(String title, Optional<LocalDate> date, List<String> tags, double score, Map<String, Integer> counts) {
    }

    private final ContentKeys keys = new ContentKeys("environment");

    private static Item item() {
        return new Item("A paper", Optional.of(LocalDate.of(2025, 1, 2)), List.of("video", "audio"), 0.5,
                new TreeMap<>(Map.of("a", 1, "b", 2)));
    }

    @Test
    void equalValuesHaveEqualKeysAndAnyChangedFieldChangesTheKey() {
        String key = keys.of("page", item());
        assertEquals(key, keys.of("page", item()));
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        Item i = item();
        for (Item changed : List.of(new Item("A paper!", i.date(), i.tags(), i.score(), i.counts()),
                new Item(i.title(), Optional.empty(), i.tags(), i.score(), i.counts()),
                new Item(i.title(), i.date(), List.of("audio", "video"), i.score(), i.counts()),
                new Item(i.title(), i.date(), i.tags(), 0.50000001, i.counts()),
                new Item(i.title(), i.date(), i.tags(), i.score(), new TreeMap<>(Map.of("a", 1, "b", 3))))) {
            assertNotEquals(key, keys.of("page", changed), changed.toString());
        }
        assertNotEquals(key, keys.of("feed", item()), "the kind of file counts");
        assertNotEquals(key, new ContentKeys("another theme").of("page", item()), "the environment counts");
    }

    enum Kind {
        PLAIN,
        SPECIAL {
            @Override
            public String toString() {
                return "a constant with a body of its own";
            }
        },
        OTHER
    }

    record Tagged(Kind kind, LocalDate date, long count) {
    }

    /** Each enum constant, date and number is told apart, a constant with a body of its own too. */
    @Test
    void enumConstantsDatesAndNumbersEachCount() {
        List<Tagged> values = List.of(new Tagged(Kind.PLAIN, LocalDate.of(2025, 1, 2), 1),
                new Tagged(Kind.SPECIAL, LocalDate.of(2025, 1, 2), 1), new Tagged(Kind.OTHER, LocalDate.of(2025, 1, 2), 1),
                new Tagged(Kind.SPECIAL, LocalDate.of(2025, 1, 3), 1), new Tagged(Kind.SPECIAL, LocalDate.of(2025, 1, 2), 2),
                new Tagged(Kind.SPECIAL, LocalDate.of(1969, 12, 31), 2));
        assertEquals(values.size(), values.stream().map(v -> keys.of("x", v)).distinct().count());
        assertEquals(keys.of("x", values.get(1)), keys.of("x", new Tagged(Kind.SPECIAL, LocalDate.of(2025, 1, 2), 1)));
    }

    @Test
    void aMapWithoutAnOrderIsKeyedByWhatItHoldsAndAnOrderedOneByItsOrderToo() {
        Map<String, Integer> one = new HashMap<>();
        Map<String, Integer> two = new HashMap<>(64);
        for (int n = 0; n < 20; n++) {
            one.put("k" + n, n);
            two.put("k" + (19 - n), 19 - n);
        }
        assertEquals(keys.of("x", one), keys.of("x", two));
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(keys.of("x", ab), keys.of("x", ba), "an insertion order is shown in that order");
    }

    @Test
    void aValueOfAKindTheWalkDoesNotKnowIsRefusedRatherThanLeftOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> keys.of("page", new StringBuilder("mutable")));
        assertTrue(e.getMessage().contains("StringBuilder"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> keys.of("page", (Object) new int[] {1, 2}),
                "an array is mutable and a record compares it by identity: refused");
    }
}
