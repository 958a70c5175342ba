package org.councilpapers.cli.option;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --format json|jsonl|csv|text}, for commands that print records. */
public final class FormatOption {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = {"json, jsonl, csv or text (default: ${DEFAULT-VALUE}).",
                "json: each paper's envelope, with its warnings;",
                "jsonl: one record a line, for datasets;",
                "csv: one table per record type;",
                "text: a readable line per record, for people."})
    private Format format = Format.JSON;

    public Format format() {
        return format;
    }

    /** Accepts the names in any case; lists them when it refuses one. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.find(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (expected json, jsonl, csv or text)"));
        }
    }
}
