package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Atom feed the arXiv API returns for a query: each {@code <entry>} is a paper (id, title,
 * summary, authors, dates, links, categories, comment, journal reference, DOI). Streamed with StAX,
 * with DTDs and external entities refused, so a hostile file can neither read local files nor expand
 * entities without bound. A {@code .xml} file is read only if it is an Atom feed.
 */
public final class ArxivAtomDigestReader implements DigestReader {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";

    private final XMLInputFactory factory;
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    public ArxivAtomDigestReader(LinkFinder linkFinder, LinkClassifier classifier) {
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    @Override
    public String format() {
        return "arxiv-atom";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("atom", "xml");
    }

    /** A .atom file is read as a feed whatever it holds (and refused with a reason); a .xml file only if it is one. */
    @Override
    public boolean recognises(DigestSource source) {
        if (source.extension().equals("atom")) {
            return true;
        }
        String head = source.head(4096);
        return head.contains("<feed") && head.contains(ATOM);
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<PaperEntry> entries = new EntryList();
        Optional<String> feedTitle = Optional.empty();
        // UTF-8 as every digest, whatever the XML declaration names: a feed saved again as UTF-8 that kept an
        // "ISO-8859-1" declaration was decoded as that, its accented names garbled without a word; UTF-16 is refused
        try (InputStream in = new java.io.BufferedInputStream(source.openUtf8())) {
            in.mark(1);
            if (in.read() < 0) {
                return new DigestFile(source.name(), format(), feedTitle, Optional.empty(), Optional.empty(), "",
                        List.of(), entries);
            }
            in.reset();
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1 && !(ATOM.equals(xml.getNamespaceURI()) && "feed".equals(xml.getLocalName()))) {
                            throw new DigestException(source.name(), lineOf(xml.getLocation()),
                                    "expected an Atom <feed>, found <" + xml.getLocalName() + ">");
                        }
                        if (depth == 2 && isAtom(xml, "title")) {
                            feedTitle = Optional.of(FaithfulText.clean(xml.getElementText())).filter(t -> !t.isEmpty());
                            depth--;
                        } else if (depth == 2 && isAtom(xml, "entry")) {
                            entry(xml, source, problems).ifPresent(entries::add);
                            depth--;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } catch (DigestException e) {
                throw e;
            } catch (RuntimeException e) {
                // the JDK's parser fails on some broken DTDs (a control character in one) with an internal
                // error, MissingResourceException "InvalidCharInDTD", instead of an XMLStreamException
                throw new XMLStreamException("malformed XML (" + e.getMessage() + ")", xml.getLocation(), e);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // with its cause: the parser may have met an I/O error
            DigestException notWellFormed = new DigestException(source.name(), lineOf(e.getLocation()),
                    "not a well-formed Atom feed: " + firstLine(e.getMessage()), e);
            problems.report(notUtf8(source).orElse(notWellFormed));
        } catch (IOException e) {
            // with its cause, so that a reading that met an I/O error is not kept for the next build
            problems.report(new DigestException(source.name(), 0, "cannot be read: " + e.getMessage(), e));
        }
        return new DigestFile(source.name(), format(), feedTitle, DigestDates.inText(source.baseName()), Optional.empty(),
                "", List.of(), entries);
    }

    /**
     * The first line of the file with bytes that are not UTF-8, said as every digest says it (with what the byte is in
     * Windows-1252, and the fix), where the parser says only "Invalid byte 1 of 1-byte UTF-8 sequence".
     */
    private static Optional<DigestException> notUtf8(DigestSource source) {
        try {
            source.allLines(DigestProblems.strict(w -> { }));
            return Optional.empty();
        } catch (DigestException e) {
            return Optional.of(e).filter(problem -> problem.problem().contains("not valid UTF-8"));
        }
    }

    /**
     * The line a parser's location names, or 0 (the whole file) when it names none: the parser says -1 where it does
     * not know, as at the end of a file that stops inside its DOCTYPE ("{@code <!DOCTYPE feed [}").
     */
    private static int lineOf(Location location) {
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    /** Reads one entry; the reader is on its start tag and is left on its end tag. */
    private Optional<PaperEntry> entry(XMLStreamReader xml, DigestSource source, DigestProblems problems)
            throws XMLStreamException {
        EntryDraft draft = new EntryDraft(source.name(), lineOf(xml.getLocation()), problems);
        List<String> authors = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (depth == 1 && isAtom(xml, "author")) {
                depth++;
                continue;
            }
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (ATOM.equals(ns)) {
                switch (name) {
                    case "id" -> draft.arxivId(xml.getElementText());
                    case "title" -> draft.title(xml.getElementText());
                    case "summary" -> draft.abstractText(xml.getElementText());
                    case "published" -> draft.published(xml.getElementText());
                    case "name" -> authors.add(xml.getElementText());
                    case "link" -> {
                        String href = xml.getAttributeValue(null, "href");
                        String title = xml.getAttributeValue(null, "title");
                        draft.link("pdf".equals(title) ? LinkKind.PDF : "doi".equals(title) ? LinkKind.DOI : null,
                                href, classifier);
                        skip(xml);
                    }
                    case "category" -> {
                        categories.add(orEmpty(xml.getAttributeValue(null, "term")));
                        skip(xml);
                    }
                    default -> skip(xml);
                }
            } else if (ARXIV.equals(ns)) {
                switch (name) {
                    case "comment" -> draft.arxivComment(xml.getElementText());
                    case "journal_ref" -> draft.journalReference(xml.getElementText());
                    case "doi" -> draft.doi(xml.getElementText());
                    default -> skip(xml);
                }
            } else {
                skip(xml);
            }
        }
        draft.authors(authors);
        PaperRecords.categories(categories, draft);
        return draft.build(linkFinder, classifier);
    }

    private static boolean isAtom(XMLStreamReader xml, String name) {
        return ATOM.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        String last = m.substring(m.lastIndexOf("Message:") >= 0 ? m.lastIndexOf("Message:") + 8 : 0).strip();
        return nl < 0 ? m : last;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
