package org.councilpapers.core.layout;

import org.jspecify.annotations.Nullable;

/** Something placed on a page; the box is null where the format has no geometry (text, Word). */
public interface HasBox {
    @Nullable Box box();
}
