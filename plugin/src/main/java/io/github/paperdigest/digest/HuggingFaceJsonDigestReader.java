package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads JSON saved from a paper API: the array the Hugging Face daily papers API returns (items with
 * a nested {@code paper}), or any array of paper records with a title and a summary or abstract, also
 * when wrapped in an object ({"papers": [...]}). Pages scraped from the Hugging Face papers site give
 * {@code paper_url}, {@code stars} and an {@code authors} list that may be empty, with the abstract, links and
 * {@code github_links} in a nested {@code details} object: what is there is read, and the debug log says
 * which fields were used. The file is streamed one record at a time; a syntax error names its line and column.
 */
public final class HuggingFaceJsonDigestReader implements DigestReader {

    private static final Set<String> WRAPPERS = Set.of("papers", "items", "data", "results", "entries");

    private final ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public HuggingFaceJsonDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        Map<LocalDate, Integer> featuredOn = new TreeMap<>();
        boolean dailyPapers = false;
        java.util.SortedSet<String> fieldsUsed = new java.util.TreeSet<>();
        JsonParser parser = null;
        try (InputStream in = source.openUtf8(); JsonParser opened = json.getFactory().createParser(in)) {
            parser = opened;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return empty(source);
            }
            if (first == JsonToken.START_OBJECT && !enterWrappedArray(parser)) {
                throw new DigestException(source.name(), 1,
                        "expected a JSON array of papers (or an object with a 'papers' array)");
            } else if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw new DigestException(source.name(), 1, "expected a JSON array of papers");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode item = json.readTree(parser);
                JsonNode paper = item.path("paper");
                EntryDraft draft = new EntryDraft(source.name(), line, problems);
                if (paper.isObject()) {
                    dailyPapers = true;
                    PaperRecords.read(paper, draft, classifier);
                    if (!draft.hasAbstract()) {
                        draft.abstractText(orEmpty(PaperRecords.first(item, "summary")));
                    }
                    if (draft.title().isEmpty()) {
                        draft.title(orEmpty(PaperRecords.first(item, "title")));
                    }
                    String featured = Optional.ofNullable(PaperRecords.first(paper, "submittedOnDailyAt"))
                            .orElse(PaperRecords.first(item, "publishedAt"));
                    if (featured != null && featured.length() >= 10) {
                        try {
                            featuredOn.merge(LocalDate.parse(featured.substring(0, 10)), 1, Integer::sum);
                        } catch (java.time.DateTimeException ignored) {
                            // the paper's own date was already checked by PaperRecords
                        }
                    }
                } else {
                    PaperRecords.read(item, draft, classifier);
                    JsonNode details = item.path("details");
                    if (details.isObject()) {
                        PaperRecords.details(details, draft, classifier);
                        details.fieldNames().forEachRemaining(f -> fieldsUsed.add("details." + f));
                    }
                }
                item.fieldNames().forEachRemaining(fieldsUsed::add);
                draft.build(linkFinder, classifier).ifPresent(entries::add);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.report(source.name(), parser.currentTokenLocation().getLineNr(),
                        "every element of the array must be a paper object");
            }
        } catch (JsonProcessingException e) {
            // the limits on nesting depth and number length are reported without a location: the parser knows it
            int line = e.getLocation() != null ? e.getLocation().getLineNr()
                    : parser != null ? parser.currentLocation().getLineNr() : 0;
            problems.report(source.name(), line, InvalidJson.problem(e));
        } catch (IOException e) {
            // with its cause, so that a reading that met an I/O error is not kept for the next build
            problems.report(new DigestException(source.name(), 0, "cannot be read: " + e.getMessage(), e));
        }
        Optional<LocalDate> date = DigestDates.inText(source.baseName())
                .or(() -> featuredOn.size() == 1 ? Optional.of(featuredOn.keySet().iterator().next()) : Optional.empty());
        return new DigestFile(source.name(), format(),
                dailyPapers ? Optional.of("Daily Papers") : Optional.empty(), date, Optional.empty(), "", List.of(),
                entries, fieldsUsed.isEmpty() ? "" : "fields: " + String.join(", ", fieldsUsed));
    }

    private static boolean enterWrappedArray(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (WRAPPERS.contains(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private DigestFile empty(DigestSource source) {
        return new DigestFile(source.name(), format(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(), List.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
