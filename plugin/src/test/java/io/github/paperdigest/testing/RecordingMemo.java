package io.github.paperdigest.testing;

import io.github.paperdigest.model.AnalysisMemo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** An analysis memo in memory that counts what it was asked: one build's memo, handed to the next with {@link #nextBuild}. */
public final class RecordingMemo implements AnalysisMemo {

    private final Function<String, byte[]> previous;
    private final Map<String, byte[]> values = new ConcurrentHashMap<>();
    private final AtomicInteger recalled = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    private final List<String> unusable = new CopyOnWriteArrayList<>();

    public RecordingMemo() {
        this(key -> null);
    }

    private RecordingMemo(Function<String, byte[]> previous) {
        this.previous = previous;
    }

    /** A memo whose last build left these bytes under every key: what no value decodes from, for one. */
    public static RecordingMemo holdingEverywhere(byte[] bytes) {
        return new RecordingMemo(key -> bytes);
    }

    @Override
    public byte[] recall(String key) {
        byte[] value = previous.apply(key);
        if (value != null) {
            recalled.incrementAndGet();
            values.put(key, value);
        }
        return value;
    }

    @Override
    public void remember(String key, byte[] value) {
        made.incrementAndGet();
        values.put(key, value);
    }

    @Override
    public void replace(String key, byte[] value) {
        values.put(key, value);
    }

    @Override
    public void forget(String key) {
        recalled.decrementAndGet();
        values.remove(key);
    }

    @Override
    public void unusable(String key, String why) {
        forget(key);
        unusable.add(why);
    }

    @Override
    public byte[] held(String key) {
        return values.get(key);
    }

    /** The memo the next build starts from: what this one recalled or made. */
    public RecordingMemo nextBuild() {
        return nextBuild(UnaryOperator.identity());
    }

    /** As {@link #nextBuild}, each value as {@code rewrite} gives it: what shows which of them the next build read. */
    public RecordingMemo nextBuild(UnaryOperator<byte[]> rewrite) {
        return nextBuild((key, value) -> rewrite.apply(value));
    }

    /** As {@link #nextBuild}, the value under each key as {@code rewrite} gives it: a memo altered after the build. */
    public RecordingMemo nextBuild(BiFunction<String, byte[], byte[]> rewrite) {
        Map<String, byte[]> rewritten = new HashMap<>();
        values.forEach((key, value) -> rewritten.put(key, rewrite.apply(key, value)));
        return new RecordingMemo(rewritten::get);
    }

    public int recalled() {
        return recalled.get();
    }

    public int made() {
        return made.get();
    }

    /** Why values were found that no build makes ({@link AnalysisMemo#unusable}), as told. */
    public List<String> unusable() {
        return List.copyOf(unusable);
    }

    public int size() {
        return values.size();
    }
}
