package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test runner on JUnit Jupiter: a property is checked on {@code tries} inputs drawn from a
 * generator. Each run draws new inputs from a random seed, so that CI explores instead of replaying the same
 * cases; a failure prints the seed and the try, which replay it exactly. Each try runs under a time bound, so a
 * hang fails the test instead of stalling the build.
 *
 * <p>A failing input is shrunk before it is reported. Generators draw everything from the {@link Random} they are
 * given; the runner records the numbers it handed out, then tries shorter and smaller sequences of them (the
 * approach of Hypothesis): a generator given fewer or smaller numbers makes a smaller input, whatever its shape,
 * with no shrinker to write per generator.
 * What is kept is the smallest sequence whose input still fails, within a time budget.
 *
 * <p>System properties: {@code paperDigest.property.seed} replays a run, {@code paperDigest.property.try} replays
 * one try of it, {@code paperDigest.property.tries} multiplies the tries of every property (e.g. 10 for a longer
 * search), {@code paperDigest.property.shrinkSeconds} bounds shrinking (default 30, 0 turns it off). Tests get the
 * number of tries actually run from {@link #check}, never a fixed count; a property replaying a try past its own count
 * is skipped.
 */
public final class PropertyCheck<T> {

    /** The seed of this test run: given, or drawn once per JVM so that every property of the run shares it. */
    private static final long RUN_SEED = Long.getLong("paperDigest.property.seed", new SecureRandom().nextLong());

    private final String name;
    private final Function<Random, T> generator;
    private int tries = 100;
    private Duration timeout = Duration.ofSeconds(10);
    private Function<T, String> describe = String::valueOf;

    private PropertyCheck(String name, Function<Random, T> generator) {
        this.name = name;
        this.generator = generator;
    }

    public static <T> PropertyCheck<T> forAll(String name, Function<Random, T> generator) {
        return new PropertyCheck<>(name, generator);
    }

    /** How many inputs to try in a normal run; {@code paperDigest.property.tries} multiplies it. */
    public PropertyCheck<T> tries(int count) {
        this.tries = count;
        return this;
    }

    public PropertyCheck<T> timeoutPerTry(Duration bound) {
        this.timeout = bound;
        return this;
    }

    public PropertyCheck<T> describedBy(Function<T, String> description) {
        this.describe = description;
        return this;
    }

    /** The number of tries a run makes: the test's count times {@code paperDigest.property.tries}. */
    public int plannedTries() {
        return tries * multiplier();
    }

    private static int multiplier() {
        return Math.max(1, Integer.getInteger("paperDigest.property.tries", 1));
    }

    /**
     * Checks the property on every try; the first failing try is shrunk and fails the test. Returns the number of
     * tries run (1 when replaying a single try).
     */
    public int check(Consumer<T> property) {
        int n = plannedTries();
        Integer only = Integer.getInteger("paperDigest.property.try");
        // a replayed try past this property's count is another property's (a parameterised test's other cases)
        assumeTrue(only == null || only < n,
                () -> "try " + only + " replayed: not one of the " + n + " of '" + name + "'");
        long propertySeed = mix(RUN_SEED, name.hashCode());
        int run = 0;
        for (int i = 0; i < n; i++) {
            if (only != null && only != i) {
                continue;
            }
            Choices choices = Choices.recording(new Random(mix(propertySeed, i)));
            T input = generator.apply(choices);
            Throwable failure = failure(property, input);
            if (failure != null) {
                throw report(property, i, n, input, choices.drawn(), failure);
            }
            run++;
        }
        return run;
    }

    private Throwable failure(Consumer<T> property, T input) {
        try {
            assertTimeoutPreemptively(timeout, () -> property.accept(input));
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    private AssertionError report(Consumer<T> property, int i, int n, T input, int[] drawn, Throwable failure) {
        Shrunk<T> shrunk = shrink(property, drawn, input, failure);
        // a try past the test's own count is replayed only with the same multiplier (see check)
        String replay = "replay with -DpaperDigest.property.seed=" + RUN_SEED + " -DpaperDigest.property.try=" + i
                + (multiplier() > 1 ? " -DpaperDigest.property.tries=" + multiplier() : "");
        StringBuilder message = new StringBuilder("property '" + name + "' failed on try " + i + " of " + n + " (seed "
                + RUN_SEED + "; " + replay + ")");
        if (shrunk.steps() > 0) {
            message.append("\nsmallest failing input found (shrunk in ").append(shrunk.steps()).append(" steps): ")
                    .append(shrunk.failure().getMessage()).append("\ninput: ").append(described(shrunk.input()))
                    .append("\n\noriginal failure: ").append(failure.getMessage())
                    .append("\noriginal input: ").append(described(input));
        } else {
            message.append(": ").append(failure.getMessage()).append("\ninput: ").append(described(input));
        }
        return new AssertionError(message.toString(), shrunk.failure());
    }

    private record Shrunk<T>(T input, Throwable failure, int steps) {
    }

    /**
     * Greedy shrinking of the drawn numbers: delete blocks, then zero blocks, then halve single numbers, keeping
     * each change under which the input still fails; repeated until nothing helps or the time is up.
     */
    private Shrunk<T> shrink(Consumer<T> property, int[] drawn, T input, Throwable failure) {
        long budget = Long.getLong("paperDigest.property.shrinkSeconds", 30);
        long deadline = System.nanoTime() + Duration.ofSeconds(budget).toNanos();
        Shrunk<T> best = new Shrunk<>(input, failure, 0);
        int[] current = drawn;
        boolean improved = budget > 0;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int[] candidate : (Iterable<int[]>) candidates(current)::iterator) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                T smaller;
                try {
                    smaller = generator.apply(Choices.replaying(candidate));
                } catch (RuntimeException generatorGaveUp) {
                    continue;
                }
                Throwable f = failure(property, smaller);
                if (f != null) {
                    best = new Shrunk<>(smaller, f, best.steps() + 1);
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** Smaller sequences than {@code s}, the boldest first. */
    private static java.util.stream.Stream<int[]> candidates(int[] s) {
        List<int[]> out = new ArrayList<>();
        for (int size = Math.max(1, s.length / 2); size >= 1; size /= 2) {
            for (int start = s.length - size; start >= 0; start -= size) {
                int[] shorter = new int[s.length - size];
                System.arraycopy(s, 0, shorter, 0, start);
                System.arraycopy(s, start + size, shorter, start, s.length - start - size);
                out.add(shorter);
            }
        }
        for (int size = Math.max(1, s.length / 2); size >= 1; size /= 2) {
            for (int start = 0; start + size <= s.length; start += size) {
                boolean allZero = true;
                for (int k = start; k < start + size; k++) {
                    allZero &= s[k] == 0;
                }
                if (!allZero) {
                    int[] zeroed = s.clone();
                    Arrays.fill(zeroed, start, start + size, 0);
                    out.add(zeroed);
                }
            }
        }
        // each number made smaller: halved, then less by each power of two, largest first (a generator usually
        // uses a number's high bits, or its remainder by a bound, so both kinds of step are needed)
        for (int k = 0; k < s.length; k++) {
            long value = Integer.toUnsignedLong(s[k]);
            if (value == 0) {
                continue;
            }
            int[] halved = s.clone();
            halved[k] = (int) (value >>> 1);
            out.add(halved);
            for (int bit = 31; bit >= 0; bit--) {
                if (value >= 1L << bit && (1L << bit) != value) {
                    int[] less = s.clone();
                    less[k] = (int) (value - (1L << bit));
                    out.add(less);
                }
            }
        }
        return out.stream();
    }

    private String described(T input) {
        try {
            return abbreviate(describe.apply(input));
        } catch (RuntimeException e) {
            return "(cannot describe the input: " + e + ")";
        }
    }

    /**
     * A {@link Random} whose every draw goes through {@link #next(int)}: it hands out numbers from a source while
     * recording them, or replays a given sequence (and zeros after its end, the smallest choices).
     */
    static final class Choices extends Random {
        private final Random source;
        private final int[] replay;
        private int at;
        private int[] drawn = new int[64];
        private int count;

        private Choices(Random source, int[] replay) {
            super(0);
            this.source = source;
            this.replay = replay;
        }

        static Choices recording(Random source) {
            return new Choices(source, null);
        }

        static Choices replaying(int[] sequence) {
            return new Choices(null, sequence);
        }

        @Override
        protected int next(int bits) {
            int value;
            if (replay != null) {
                value = at < replay.length ? replay[at++] : 0;
            } else if (source != null) {
                value = source.nextInt();
            } else {
                value = 0; // Random's constructor draws nothing, but setSeed may call here before the fields are set
            }
            if (count == drawn.length) {
                drawn = Arrays.copyOf(drawn, count * 2);
            }
            drawn[count++] = value;
            return bits == 32 ? value : value >>> (32 - bits);
        }

        int[] drawn() {
            return Arrays.copyOf(drawn, count);
        }
    }

    /** A well-spread seed for try {@code i}: neighbouring tries get unrelated random streams. */
    private static long mix(long seed, int i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String abbreviate(String s) {
        return s.length() <= 3000 ? s : s.substring(0, 2000) + " [... " + (s.length() - 2500) + " characters ...] "
                + s.substring(s.length() - 500);
    }
}
