package org.councilpapers.cli;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.councilpapers.core.record.Grade;
import org.councilpapers.core.record.RecordType;
import org.councilpapers.index.Timeline;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A timeline as pictures, drawn by XChart: judgements' grades per year stacked by grade, and records per year by type,
 * one chart above the other in one PNG or SVG file. The series are worked out first ({@link #gradesByYear},
 * {@link #recordsByYear}) so what is drawn can be checked against the timeline's counts.
 */
final class TimelineChart {
    /** Each grade's colour, the same in every chart: the four-point scale from green to red, Adequate (2009–2012) beside RI. */
    static final Map<Grade, Color> GRADE_COLOURS = gradeColours();

    private static final Pattern CLIP_ID = Pattern.compile("\\bclip-?\\d+\\b");
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private TimelineChart() {}

    /**
     * Series of one chart: the years along the bottom, and each series' value per year, in the order drawn.
     *
     * @param years every year from the first to the last counted, gaps included (a year of nothing is a zero)
     * @param series each series' values, one per year
     */
    record Series(List<Integer> years, Map<String, List<Long>> series) {
        Series {
            years = List.copyOf(years);
            Map<String, List<Long>> copy = new LinkedHashMap<>();
            series.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            series = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Judgements per year and grade, summed over areas; undated judgements are left out (no year to stand in).
     *
     * @return one series per grade that occurs, in the scale's order from Outstanding to Inadequate
     */
    static Series gradesByYear(Timeline t) {
        Map<Integer, Map<Grade, Long>> byYear = new LinkedHashMap<>();
        for (Timeline.AreaGrades g : t.grades()) {
            if (g.year() == null) {
                continue;
            }
            Map<Grade, Long> counts = byYear.computeIfAbsent(g.year(), y -> new EnumMap<>(Grade.class));
            g.grades().forEach((grade, n) -> counts.merge(grade, n, Long::sum));
        }
        List<Integer> years = span(byYear.keySet());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            if (byYear.values().stream().noneMatch(m -> m.containsKey(grade))) {
                continue;
            }
            List<Long> values = new ArrayList<>();
            years.forEach(y -> values.add(byYear.getOrDefault(y, Map.of()).getOrDefault(grade, 0L)));
            series.put(label(grade), values);
        }
        return new Series(years, series);
    }

    /**
     * Records per year and type; undated records and passages are left out.
     *
     * @return one series per record type that occurs, in schema order
     */
    static Series recordsByYear(Timeline t) {
        Map<Integer, Timeline.Counts> byYear = new LinkedHashMap<>();
        // A year of passages only has no records to draw; it does not stretch the axis.
        t.years().stream().filter(y -> y.counts().total() > 0).forEach(y -> byYear.put(y.year(), y.counts()));
        List<Integer> years = span(byYear.keySet());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            if (byYear.values().stream().noneMatch(c -> c.of(type) > 0)) {
                continue;
            }
            List<Long> values = new ArrayList<>();
            years.forEach(y -> values.add(byYear.containsKey(y) ? byYear.get(y).of(type) : 0L));
            series.put(type.jsonName(), values);
        }
        return new Series(years, series);
    }

    /**
     * Draws the charts that have something to show into {@code file}, as SVG or PNG by its extension.
     *
     * @param t the timeline
     * @param what what was counted, for the titles ("Records matching 'care leavers'")
     * @param file a .svg or .png file
     * @return how many charts were drawn: 0 when nothing dated was counted (and no file is written)
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the file's name ends neither in .svg nor in .png
     */
    static int write(Timeline t, String what, Path file) throws IOException {
        boolean svg = isSvg(file);
        List<CategoryChart> charts = new ArrayList<>();
        Series grades = gradesByYear(t);
        if (!grades.series().isEmpty()) {
            List<Color> colours = new ArrayList<>();
            for (Grade g : Grade.values()) {
                if (grades.series().containsKey(label(g))) {
                    colours.add(GRADE_COLOURS.get(g));
                }
            }
            charts.add(chart("Judgements' grades by year", "judgements", grades, colours.toArray(new Color[0])));
        }
        Series records = recordsByYear(t);
        if (!records.series().isEmpty()) {
            charts.add(chart(what + ", by year and type", "records", records, null));
        }
        if (charts.isEmpty()) {
            return 0;
        }
        int height = HEIGHT * charts.size();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (svg) {
                VectorGraphics2D g = new VectorGraphics2D();
                paint(g, charts);
                ByteArrayOutputStream doc = new ByteArrayOutputStream();
                new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, height)).writeTo(doc);
                out.write(numberedClips(doc.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            } else {
                BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                try {
                    paint(g, charts);
                } finally {
                    g.dispose();
                }
                ImageIO.write(image, "png", out);
            }
        }
        return charts.size();
    }

    /**
     * Whether the file is to be SVG rather than PNG.
     *
     * @throws IllegalArgumentException for any other extension
     */
    static boolean isSvg(Path file) {
        String name = Objects.requireNonNull(file.getFileName(), "file").toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return true;
        }
        if (name.endsWith(".png")) {
            return false;
        }
        throw new IllegalArgumentException("a chart is written as .svg or .png, not " + file.getFileName());
    }

    /**
     * The SVG with its clip paths numbered in order: VectorGraphics2D names them by object hash codes, which differ
     * from run to run, and the same timeline should give the same file.
     */
    static String numberedClips(String svg) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = CLIP_ID.matcher(svg);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = names.computeIfAbsent(m.group(), k -> "clip" + names.size());
            m.appendReplacement(sb, name);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void paint(Graphics2D g, List<CategoryChart> charts) {
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D part = (Graphics2D) g.create(0, i * HEIGHT, WIDTH, HEIGHT);
            try {
                charts.get(i).paint(part, WIDTH, HEIGHT);
            } finally {
                part.dispose();
            }
        }
    }

    private static CategoryChart chart(String title, String yTitle, Series s, Color[] colours) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("year").yAxisTitle(yTitle)
                .build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDecimalPattern("#");
        chart.getStyler().setXAxisLabelRotation(s.years().size() > 12 ? 90 : 0);
        if (colours != null) {
            chart.getStyler().setSeriesColors(colours);
        }
        List<String> years = s.years().stream().map(String::valueOf).toList();
        s.series().forEach((name, values) -> chart.addSeries(name, years, values));
        return chart;
    }

    private static List<Integer> span(java.util.Set<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        int from = Collections.min(years);
        int to = Collections.max(years);
        List<Integer> all = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            all.add(y);
        }
        return all;
    }

    /** {@code Requires improvement}, as the grade is printed. */
    static String label(Grade g) {
        String s = g.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<Grade, Color> gradeColours() {
        Map<Grade, Color> m = new EnumMap<>(Grade.class);
        m.put(Grade.OUTSTANDING, new Color(0x1a9850));
        m.put(Grade.GOOD, new Color(0x91cf60));
        m.put(Grade.REQUIRES_IMPROVEMENT, new Color(0xfdae61));
        m.put(Grade.ADEQUATE, new Color(0xfee08b));
        m.put(Grade.INADEQUATE, new Color(0xd73027));
        return Collections.unmodifiableMap(m);
    }
}
