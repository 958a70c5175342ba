package org.councilpapers.extractors.read.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ruling-line maths: merging collinear pieces and grouping lines that touch. */
final class Rulings {
    private Rulings() {}

    /**
     * Joins rulings that lie on one line (positions within {@code tol}) and overlap or nearly touch, as
     * Word and LibreOffice draw a border as one short piece per cell. Horizontal ones come first.
     */
    static List<Ruling> merge(List<Ruling> rulings, float tol) {
        List<Ruling> out = new ArrayList<>();
        out.addAll(mergeOneWay(rulings.stream().filter(Ruling::horizontal).toList(), true, tol));
        out.addAll(mergeOneWay(rulings.stream().filter(r -> !r.horizontal()).toList(), false, tol));
        return out;
    }

    private static List<Ruling> mergeOneWay(List<Ruling> rulings, boolean horizontal, float tol) {
        List<Ruling> sorted = rulings.stream()
                .sorted(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start)).toList();
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            // One line: every ruling whose position is within tol of the first of the run.
            float anchor = sorted.get(i).position();
            int j = i;
            while (j < sorted.size() && sorted.get(j).position() - anchor <= tol) {
                j++;
            }
            List<Ruling> line = new ArrayList<>(sorted.subList(i, j));
            line.sort(Comparator.comparingDouble(Ruling::start));
            float start = line.get(0).start();
            float end = line.get(0).end();
            double posSum = 0;
            int n = 0;
            for (Ruling r : line) {
                if (r.start() > end + tol) {
                    out.add(new Ruling(horizontal, (float) (posSum / n), start, end));
                    start = r.start();
                    end = r.end();
                    posSum = 0;
                    n = 0;
                }
                end = Math.max(end, r.end());
                posSum += r.position();
                n++;
            }
            out.add(new Ruling(horizontal, (float) (posSum / n), start, end));
            i = j;
        }
        return out;
    }

    /** Groups rulings into sets that are connected through crossings; each set with both directions is a table candidate. */
    static List<List<Ruling>> connected(List<Ruling> rulings, float tol) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rulings.get(i).meets(rulings.get(j), tol)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        return groups;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // The smaller index wins, so groups come out in a stable order.
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Sorted distinct positions, where positions closer than {@code minGap} count as one (their mean). */
    static float[] cluster(List<Float> positions, float minGap) {
        List<Float> sorted = positions.stream().sorted().toList();
        List<Float> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            float first = sorted.get(i);
            double sum = 0;
            int n = 0;
            while (i < sorted.size() && sorted.get(i) - first < minGap) {
                sum += sorted.get(i);
                n++;
                i++;
            }
            out.add((float) (sum / n));
        }
        float[] a = new float[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }
}
