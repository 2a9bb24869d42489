package io.github.paperdigest.taxonomy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An analysis memo in memory that counts what it was asked: one build's memo, handed to the next with {@link #nextBuild}. */
final class RecordingMemo implements AnalysisMemo {

    private final Map<String, byte[]> previous;
    private final Map<String, byte[]> values = new ConcurrentHashMap<>();
    private final AtomicInteger recalled = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    RecordingMemo() {
        this(Map.of());
    }

    private RecordingMemo(Map<String, byte[]> previous) {
        this.previous = previous;
    }

    @Override
    public byte[] recall(String key) {
        byte[] value = previous.get(key);
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

    /** The memo the next build starts from: what this one recalled or made. */
    RecordingMemo nextBuild() {
        return new RecordingMemo(Map.copyOf(values));
    }

    int recalled() {
        return recalled.get();
    }

    int made() {
        return made.get();
    }

    int size() {
        return values.size();
    }
}
