package org.councilpapers.extractors.read.tika;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.councilpapers.extractors.read.PaperBudget;
import org.councilpapers.extractors.read.PaperOverBudgetException;
import org.councilpapers.extractors.read.Source;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The Tika side of the reader: one {@link AutoDetectParser} (costly to build, thread-safe to
 * share), the parse settings, and the translation of Tika's failures into plain reasons. Kept
 * apart from {@link TikaLayoutReader} so nothing loads Tika until an office file is read.
 */
final class TikaParsing {
    /**
     * Embedded files (an Excel sheet inside a Word report) are shown as pictures in the paper;
     * their contents are not part of its text, so they are not parsed.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked to, see shouldParseEmbedded
        }
    };

    private final AutoDetectParser parser = new AutoDetectParser();

    /** Why Tika could not parse a file: encrypted, empty, or the root cause of its failure. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean encrypted;
        final boolean empty;
        final boolean endedEarly;

        Failure(String reason, boolean encrypted, boolean empty, boolean endedEarly, @Nullable Throwable cause) {
            super(reason, cause);
            this.encrypted = encrypted;
            this.empty = empty;
            this.endedEarly = endedEarly;
        }
    }

    /**
     * Parses the source into the handler and returns the non-fatal problems Tika recorded, one line
     * each.
     *
     * @param docxFurnitureApart true where the caller reads a .docx's headers and footers itself, so
     *                           Tika should leave them out (it would mix them into the body text)
     * @param streamingDocx      use Tika's SAX-based .docx extractor, which copes with broken side parts
     */
    List<String> parse(Source source, ContentHandler handler, boolean docxFurnitureApart, boolean streamingDocx,
            PaperBudget budget) throws Failure, PaperOverBudgetException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, source.name());
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(!docxFurnitureApart);
        office.setIncludeDeletedContent(false); // tracked deletions are not the paper's text
        office.setIncludeMoveFromContent(false);
        office.setUseSAXDocxExtractor(streamingDocx);
        context.set(OfficeParserConfig.class, office);
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        try (TikaInputStream in = TikaInputStream.get(new BufferedInputStream(source.open()))) {
            parser.parse(in, new OnTheClock(handler, budget), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new Failure("encrypted", true, false, false, e);
        } catch (ZeroByteFileException e) {
            throw new Failure("empty", false, true, false, e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PaperOverBudgetException over) {
                    throw over;
                }
            }
            Throwable root = e;
            boolean encrypted = false;
            boolean endedEarly = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                // POI's own EncryptedDocumentException, matched by name: POI is Tika's dependency, not ours
                encrypted |= t.getClass().getSimpleName().equals("EncryptedDocumentException");
                endedEarly |= t instanceof EOFException;
                root = t;
            }
            throw new Failure(reason(root), encrypted, false, endedEarly, e);
        }
        return problems(metadata);
    }

    /**
     * Passes Tika's events on, reading the clock as they come, so a parse past the paper's deadline stops
     * at its next element or run of text rather than when it finishes.
     */
    private static final class OnTheClock extends ContentHandlerDecorator {
        private final PaperBudget budget;

        OnTheClock(ContentHandler handler, PaperBudget budget) {
            super(handler);
            this.budget = budget;
        }

        private void tick() throws SAXException {
            try {
                budget.tick();
            } catch (PaperOverBudgetException e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            tick();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            tick();
            super.characters(ch, start, length);
        }
    }

    /** Non-fatal exceptions and warnings Tika noted in the metadata, in a fixed order. */
    private static List<String> problems(Metadata metadata) {
        List<String> out = new ArrayList<>();
        String[] names = metadata.names();
        Arrays.sort(names);
        for (String name : names) {
            if (name.startsWith(TikaCoreProperties.TIKA_META_EXCEPTION_PREFIX)
                    || name.startsWith(TikaCoreProperties.TIKA_META_WARN_PREFIX)) {
                for (String value : metadata.getValues(name)) {
                    out.add(Messages.firstLine(value));
                }
            }
        }
        return out;
    }

    private static String reason(Throwable root) {
        String message = Messages.firstLine(root.getMessage());
        return message.isEmpty() ? root.getClass().getSimpleName() : message;
    }
}
