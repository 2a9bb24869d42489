package io.github.paperdigest.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large, deterministic corpus for measuring the site at scale: arXiv JSON Lines digests, one per day,
 * whose papers are made of the example digest's real words, drawn as often as they occur there, plus
 * coined names (of models, datasets) that make the vocabulary grow with the corpus as real ones do. The
 * same arguments always write the same bytes.
 */
public final class SyntheticDigests {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final String[] SYLLABLES = {"ka", "lo", "vi", "de", "mo", "ra", "zu", "ne", "ti", "po", "gra",
        "sta", "fle", "xo", "qui", "bri", "sen", "tor", "lum", "vex"};

    private final List<String> words;
    private final Random random;

    private SyntheticDigests(List<String> words, long seed) {
        this.words = words;
        this.random = new Random(seed);
    }

    /**
     * Writes {@code papers} papers in {@code days} digests under {@code folder}.
     *
     * @return the digest folder
     */
    public static Path write(Path folder, int papers, int days) {
        try {
            String seed = Files.readString(SiteFiles.projectRoot()
                    .resolve("example-project/src/digests/000_ac72b9b54d05ed1c.txt"), StandardCharsets.UTF_8);
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(seed);
            while (m.find()) {
                words.add(m.group());
            }
            new SyntheticDigests(words, 20250122L).writeDigests(Files.createDirectories(folder), papers, days);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the first {@code files} digests of a folder, in name order (the first days), into another. */
    public static Path copyFirst(Path from, Path to, int files) throws IOException {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> list = Files.list(from)) {
            for (Path f : list.sorted().limit(files).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private void writeDigests(Path folder, int papers, int days) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int perDay = (papers + days - 1) / days;
        int written = 0;
        for (int day = 0; day < days && written < papers; day++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(day);
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(date + "-arxiv.jsonl"), StandardCharsets.UTF_8)) {
                for (int i = 0; i < perDay && written < papers; i++, written++) {
                    ObjectNode record = json.createObjectNode();
                    record.put("id", String.format(Locale.ROOT, "24%02d.%05d", 1 + day % 12, written));
                    record.put("title", title());
                    record.put("abstract", abstractText());
                    record.putArray("authors").add(name()).add(name()).add(name());
                    record.put("categories", "cs.CV");
                    record.put("update_date", date.toString());
                    out.write(json.writeValueAsString(record));
                    out.write('\n');
                }
            }
        }
    }

    private String title() {
        StringBuilder title = new StringBuilder(capitalised(coined())).append(": ");
        for (int i = 6 + random.nextInt(7); i > 0; i--) {
            title.append(capitalised(word())).append(i > 1 ? " " : "");
        }
        return title.toString();
    }

    private String abstractText() {
        StringBuilder text = new StringBuilder();
        int length = 140 + random.nextInt(120);
        for (int i = 0; i < length; i++) {
            String word = random.nextInt(25) == 0 ? coined() : word();
            text.append(i == 0 ? capitalised(word) : word).append(random.nextInt(14) == 0 ? ". " : " ");
        }
        return text.toString().strip() + ".";
    }

    /** A word of the example digest, as likely as it is there. */
    private String word() {
        return words.get(random.nextInt(words.size()));
    }

    /** A name that may never have been seen before: most are rare, a few recur (Zipf-like). */
    private String coined() {
        int rank = (int) Math.floor(Math.pow(300_000, random.nextDouble()));
        StringBuilder name = new StringBuilder();
        for (int n = rank; ; n /= SYLLABLES.length) {
            name.append(SYLLABLES[n % SYLLABLES.length]);
            if (n < SYLLABLES.length) {
                break;
            }
        }
        return name.toString();
    }

    private String name() {
        return capitalised(coined()) + " " + capitalised(coined());
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
