package org.councilpapers.extractors.read.pdf.table;

import java.util.Objects;
import org.councilpapers.core.layout.Box;
import org.councilpapers.core.layout.Rgb;

/**
 * A filled rectangle larger than a rule, in drawing order on its page: a cell shading or a background.
 *
 * @param box where the rectangle lies, in points from the page's top left
 * @param color its fill
 */
public record FilledRect(Box box, Rgb color) {
    /**
     * Refuses a missing box or colour.
     *
     * @param box where the rectangle lies
     * @param color its fill
     */
    public FilledRect {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(color, "color");
    }
}
