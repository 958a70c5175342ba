package org.councilpapers.extractors.read.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class WordNumberingTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** abstract 0: "1." then "(a)" then "i."; abstract 1: legal "1." / "1.1."; abstract 2: bullets; abstract 3: no number. */
    private static final String NUMBERING = "<w:numbering " + W + ">"
            + "<w:abstractNum w:abstractNumId=\"0\">"
            + lvl(0, 1, "decimal", "%1.") + lvl(1, 1, "lowerLetter", "(%2)") + lvl(2, 1, "lowerRoman", "%3.")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, 1, "decimal", "%1.") + lvl(1, 1, "decimal", "%1.%2.")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, 1, "bullet", "\uf0b7") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\">" + lvl(0, 1, "none", "") + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"4\"><w:numStyleLink w:val=\"ListNumbers\"/></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>"
            + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"4\"/></w:num>"
            + "</w:numbering>";

    private static String lvl(int ilvl, int start, String fmt, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + fmt
                + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    private static WordNumbering numbering() throws XMLStreamException {
        return WordNumbering.parse(XMLInputFactory.newFactory(), NUMBERING.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void levelsCountInTheirFormatsAndDeeperLevelsRestart() throws XMLStreamException {
        WordNumbering n = numbering();
        assertEquals("1.", n.next(1, 0));
        assertEquals("(a)", n.next(1, 1));
        assertEquals("(b)", n.next(1, 1));
        assertEquals("i.", n.next(1, 2));
        assertEquals("ii.", n.next(1, 2));
        assertEquals("2.", n.next(1, 0));
        assertEquals("(a)", n.next(1, 1), "a new item one level up restarts the level below");
    }

    @Test
    void multiLevelTextJoinsTheCountersOfEveryLevel() throws XMLStreamException {
        WordNumbering n = numbering();
        assertEquals("1.", n.next(2, 0));
        assertEquals("1.1.", n.next(2, 1));
        assertEquals("1.2.", n.next(2, 1));
        assertEquals("2.", n.next(2, 0));
        assertEquals("2.1.", n.next(2, 1));
    }

    @Test
    void startOverrideRestartsTheListOnItsFirstParagraphOnly() throws XMLStreamException {
        WordNumbering n = numbering();
        assertEquals("7.", n.next(4, 0));
        assertEquals("8.", n.next(4, 0));
        assertEquals("8.1.", n.next(4, 1));
    }

    @Test
    void bulletsNoNumberAndUnknownLists() throws XMLStreamException {
        WordNumbering n = numbering();
        assertEquals("\u2022", n.next(3, 0));
        assertEquals("", n.next(5, 0));
        assertNull(n.next(99, 0));
        assertNull(n.next(6, 0), "levels defined through a style link are not followed");
        assertNull(n.next(1, 12));
    }
}
