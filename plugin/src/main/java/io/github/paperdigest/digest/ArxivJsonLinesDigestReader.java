package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads arXiv metadata records as JSON Lines: one object per line with id, title, abstract (or
 * summary), authors, categories and dates, as in the arXiv metadata snapshot and many crawlers.
 * Categories become tags with their readable names. A line that is not valid JSON is a problem of
 * that line only: in lenient mode the other lines are still read.
 */
public final class ArxivJsonLinesDigestReader implements DigestReader {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public ArxivJsonLinesDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
    }

    @Override
    public String format() {
        return "arxiv-jsonl";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        try (LineReader lines = source.lines(problems)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int number = lines.lineNumber();
                JsonNode record;
                try {
                    record = json.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.report(source.name(), number, InvalidJson.problem(e));
                    continue;
                }
                if (record == null || !record.isObject()) {
                    problems.report(source.name(), number, "each line must be one JSON object (a paper record)");
                    continue;
                }
                EntryDraft draft = new EntryDraft(source.name(), number, problems);
                PaperRecords.read(record, draft, classifier);
                draft.build(linkFinder, classifier).ifPresent(entries::add);
            }
        }
        return new DigestFile(source.name(), format(), Optional.empty(), DigestDates.inText(source.baseName()),
                Optional.empty(), "", List.of(), entries);
    }
}
