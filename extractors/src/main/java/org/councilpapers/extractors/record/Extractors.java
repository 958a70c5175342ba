package org.councilpapers.extractors.record;

import java.util.ArrayList;
import java.util.List;

/** The record extractors in a fixed order: records come out grouped in this order, each in reading order. */
public final class Extractors {
    private Extractors() {}

    public static List<RecordExtractor> standard() {
        List<RecordExtractor> list = new ArrayList<>();
        return List.copyOf(list);
    }
}
