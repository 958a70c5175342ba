package org.councilpapers.extractors.read.pdf.table;

import java.util.Objects;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;

/** A filled rectangle larger than a rule, in drawing order on its page: a cell shading or a background. */
public record FilledRect(Box box, Rgb color) {
    public FilledRect {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(color, "color");
    }
}
