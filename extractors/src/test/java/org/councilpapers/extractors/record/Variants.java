package org.councilpapers.extractors.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.councilpapers.core.DocumentKind;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.core.Extraction;
import org.councilpapers.core.record.Meeting;
import org.councilpapers.core.record.Report;
import org.councilpapers.extractors.record.agenda.MeetingExtractor;
import org.councilpapers.extractors.read.Source;
import org.councilpapers.extractors.read.pdf.PdfLayoutReader;
import org.councilpapers.extractors.read.text.TextLayoutReader;
import org.councilpapers.extractors.record.report.ReportExtractor;
import org.councilpapers.testdata.RecordAssertions;
import org.councilpapers.testdata.TestPapers;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the variant papers written in other councils' styles ({@code testdata/papers/variants}) as the text reader does,
 * and the real PDFs under {@code testdata/papers/real} as the PDF reader does.
 */
public final class Variants {
    private Variants() {}

    public static LayoutDocument read(String name) {
        Path p = TestPapers.path("variants/" + name);
        try {
            return new TextLayoutReader().read(Source.of(Files.readAllBytes(p), name), new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LayoutDocument readPdf(String relative) {
        Path p = TestPapers.path(relative);
        try {
            return new PdfLayoutReader().read(Source.of(Files.readAllBytes(p), p.getFileName().toString()), new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one meeting a variant gives when read as {@code kind}; fails the test when it gives none or several.
     */
    public static Meeting meeting(DocumentKind kind, String name) {
        List<Meeting> ms = Harness.run(new MeetingExtractor(), kind, read(name)).records(Meeting.class);
        org.junit.jupiter.api.Assertions.assertEquals(1, ms.size(), name + " " + kind + " " + ms);
        return ms.get(0);
    }

    /**
     * The reports a variant gives when read as {@code kind}, each checked well formed.
     */
    public static List<Report> reports(DocumentKind kind, LayoutDocument doc) {
        Extraction x = Harness.run(new ReportExtractor(), kind, doc);
        RecordAssertions.assertWellFormed(x);
        return x.records(Report.class);
    }

    /**
     * The one report a variant gives when read as {@code kind}; fails the test when it gives none or several.
     */
    public static Report report(DocumentKind kind, String name) {
        List<Report> reports = reports(kind, read(name));
        org.junit.jupiter.api.Assertions.assertEquals(1, reports.size(), name + " " + reports);
        return reports.get(0);
    }

    /**
     * Each row of a parameterised test once under each kind, the kind as its last argument: a variant must give the same
     * records whatever the classifier took it for.
     */
    public static Stream<Arguments> underEach(Stream<Arguments> rows, DocumentKind... kinds) {
        return rows.flatMap(a -> Arrays.stream(kinds).map(k -> {
            Object[] args = Arrays.copyOf(a.get(), a.get().length + 1);
            args[args.length - 1] = k;
            return Arguments.of(args);
        }));
    }
}
