package io.github.paperdigest.engine;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PageParts;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key of what a file of the site is made from: a hash of every value of the records it is rendered from
 * (a page, a feed, the whole corpus), walked field by field, together with the key of the render environment
 * (settings, theme, plugin). Rendering is a function of those alone, so two builds that give a file the same
 * key give it the same bytes, and the second need not render it.
 *
 * <p>The walk knows records (public or not), strings, numbers, booleans, enums, dates, optionals, lists, sets and
 * maps, and refuses anything else (arrays too: a record compares them by identity, not content), so that a new
 * kind of field is noticed rather than left out of the key. A list is
 * hashed in order; an unordered set or map by its content alone (their iteration order is not part of what
 * they say). Records that many pages share (papers, their list items and citations, tags, hubs, digests, the BibTeX files every page of a list offers)
 * are hashed once.
 */
final class ContentKeys {

    private static final ClassValue<List<MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> accessors = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true); // a record need not be public to be shown
                    accessors.add(lookup.unreflect(accessor));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
                }
            }
            return List.copyOf(accessors);
        }
    };

    private final byte[] environment;
    /**
     * How each class's values are walked. Held here, not in a static ClassValue: a ClassValue whose value is the
     * plugin's own type, set on JDK classes (String, ArrayList), would keep the plugin's class loader alive in a
     * Maven that outlives its plugins (mvnd, an IDE).
     */
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    /** Keyed by identity: a record's own equals and hashCode would walk all its fields at every lookup. */
    private final Map<Identity, byte[]> shared = new ConcurrentHashMap<>();

    /** {@code environment}: the key of everything rendering depends on besides its records. */
    ContentKeys(String environment) {
        this.environment = environment.getBytes(StandardCharsets.UTF_8);
    }

    /** The key of a file of the given kind made from these values. */
    String of(String kind, Object... values) {
        MessageDigest hasher = ContentHash.digest();
        hasher.update(environment);
        text(hasher, kind);
        for (Object v : values) {
            walk(hasher, v);
        }
        return Digests.hex(hasher);
    }

    private void walk(MessageDigest hasher, Object value) {
        if (value == null) {
            hasher.update((byte) 0);
            return;
        }
        switch (shapes.computeIfAbsent(value.getClass(), Shape::of)) {
            case STRING -> {
                hasher.update((byte) 's');
                text(hasher, (String) value);
            }
            case SHARED_RECORD -> hasher.update(shared((Record) value));
            case RECORD -> record(hasher, (Record) value);
            case OPTIONAL -> optional(hasher, (Optional<?>) value);
            case LIST -> list(hasher, (List<?>) value);
            case ORDERED_MAP -> orderedMap(hasher, (Map<?, ?>) value);
            case MAP -> unorderedMap(hasher, (Map<?, ?>) value);
            case ORDERED_SET -> orderedSet(hasher, (Set<?>) value);
            case SET -> unorderedSet(hasher, (Set<?>) value);
            case INTEGRAL -> text(hasher, "i" + value);
            case DOUBLE -> text(hasher, "d" + Long.toHexString(Double.doubleToLongBits((Double) value)));
            case FLOAT -> text(hasher, "f" + Integer.toHexString(Float.floatToIntBits((Float) value)));
            case BOOLEAN -> hasher.update((byte) ((Boolean) value ? 't' : 'f'));
            case ENUM -> {
                Enum<?> e = (Enum<?>) value;
                text(hasher, "e" + e.getDeclaringClass().getName() + "." + e.name());
            }
            case PLAIN -> text(hasher, "v" + value);
            // UNKNOWN, and a shape given no walk: refused, not left out of the key
            default -> throw new IllegalArgumentException("no key for a " + value.getClass().getName() + " ("
                    + kindOf(value) + ")");
        }
    }

    private void optional(MessageDigest hasher, Optional<?> o) {
        hasher.update((byte) (o.isPresent() ? 1 : 2));
        o.ifPresent(v -> walk(hasher, v));
    }

    private void list(MessageDigest hasher, List<?> list) {
        count(hasher, 'L', list.size());
        for (Object v : list) {
            walk(hasher, v);
        }
    }

    private void orderedMap(MessageDigest hasher, Map<?, ?> map) {
        count(hasher, 'M', map.size());
        map.forEach((k, v) -> {
            walk(hasher, k);
            walk(hasher, v);
        });
    }

    private void unorderedMap(MessageDigest hasher, Map<?, ?> map) {
        count(hasher, 'M', map.size());
        List<byte[]> entries = new ArrayList<>(map.size());
        map.forEach((k, v) -> entries.add(hash(k, v)));
        unordered(hasher, entries);
    }

    private void orderedSet(MessageDigest hasher, Set<?> set) {
        count(hasher, 'S', set.size());
        set.forEach(v -> walk(hasher, v));
    }

    private void unorderedSet(MessageDigest hasher, Set<?> set) {
        count(hasher, 'S', set.size());
        List<byte[]> elements = new ArrayList<>(set.size());
        set.forEach(v -> elements.add(hash(v)));
        unordered(hasher, elements);
    }

    /**
     * How a value of a class is walked, decided once for each class ({@link #shapes}). A chain of instanceof tests at
     * every value made the walk one large method that the JIT compiled again each time a kind of file brought records of new classes
     * (four times in a build of 10,000 papers, 1.5 s of compiling).
     */
    private enum Shape {
        STRING, SHARED_RECORD, RECORD, OPTIONAL, LIST, ORDERED_MAP, MAP, ORDERED_SET, SET, INTEGRAL, DOUBLE, FLOAT,
        BOOLEAN, ENUM, PLAIN, UNKNOWN;

        static Shape of(Class<?> type) {
            if (type == String.class) {
                return STRING;
            } else if (Record.class.isAssignableFrom(type)) {
                return SHARED.contains(type) ? SHARED_RECORD : RECORD;
            } else if (Optional.class.isAssignableFrom(type)) {
                return OPTIONAL;
            } else if (List.class.isAssignableFrom(type)) {
                return LIST;
            } else if (Map.class.isAssignableFrom(type)) {
                return SortedMap.class.isAssignableFrom(type) || LinkedHashMap.class.isAssignableFrom(type)
                        ? ORDERED_MAP : MAP;
            } else if (Set.class.isAssignableFrom(type)) {
                return SortedSet.class.isAssignableFrom(type) || LinkedHashSet.class.isAssignableFrom(type)
                        ? ORDERED_SET : SET;
            } else if (type == Integer.class || type == Long.class) {
                return INTEGRAL;
            } else if (type == Double.class) {
                return DOUBLE;
            } else if (type == Float.class) {
                return FLOAT;
            } else if (type == Boolean.class) {
                return BOOLEAN;
            } else if (Enum.class.isAssignableFrom(type)) {
                return ENUM;
            } else if (type == LocalDate.class || type == Instant.class || type == Character.class) {
                return PLAIN;
            }
            return UNKNOWN;
        }
    }

    /** Records that many pages show: hashed once, then their hash stands for them (records are final classes). */
    private static final Set<Class<?>> SHARED = Set.of(Paper.class, PageParts.PaperItem.class, Tag.class, Hub.class,
            Digest.class, Citation.class, Bibliography.class);

    private byte[] shared(Record r) {
        Identity identity = new Identity(r);
        byte[] known = shared.get(identity);
        if (known == null) {
            // not computeIfAbsent: hashing a record hashes the shared records inside it, which would update the map
            // from within its own update
            MessageDigest hasher = ContentHash.digest();
            record(hasher, r);
            known = hasher.digest();
            shared.putIfAbsent(identity, known);
        }
        return known;
    }

    /** One object, equal only to itself. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private void record(MessageDigest hasher, Record r) {
        text(hasher, r.getClass().getName());
        for (MethodHandle accessor : COMPONENTS.get(r.getClass())) {
            try {
                walk(hasher, accessor.invoke(r));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private byte[] hash(Object... values) {
        MessageDigest hasher = ContentHash.digest();
        for (Object v : values) {
            walk(hasher, v);
        }
        return hasher.digest();
    }

    private static void unordered(MessageDigest hasher, List<byte[]> hashes) {
        hashes.sort(Arrays::compare);
        hashes.forEach(hasher::update);
    }

    private static void count(MessageDigest hasher, char kind, int size) {
        text(hasher, kind + Integer.toString(size));
    }

    private static void text(MessageDigest hasher, String s) {
        hasher.update(s.getBytes(StandardCharsets.UTF_8));
        hasher.update((byte) 0);
    }

    private static String kindOf(Object value) {
        return value instanceof Collection<?> ? "a collection of unknown order" : "not a record or a plain value";
    }
}
