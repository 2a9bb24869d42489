package io.github.paperdigest.engine;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Digests;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.render.ModelExport;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The objects of papers that the current site's papers.json holds, for the build that writes it again: the file is
 * some 3 KB a paper, too large to keep a second copy of in a memo, so the memo keeps where each object lies in the file
 * (under the key of what the object was made from) and the hash of its bytes, and the next build takes the bytes from
 * the file itself. An object whose bytes are not those the memo names (the file edited, replaced, or from another build
 * than the memo) is made again, as is every object when the file or the memo is missing.
 */
final class ExportObjects implements ModelExport.KeptObjects {

    private static final String WHERE = AnalysisMemo.key("where papers.json holds each paper's object");

    private final AnalysisMemo memo;
    private final ContentKeys keys;
    private final Supplier<Optional<byte[]>> currentFile;
    /** Recalled when the build starts, so that the memo keeps it while the export is kept as it was. */
    private final byte[] recalledPlaces;
    /** Made at the first look-up. */
    private Kept kept;
    /** The key of the object last recalled, whose bytes were checked against their hash. */
    private String recalledKey;

    private final List<String> written = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];

    /**
     * @param keys        the keys of what files are made from, whose environment holds the settings objects show
     * @param currentFile the current site's papers.json, asked for when an object is first looked up
     */
    ExportObjects(AnalysisMemo memo, ContentKeys keys, Supplier<Optional<byte[]>> currentFile) {
        this.memo = memo;
        this.keys = keys;
        this.currentFile = currentFile;
        this.recalledPlaces = memo.recall(WHERE);
    }

    /** The file and where its objects lie, by key. */
    private record Kept(byte[] file, Map<String, Place> places) {
    }

    private record Place(long offset, int length, String hash) {
    }

    @Override
    public String keyOf(ModelExport.PaperObject madeFrom) {
        // the paper and its citation are records many files show, whose keys are made once a build; the lists, a few
        // short texts each, are given as one text (a walk of them, record by record, cost more than all the rest)
        StringBuilder lists = new StringBuilder(256);
        texts(madeFrom.tags(), lists);
        texts(madeFrom.hubs(), lists);
        texts(madeFrom.relatedSlugs(), lists);
        lists.append(madeFrom.related().size()).append('\n');
        for (RelatedPaper related : madeFrom.related()) {
            lists.append(related.id().value()).append('\0')
                    .append(Long.toHexString(Double.doubleToLongBits(related.score()))).append('\n');
        }
        return keys.of("export paper", madeFrom.paper(), madeFrom.citation(), lists.toString());
    }

    /** Texts as a part of a text: their count, then each ended by a zero (which no slug, tag or hub id holds). */
    private static void texts(List<String> texts, StringBuilder out) {
        out.append(texts.size()).append('\n');
        for (String text : texts) {
            out.append(text).append('\0');
        }
    }

    @Override
    public byte[] recalled(String key) {
        if (kept == null) {
            kept = kept();
        }
        Place place = kept.places().get(key);
        if (place == null || place.offset() < 0 || place.length() < 0
                || place.offset() > kept.file().length - (long) place.length()) {
            return null;
        }
        int from = (int) place.offset();
        MessageDigest hash = ContentHash.digest();
        hash.update(kept.file(), from, place.length());
        if (!Digests.hex(hash).equals(place.hash())) {
            return null;
        }
        recalledKey = key;
        return Arrays.copyOfRange(kept.file(), from, from + place.length());
    }

    private Kept kept() {
        Map<String, Place> places = recalledPlaces == null ? null : MemoBytes.decode(recalledPlaces, ExportObjects::places);
        if (places == null || places.isEmpty()) {
            return new Kept(new byte[0], Map.of());
        }
        return currentFile.get().map(file -> new Kept(file, places)).orElseGet(() -> new Kept(new byte[0], Map.of()));
    }

    private static Map<String, Place> places(MemoBytes.Reader in) throws IOException {
        int n = in.size(2 * MemoBytes.Reader.TEXT_AND_NUMBER);
        List<String> keys = new ArrayList<>(n);
        List<String> hashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(in.text());
            hashes.add(in.text());
        }
        long[] offsets = in.longs();
        int[] lengths = in.numbers();
        if (offsets.length != n || lengths.length != n) {
            return null;
        }
        Map<String, Place> places = new HashMap<>(MemoBytes.Reader.capacity(n));
        for (int i = 0; i < n; i++) {
            places.put(keys.get(i), new Place(offsets[i], lengths[i], hashes.get(i)));
        }
        return places;
    }

    @Override
    public void wrote(String key, long offset, byte[] object) {
        int at = written.size();
        if (at == offsets.length) {
            offsets = Arrays.copyOf(offsets, 2 * at);
            lengths = Arrays.copyOf(lengths, 2 * at);
        }
        written.add(key);
        // the object's own bytes are hashed, so that the next build checks those it takes and nothing else of the
        // file; those just recalled were checked against the hash they are kept under
        hashes.add(key.equals(recalledKey) ? kept.places().get(key).hash() : ContentHash.hex(object));
        recalledKey = null;
        offsets[at] = offset;
        lengths[at] = object.length;
    }

    @Override
    public void finished() {
        MemoBytes.Writer out = new MemoBytes.Writer().number(written.size());
        for (int i = 0; i < written.size(); i++) {
            out.text(written.get(i)).text(hashes.get(i));
        }
        out.longs(Arrays.copyOf(offsets, written.size())).numbers(Arrays.copyOf(lengths, written.size()));
        byte[] bytes = out.bytes();
        if (bytes != null) {
            memo.remember(WHERE, bytes);
        }
    }
}
