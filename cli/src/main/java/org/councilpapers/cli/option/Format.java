package org.councilpapers.cli.option;

import java.util.Locale;
import java.util.Optional;

/** The output formats of SCHEMA.md (the document envelope and the two flat exports), and a readable listing. */
public enum Format {
    /** The envelope of each paper: document, records, warnings. */
    JSON,
    /** One record a line, with the document's id, source, council and date. */
    JSONL,
    /** One table per record type. */
    CSV,
    /** A readable line per record, for people at a terminal. */
    TEXT;

    /** The name users type: {@code json}, {@code jsonl}, {@code csv}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> find(String name) {
        for (Format f : values()) {
            if (f.toString().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
