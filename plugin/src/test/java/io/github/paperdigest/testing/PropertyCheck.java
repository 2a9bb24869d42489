package io.github.paperdigest.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test runner on JUnit Jupiter: a property is checked on {@code tries} inputs
 * drawn from a generator, each try with its own random stream derived from a fixed seed, so that every
 * run draws the same inputs and a failure can be replayed on its own. Each try runs under a time bound,
 * so a hang fails the test instead of stalling the build.
 *
 * <p>A failure names the property, the seed and the try, and describes the input. To replay one try:
 * {@code -DpaperDigest.property.try=<n>} (with the same seed); to explore further, another seed or more
 * tries: {@code -DpaperDigest.property.seed=<seed>}, {@code -DpaperDigest.property.tries=<n>}.
 */
public final class PropertyCheck<T> {

    private final String name;
    private final Function<Random, T> generator;
    private long seed = 20_251_125L;
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

    public PropertyCheck<T> seed(long fixedSeed) {
        this.seed = fixedSeed;
        return this;
    }

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

    /** Checks the property on every try; the first failing try fails the test. Returns the tries run. */
    public int check(Consumer<T> property) {
        long s = Long.getLong("paperDigest.property.seed", seed);
        int n = Integer.getInteger("paperDigest.property.tries", tries);
        Integer only = Integer.getInteger("paperDigest.property.try");
        int run = 0;
        for (int i = 0; i < n; i++) {
            if (only != null && only != i) {
                continue;
            }
            T input = generator.apply(new Random(mix(s, i)));
            try {
                assertTimeoutPreemptively(timeout, () -> property.accept(input));
            } catch (Throwable failure) {
                String description;
                try {
                    description = abbreviate(describe.apply(input));
                } catch (RuntimeException e) {
                    description = "(cannot describe the input: " + e + ")";
                }
                throw new AssertionError("property '" + name + "' failed on try " + i + " of " + n + " (seed " + s
                        + "; replay with -DpaperDigest.property.try=" + i + "): " + failure.getMessage()
                        + "\ninput: " + description, failure);
            }
            run++;
        }
        return run;
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
