package org.councilpapers.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void plainNamesAreLeftAsTheyAre() {
        String name = "Café report – 2021 (final).pdf";
        assertSame(name, Printable.text(name));
    }

    @Test
    void aNewlineCannotStartALineOfItsOwn() {
        assertEquals("x.pdf\\ncouncilpapers: 0 files read, 0 failed", Printable.text("x.pdf\ncouncilpapers: 0 files read, 0 failed"));
        assertEquals("a\\rb\\tc", Printable.text("a\rb\tc"));
    }

    @Test
    void terminalEscapesAndInvisibleReorderingAreShownAsCodes() {
        assertEquals("red\\x1b[31m.pdf", Printable.text("red\u001b[31m.pdf"));
        assertEquals("a\\x00b\\x7fc\\x85d", Printable.text("a\u0000b\u007fc\u0085d"));
        assertEquals("invoice\\u202efdp.exe", Printable.text("invoice\u202efdp.exe"));
    }

    @Test
    void pathsAreEscapedToo() {
        assertEquals("dir/bad\\nname.txt", Printable.text(Path.of("dir", "bad\nname.txt")));
    }
}
