import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a deterministic benchmark corpus of N papers, twice: as a Maven project with daily plain-text
 * digests of ~100 papers for Paper Digest, and as a Hugo site with one Markdown page per paper and a
 * tags taxonomy. Text follows the sample digest: a word-pair Markov chain trained on its titles and
 * abstracts, with title and abstract lengths drawn from it, plus a long tail of method and dataset names
 * (Zipf-distributed) as real corpora have.
 *
 * <p>With {@code --authors}, each paper also has 2 to 6 draws of authors (Zipf-distributed over 20,000 names, as a
 * field's prolific authors recur; a name drawn twice is kept once, so about 2 % of papers have one author), the digests are arXiv JSON Lines records instead of plain text, and Hugo gets an author
 * taxonomy: real digests name authors, and a site with a page per author is a different load (a paper's page links
 * its authors' pages). The authors are drawn from a random of their own, so the papers are those of the corpus
 * without them.
 *
 * Usage: java GenerateCorpus.java SEED_DIGEST PAPERS OUT_DIR PLUGIN_VERSION [--authors]
 */
public class GenerateCorpus {

    static final int PER_DIGEST = 100;
    static final Pattern WORD = Pattern.compile("\\s+");

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5 || args.length == 5 && !args[4].equals("--authors")) {
            throw new IllegalArgumentException("usage: java GenerateCorpus.java SEED_DIGEST PAPERS OUT_DIR PLUGIN_VERSION"
                    + " [--authors]");
        }
        Path seed = Path.of(args[0]);
        int papers = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        String version = args[3];
        boolean withAuthors = args.length == 5;
        Random random = new Random(20261125L + papers);
        Random authorRandom = new Random(20261202L + papers);
        List<String> people = people(20_000);

        List<String[]> samples = samples(Files.readString(seed, StandardCharsets.UTF_8));
        Markov titles = new Markov();
        Markov abstracts = new Markov();
        List<Integer> titleLengths = new ArrayList<>();
        List<Integer> abstractLengths = new ArrayList<>();
        for (String[] s : samples) {
            String[] t = WORD.split(s[0].replaceFirst("^[^:]{1,40}:\\s*", ""));
            titles.train(t);
            titleLengths.add(t.length);
            String[] a = WORD.split(s[1]);
            abstracts.train(a);
            abstractLengths.add(a.length);
        }
        List<String> names = names(20_000, random);
        List<String> tagPool = new ArrayList<>();
        for (String[] s : samples) {
            for (String w : WORD.split(s[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", " "))) {
                if (w.length() > 5) {
                    tagPool.add(w);
                }
            }
        }
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(tagPool));

        Path project = out.resolve("project");
        Path digests = project.resolve("src/digests");
        Path hugo = out.resolve("hugo");
        Files.createDirectories(digests);
        Files.createDirectories(hugo.resolve("content/paper"));
        Files.writeString(project.resolve("pom.xml"), pom(version, papers));
        Files.writeString(hugo.resolve("hugo.toml"), """
                baseURL = "https://example.org/papers/"
                title = "Benchmark papers"
                disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
                relativeURLs = true
                [taxonomies]
                  tag = "tags"
                """ + (withAuthors ? "  author = \"authors\"\n" : ""));
        LocalDate day = LocalDate.of(2020, 1, 1);
        StringBuilder digest = new StringBuilder();
        Set<String> usedTitles = new java.util.HashSet<>();
        // one digest more than asked for is written aside, as the next day's: bench/run.sh adds it to time a rebuild
        // after a new digest, as a reading group's archive gains one. It is drawn last, so the corpus stays as it was
        for (int i = 0; i < papers + PER_DIGEST; i++) {
            boolean aside = i >= papers;
            String name = names.get(zipf(random, names.size()));
            String title = name + ": " + capitalise(titles.sentence(random, pick(random, titleLengths)));
            while (!usedTitles.add(title.toLowerCase(Locale.ROOT))) {
                title = title + " " + (char) ('A' + random.nextInt(26));
            }
            String abstractText = abstracts.sentence(random, pick(random, abstractLengths)).replace(" we ", " " + name + " ")
                    + " We evaluate " + name + " on " + names.get(zipf(random, names.size())) + ".";
            List<String> authors = new ArrayList<>();
            if (withAuthors) {
                for (int k = 0, n = 2 + authorRandom.nextInt(5); k < n; k++) {
                    String person = people.get(zipf(authorRandom, people.size()));
                    if (!authors.contains(person)) {
                        authors.add(person);
                    }
                }
                digest.append(arxivRecord(i, title, abstractText, authors)).append('\n');
            } else {
                digest.append(title).append("\n\n").append(abstractText).append("\n\n");
            }
            List<String> paperTags = new ArrayList<>();
            for (int k = 0; k < 3 + random.nextInt(4); k++) {
                String t = tags.get(zipf(random, tags.size()));
                if (!paperTags.contains(t)) {
                    paperTags.add(t);
                }
            }
            if (!aside) {
                Files.writeString(hugo.resolve("content/paper/p" + i + ".md"), "---\ntitle: " + yaml(title) + "\ndate: "
                        + day + "\ntags: [" + String.join(", ", paperTags) + "]\n"
                        + (withAuthors ? "authors: [" + String.join(", ", authors.stream().map(GenerateCorpus::yaml).toList()) + "]\n" : "")
                        + "---\n\n" + abstractText + "\n");
            }
            boolean digestEnds = aside ? i == papers + PER_DIGEST - 1 : (i + 1) % PER_DIGEST == 0 || i == papers - 1;
            if (digestEnds) {
                String file = day + (withAuthors ? "-daily-papers.jsonl" : "-daily-papers.txt");
                Files.writeString(aside ? out.resolve(file + ".next") : digests.resolve(file),
                        withAuthors ? digest.toString() : "Daily Papers\n\n" + digest);
                digest.setLength(0);
                day = day.plusDays(1);
            }
        }
        Path layouts = hugo.resolve("layouts/_default");
        Files.createDirectories(layouts);
        Files.writeString(layouts.resolve("baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        Files.writeString(layouts.resolve("single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                <ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
                """);
        Files.writeString(layouts.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        Files.writeString(layouts.resolve("terms.html"), """
                {{ define "main" }}<h1>Tags</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
        Files.writeString(hugo.resolve("layouts/index.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
                <body><h1>{{ .Site.Title }}</h1><a href="tags/">Tags</a></body></html>
                """);
    }

    /** A word-pair Markov chain. */
    static final class Markov {
        final Map<String, List<String>> next = new HashMap<>();
        final List<String> starts = new ArrayList<>();

        void train(String[] words) {
            if (words.length == 0) {
                return;
            }
            starts.add(words[0]);
            for (int i = 0; i + 1 < words.length; i++) {
                next.computeIfAbsent(words[i], k -> new ArrayList<>()).add(words[i + 1]);
            }
        }

        String sentence(Random random, int length) {
            StringBuilder out = new StringBuilder();
            String w = starts.get(random.nextInt(starts.size()));
            for (int i = 0; i < length; i++) {
                out.append(i == 0 ? "" : " ").append(w);
                List<String> options = next.get(w);
                w = options == null ? starts.get(random.nextInt(starts.size())) : options.get(random.nextInt(options.size()));
            }
            return out.toString();
        }
    }

    static List<String[]> samples(String seed) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : seed.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        int first = paragraphs.indexOf("by AK and the research community") + 1;
        List<String[]> out = new ArrayList<>();
        for (int i = first; i + 1 < paragraphs.size(); i += 2) {
            out.add(new String[] {paragraphs.get(i), paragraphs.get(i + 1)});
        }
        return out;
    }

    static List<String> names(int n, Random random) {
        String[] syllables = {"vid", "gen", "sora", "lum", "mira", "kine", "flux", "nova", "tem", "pix", "dyn", "ora",
                "zen", "axi", "qua", "rho", "sig", "vox", "lex", "mo"};
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            String s = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)];
            String name = Character.toUpperCase(s.charAt(0)) + s.substring(1)
                    + (random.nextBoolean() ? "-" + (random.nextInt(90) + 10) + (random.nextBoolean() ? "B" : "M") : "");
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    /** N distinct person names, "Given Family" or "Given M. Family": the same for every corpus. */
    static List<String> people(int n) {
        String[] given = {"Ada", "Bo", "Chen", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ines", "Jun", "Kofi", "Lena",
                "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tamar", "Uma", "Viktor", "Wei", "Ximena",
                "Yusuf", "Zoe"};
        String[] family = {"Abe", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova",
                "Jensen", "Kim", "Larsen", "Mensah", "Novak", "Okafor", "Park", "Qureshi", "Rossi", "Sato", "Tanaka",
                "Umarov", "Varga", "Wang", "Xu", "Yilmaz", "Zhang", "Li", "Liu", "Chen", "Singh", "Patel", "Nguyen"};
        List<String> people = new ArrayList<>(n);
        for (int i = 0; people.size() < n; i++) {
            String middle = i < given.length * family.length ? "" : (char) ('A' + (i / (given.length * family.length) - 1) % 26) + ". ";
            people.add(given[i % given.length] + " " + middle + family[i / given.length % family.length]);
        }
        return people;
    }

    /** A paper as an arXiv JSON Lines record (the fields bench corpora need: id, title, abstract and authors). */
    static String arxivRecord(int i, String title, String abstractText, List<String> authors) {
        String id = String.format(Locale.ROOT, "20%02d.%05d", 1 + i / 99_999, 1 + i % 99_999);
        return "{\"id\": " + json(id) + ", \"title\": " + json(title) + ", \"summary\": " + json(abstractText)
                + ", \"authors\": [" + String.join(", ", authors.stream().map(GenerateCorpus::json).toList()) + "]}";
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** An index in [0, n) with probability falling as 1/(rank+1). */
    static int zipf(Random random, int n) {
        double h = Math.log(n + 1.0);
        return Math.min(n - 1, (int) Math.floor(Math.exp(random.nextDouble() * h) - 1));
    }

    static int pick(Random random, List<Integer> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String pom(String version, int papers) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>bench-%d</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <name>Benchmark papers</name>
                  <properties>
                    <project.build.outputTimestamp>2026-11-25T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <groupId>io.github.paperdigest</groupId>
                          <artifactId>paper-digest-maven-plugin</artifactId>
                          <version>%s</version>
                        </plugin>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-site-plugin</artifactId>
                          <version>3.21.0</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """.formatted(papers, version);
    }
}
