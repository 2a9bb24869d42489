package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownBlock.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the level of a Markdown digest's paper headings can be told. The reader takes the headings of one level as
 * papers ({@code ##}, or the level whose headings open with a metadata list) and the headings of other levels under a
 * paper as parts of its note ("### Notes", "### Results"). When the headings of another level inside the papers look
 * as much like papers as the papers do (each over a paragraph of its own, each titled differently, as many as half the
 * papers or more), as a file of {@code #} to {@code ######} headings over paragraphs does, which of them are the papers
 * cannot be told: reading one level as papers and the others as notes would be silently wrong.
 */
final class PaperHeadingLevels {

    /** The headings of other levels inside the papers, per level: how many, how many over a paragraph, their titles. */
    private final int[] inside = new int[7];
    private final int[] overAParagraph = new int[7];
    private final List<Set<String>> titles = new ArrayList<>();
    private final int[] firstLine = new int[7];
    private int papers;
    private int paperLevel;

    PaperHeadingLevels() {
        for (int level = 0; level <= 6; level++) {
            titles.add(new HashSet<>());
        }
    }

    /** A paper heading, and the blocks of its body, some of them headings of other levels. */
    void paper(MarkdownBlock heading, List<MarkdownBlock> body, MarkdownHeadings headings) {
        papers++;
        paperLevel = heading.level();
        for (int i = 0; i < body.size(); i++) {
            MarkdownBlock b = body.get(i);
            if (b.kind() != Kind.HEADING) {
                continue;
            }
            int level = b.level();
            inside[level]++;
            if (firstLine[level] == 0) {
                firstLine[level] = b.line();
            }
            if (i + 1 < body.size() && body.get(i + 1).kind() == Kind.PARAGRAPH) {
                overAParagraph[level]++;
                titles.get(level).add(headings.title(b).toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Says, at the first heading of another level that looks like a paper, which level is read as papers and which are
     * not, when that cannot be told: a problem in a strict build, a warning in a lenient one, which reads the papers
     * of the level it chose.
     */
    void check(DigestSource source, DigestProblems problems) {
        List<String> lookAlike = new ArrayList<>();
        int line = Integer.MAX_VALUE;
        for (int level = 1; level <= 6; level++) {
            boolean asMany = overAParagraph[level] >= 2 && overAParagraph[level] * 2 >= papers;
            // "### Notes" under every paper is a part of each note; titles of their own are papers' titles
            boolean titledApart = titles.get(level).size() * 10 >= overAParagraph[level] * 9;
            if (level != paperLevel && asMany && titledApart) {
                lookAlike.add(String.format(Locale.ROOT, "%,d '%s' headings", inside[level], "#".repeat(level)));
                line = Math.min(line, firstLine[level]);
            }
        }
        if (lookAlike.isEmpty()) {
            return;
        }
        String marks = "#".repeat(paperLevel);
        String message = String.format(Locale.ROOT, "which headings are the papers cannot be told: %,d '%s' headings are"
                + " read as papers, but the %s inside them are each over a paragraph and titled apart, as papers are,"
                + " and are read as parts of those papers' notes; write each paper as a '%s' heading (over a metadata"
                + " list, '- arxiv: …', where its level is another), and its note's parts under headings of a deeper"
                + " level", papers, marks, String.join(", ", lookAlike), marks);
        if (problems.stopsOnProblem()) {
            problems.report(source.name(), line, message);
        } else {
            problems.warn(source.name(), line, message + " (strict=false: read as the '" + marks + "' papers)");
        }
    }
}
