package org.councilpapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.PaperIndex;
import org.councilpapers.index.Query;
import org.councilpapers.index.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline --chart}: the series drawn are the timeline's counts, and the file is a picture in the grade colours. */
class TimelineChartTest {
    @TempDir
    static Path tmp;

    @TempDir
    Path out;

    private static Path index;

    @BeforeAll
    static void build() throws IOException {
        index = IndexFixture.build(tmp.resolve("index"));
    }

    private static Timeline timeline(Query q) throws IOException {
        try (PaperIndex idx = PaperIndex.openReadOnly(index)) {
            return idx.timeline(q);
        }
    }

    @Test
    void gradesAreSummedOverAreasPerYearInTheScalesOrderWithGapYearsAsZeros() throws IOException {
        // The fixture: Thurrock 2016 overall RI and help and protection inadequate, Essex 2018 outstanding, Thurrock 2019 good twice.
        TimelineChart.Series s = TimelineChart.gradesByYear(timeline(Query.all().type(RecordType.JUDGEMENT)));

        assertEquals(List.of(2016, 2017, 2018, 2019), s.years());
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        expected.put("Outstanding", List.of(0L, 0L, 1L, 0L));
        expected.put("Good", List.of(0L, 0L, 0L, 2L));
        expected.put("Requires improvement", List.of(1L, 0L, 0L, 0L));
        expected.put("Inadequate", List.of(1L, 0L, 0L, 0L));
        assertEquals(expected, s.series());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(s.series().keySet()), "the scale's order");
    }

    @Test
    void recordsPerYearByTypeFollowTheTimelinesCounts() throws IOException {
        Timeline t = timeline(Query.text("return home interviews").scope(Query.Scope.RECORDS));
        TimelineChart.Series s = TimelineChart.recordsByYear(t);

        assertEquals(List.of(2016, 2017, 2018, 2019, 2020, 2021), s.years());
        assertEquals(List.of("recommendation", "finding", "action"), List.copyOf(s.series().keySet()));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), s.series().get("recommendation"));
        assertEquals(List.of(0L, 0L, 1L, 1L, 0L, 1L), s.series().get("finding"));
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L), s.series().get("action"));
        // Every year's stack is the timeline's total for it.
        for (Timeline.Year y : t.years()) {
            int at = s.years().indexOf(y.year());
            assertEquals(y.counts().total(), s.series().values().stream().mapToLong(v -> v.get(at)).sum(), "year " + y.year());
        }
    }

    @Test
    void pngHoldsBothChartsInTheGradesColoursAndNoColourOfAGradeNotGiven() throws IOException {
        Path png = out.resolve("grades.png");
        Cli.Run r = Cli.run("timeline", "--type", "judgement", "--chart", png.toString(), "--index", index.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Records, by year:"), r.out()); // the table is printed as before
        assertEquals(List.of("councilpapers: grades and records by year drawn to " + png), r.errLines());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(840, img.getHeight());
        Map<Grade, Integer> pixels = new LinkedHashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                for (Map.Entry<Grade, Color> e : TimelineChart.GRADE_COLOURS.entrySet()) {
                    if ((e.getValue().getRGB() & 0xFFFFFF) == rgb) {
                        pixels.merge(e.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        for (Grade g : List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE)) {
            assertTrue(pixels.getOrDefault(g, 0) > 200, g + " is drawn in its colour: " + pixels);
        }
        assertEquals(0, pixels.getOrDefault(Grade.ADEQUATE, 0), "no judgement is Adequate: " + pixels);
    }

    @Test
    void svgIsAVectorPictureOfTheSameCharts() throws IOException {
        Path svg = out.resolve("grades.svg");
        Cli.Run r = Cli.run("timeline", "--type", "judgement", "--chart", svg.toString(), "--index", index.toString());

        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("viewBox=\"0 0 900 840\""), text.substring(0, Math.min(400, text.length())));
        // Bars in the grades' colours (the text is drawn as shapes, so only colours can be read back); none Adequate.
        for (Grade g : List.of(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE)) {
            assertTrue(text.contains(svgFill(g)), g + " drawn as " + svgFill(g));
        }
        assertTrue(!text.contains(svgFill(Grade.ADEQUATE)), "no judgement is Adequate");
        // The same timeline gives the same file.
        Path again = out.resolve("again.svg");
        assertEquals(0, Cli.run("timeline", "--type", "judgement", "--chart", again.toString(), "--index", index.toString()).code());
        assertEquals(text, Files.readString(again));
    }

    private static String svgFill(Grade g) {
        Color c = TimelineChart.GRADE_COLOURS.get(g);
        return "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    @Test
    void aChartFileOfAnotherKindIsAUsageError() {
        Cli.Run r = Cli.run("timeline", "--chart", out.resolve("grades.gif").toString(), "--index", index.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a chart is written as .svg or .png, not grades.gif"), r.err());
    }
}
