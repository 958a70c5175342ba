package org.councilpapers.cli.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.TypeConversionException;

class FormatOptionTest {
    @Command(name = "t")
    static final class Host {
        @Mixin
        FormatOption format;
    }

    @Test
    void defaultIsJson() {
        Host h = new Host();
        new CommandLine(h).parseArgs();
        assertEquals(Format.JSON, h.format.format());
    }

    @Test
    void namesAreAcceptedInAnyCase() {
        Host h = new Host();
        new CommandLine(h).parseArgs("--format", "JSONL");
        assertEquals(Format.JSONL, h.format.format());
        new CommandLine(h).parseArgs("-f", "csv");
        assertEquals(Format.CSV, h.format.format());
    }

    @Test
    void unknownFormatNamesTheChoices() {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> new FormatOption.FormatConverter().convert("xml"));
        assertEquals("unknown format 'xml' (expected json, jsonl, csv or text)", e.getMessage());
    }
}
