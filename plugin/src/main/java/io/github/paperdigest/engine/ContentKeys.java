package io.github.paperdigest.engine;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.IdentityKey;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PageParts;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
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

    private final byte[] environment;
    /**
     * How each class's values are walked. Held here, not in a static ClassValue: a ClassValue whose value is the
     * plugin's own type, set on JDK classes (String, ArrayList), would keep the plugin's class loader alive in a
     * Maven that outlives its plugins (mvnd, an IDE).
     */
    private final Map<Class<?>, Walk> shapes = new ConcurrentHashMap<>();
    /** Keyed by identity: a record's own equals and hashCode would walk all its fields at every lookup. */
    private final Map<IdentityKey<Object>, byte[]> shared = new ConcurrentHashMap<>();

    /** {@code environment}: the key of everything rendering depends on besides its records. */
    ContentKeys(String environment) {
        this.environment = environment.getBytes(StandardCharsets.UTF_8);
    }

    /** The key of a file of the given kind made from these values. */
    String of(String kind, Object... values) {
        Feed hasher = new Feed();
        hasher.bytes(environment);
        hasher.text(kind);
        for (Object v : values) {
            walk(hasher, v);
        }
        return HexFormat.of().formatHex(hasher.digest());
    }

    private void walk(Feed hasher, Object value) {
        if (value == null) {
            hasher.tag(0);
            return;
        }
        if (value instanceof String text) {
            // most values are texts: told apart before a look-up of their class's walk, which a string costs more than its hash
            hasher.tag('s');
            hasher.text(text);
            return;
        }
        Class<?> type = value.getClass();
        Walk walk = hasher.recent(type);
        if (walk == null) {
            walk = shapes.get(type);
            if (walk == null) {
                walk = shapes.computeIfAbsent(type, Walk::of);
            }
            hasher.remember(type, walk);
        }
        switch (walk.shape) {
            case STRING -> {
                hasher.tag('s');
                hasher.text((String) value);
            }
            case SHARED_RECORD -> hasher.bytes(shared((Record) value, walk));
            case RECORD -> record(hasher, (Record) value, walk);
            case OPTIONAL -> optional(hasher, (Optional<?>) value);
            case LIST -> list(hasher, (List<?>) value);
            case ORDERED_MAP -> orderedMap(hasher, (Map<?, ?>) value);
            case MAP -> unorderedMap(hasher, (Map<?, ?>) value);
            case ORDERED_SET -> orderedSet(hasher, (Set<?>) value);
            case SET -> unorderedSet(hasher, (Set<?>) value);
            case INTEGRAL -> {
                hasher.tag('i');
                hasher.number(((Number) value).longValue());
            }
            case DOUBLE -> {
                hasher.tag('d');
                hasher.number(Double.doubleToLongBits((Double) value));
            }
            case FLOAT -> {
                hasher.tag('f');
                hasher.number(Float.floatToIntBits((Float) value));
            }
            case BOOLEAN -> hasher.tag((Boolean) value ? 't' : 'f');
            case ENUM -> {
                hasher.tag('e');
                hasher.bytes(walk.constants[((Enum<?>) value).ordinal()]);
            }
            case DATE -> {
                hasher.tag('D');
                hasher.number(((LocalDate) value).toEpochDay());
            }
            case PLAIN -> {
                hasher.tag('v');
                hasher.text(value.toString());
            }
            // UNKNOWN, and a shape given no walk: refused, not left out of the key
            default -> throw new IllegalArgumentException("no key for a " + value.getClass().getName() + " ("
                    + kindOf(value) + ")");
        }
    }

    private void optional(Feed hasher, Optional<?> o) {
        if (o.isPresent()) {
            hasher.tag(1);
            walk(hasher, o.get());
        } else {
            hasher.tag(2);
        }
    }

    private void list(Feed hasher, List<?> list) {
        hasher.count('L', list.size());
        if (list instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                walk(hasher, list.get(i));
            }
        } else {
            for (Object v : list) {
                walk(hasher, v);
            }
        }
    }

    private void orderedMap(Feed hasher, Map<?, ?> map) {
        hasher.count('M', map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            walk(hasher, e.getKey());
            walk(hasher, e.getValue());
        }
    }

    private void unorderedMap(Feed hasher, Map<?, ?> map) {
        hasher.count('M', map.size());
        List<byte[]> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            entries.add(hash(e.getKey(), e.getValue()));
        }
        unordered(hasher, entries);
    }

    private void orderedSet(Feed hasher, Set<?> set) {
        hasher.count('S', set.size());
        for (Object v : set) {
            walk(hasher, v);
        }
    }

    private void unorderedSet(Feed hasher, Set<?> set) {
        hasher.count('S', set.size());
        List<byte[]> elements = new ArrayList<>(set.size());
        for (Object v : set) {
            elements.add(hash(v));
        }
        unordered(hasher, elements);
    }

    /**
     * How a value of a class is walked, decided once for each class ({@link #shapes}). A chain of instanceof tests at
     * every value made the walk one large method that the JIT compiled again each time a kind of file brought records of new classes
     * (four times in a build of 10,000 papers, 1.5 s of compiling).
     */
    private enum Shape {
        STRING, SHARED_RECORD, RECORD, OPTIONAL, LIST, ORDERED_MAP, MAP, ORDERED_SET, SET, INTEGRAL, DOUBLE, FLOAT,
        BOOLEAN, ENUM, DATE, PLAIN, UNKNOWN;

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
            } else if (type == LocalDate.class) {
                return DATE;
            } else if (type == Instant.class || type == Character.class) {
                return PLAIN;
            }
            return UNKNOWN;
        }
    }

    /** Records that many pages show: hashed once, then their hash stands for them (records are final classes). */
    private static final Set<Class<?>> SHARED = Set.of(Paper.class, PageParts.PaperItem.class, Tag.class, Hub.class,
            Digest.class, Citation.class, Bibliography.class);

    private byte[] shared(Record r, Walk walk) {
        IdentityKey<Object> identity = new IdentityKey<>(r);
        byte[] known = shared.get(identity);
        if (known == null) {
            // not computeIfAbsent: hashing a record hashes the shared records inside it, which would update the map
            // from within its own update
            Feed hasher = new Feed();
            record(hasher, r, walk);
            known = hasher.digest();
            shared.putIfAbsent(identity, known);
        }
        return known;
    }

    private void record(Feed hasher, Record r, Walk walk) {
        hasher.bytes(walk.name);
        for (MethodHandle accessor : walk.accessors) {
            Object field;
            try {
                field = (Object) accessor.invokeExact(r);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            walk(hasher, field);
        }
    }

    /**
     * How the values of one class are walked: their shape and, for a record, its name as hashed and its accessors,
     * typed {@code (Record) Object} so that a call is an exact one (a generic {@code invoke} adapted the types again at
     * every field of every record).
     */
    private static final class Walk {
        final Shape shape;
        final byte[] name;
        final MethodHandle[] accessors;
        /** An enum's constants, by ordinal, each as its class's name and its own. */
        final byte[][] constants;

        private Walk(Shape shape, byte[] name, MethodHandle[] accessors, byte[][] constants) {
            this.shape = shape;
            this.name = name;
            this.accessors = accessors;
            this.constants = constants;
        }

        static Walk of(Class<?> type) {
            Shape shape = Shape.of(type);
            if (shape == Shape.ENUM) {
                // a constant with a body of its own is of a class inside its enum's
                Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
                Object[] values = declaring.getEnumConstants();
                byte[][] constants = new byte[values.length][];
                for (Object v : values) {
                    constants[((Enum<?>) v).ordinal()] = (declaring.getName() + "\0" + ((Enum<?>) v).name() + "\0")
                            .getBytes(StandardCharsets.UTF_8);
                }
                return new Walk(shape, null, null, constants);
            }
            if (shape != Shape.RECORD && shape != Shape.SHARED_RECORD) {
                return new Walk(shape, null, null, null);
            }
            List<MethodHandle> accessors = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType generic = MethodType.methodType(Object.class, Record.class);
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true); // a record need not be public to be shown
                    accessors.add(lookup.unreflect(accessor).asType(generic));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
                }
            }
            byte[] name = (type.getName() + "\0").getBytes(StandardCharsets.UTF_8);
            return new Walk(shape, name, accessors.toArray(MethodHandle[]::new), null);
        }
    }

    private byte[] hash(Object... values) {
        Feed hasher = new Feed();
        for (Object v : values) {
            walk(hasher, v);
        }
        return hasher.digest();
    }

    private static void unordered(Feed hasher, List<byte[]> hashes) {
        hashes.sort(Arrays::compare);
        hashes.forEach(hasher::bytes);
    }

    /**
     * What a key is hashed from, gathered in a buffer and given to the hash a buffer at a time: a walk gives it some
     * ten small pieces a field (a tag, a name, a count), and handing each to the hash on its own was most of a walk's
     * time. Strings go in as UTF-8, each followed by a zero byte, so that "ab" then "c" differs from "a" then "bc".
     */
    private static final class Feed {
        private final MessageDigest hash = ContentHash.digest();
        private final byte[] buffer = new byte[512];
        private int size;
        /**
         * The walks of the classes this key met last, by a few bits of their identity: a key's values are of a few
         * classes, and a look-up in the shared table of walks at every value was a fifth of a page's key.
         */
        private final Class<?>[] recentTypes = new Class<?>[RECENT];
        private final Walk[] recentWalks = new Walk[RECENT];

        Walk recent(Class<?> type) {
            int at = System.identityHashCode(type) & (RECENT - 1);
            return recentTypes[at] == type ? recentWalks[at] : null;
        }

        void remember(Class<?> type, Walk walk) {
            int at = System.identityHashCode(type) & (RECENT - 1);
            recentTypes[at] = type;
            recentWalks[at] = walk;
        }

        void tag(int b) {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) b;
        }

        void count(char kind, int n) {
            tag(kind);
            number(n);
        }

        void number(long n) {
            if (size + 8 > buffer.length) {
                flush();
            }
            for (int i = 0; i < 8; i++) {
                buffer[size++] = (byte) (n >>> (8 * i));
            }
        }

        void text(String s) {
            // the JDK's encoder, compiled long before a build's first key, rather than a loop of the plugin's own
            bytes(s.getBytes(StandardCharsets.UTF_8));
            tag(0);
        }

        void bytes(byte[] bytes) {
            if (size + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    hash.update(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        private void flush() {
            hash.update(buffer, 0, size);
            size = 0;
        }

        byte[] digest() {
            flush();
            return hash.digest();
        }
    }

    /** How many classes' walks a key holds at once: a power of two. */
    private static final int RECENT = 16;

    private static String kindOf(Object value) {
        return value instanceof Collection<?> ? "a collection of unknown order" : "not a record or a plain value";
    }
}
