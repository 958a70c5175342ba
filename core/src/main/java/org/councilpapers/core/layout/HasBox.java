package org.councilpapers.core.layout;

import org.jspecify.annotations.Nullable;

/** Something placed on a page; the box is null where the format has no geometry (text, Word). */
public interface HasBox {
    /**
     * Where the thing is on its page.
     *
     * @return the box in points; null where the format has no geometry
     */
    @Nullable Box box();
}
