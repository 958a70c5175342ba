package org.councilpapers.extractors.read.pdf;

import org.councilpapers.core.layout.Rgb;

/** A run of glyphs with no space between them, with the style of its first glyph. */
record Word(String text, float x0, float top, float x1, float bottom, float baseline, float size,
        boolean bold, boolean italic, Rgb color, String font) {}
