package org.councilpapers.extractors.read.text;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.councilpapers.core.Warnings;
import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.LayoutDocument;
import org.councilpapers.extractors.read.LayoutReader;
import org.councilpapers.extractors.read.MediaTypes;
import org.councilpapers.extractors.read.Source;

/** Reads plain and markdown-style text. (First cut: one paragraph per non-blank line.) */
public final class TextLayoutReader implements LayoutReader {
    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.TEXT, MediaTypes.MARKDOWN);
    }

    @Override
    public LayoutDocument read(Source source, Warnings warnings) {
        LayoutDocument.Builder b = LayoutDocument.builder();
        for (String line : new String(source.bytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                b.add(Block.paragraph(line.strip()));
            }
        }
        return b.build();
    }
}
