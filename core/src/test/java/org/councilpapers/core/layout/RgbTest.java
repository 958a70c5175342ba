package org.councilpapers.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RgbTest {
    @Test
    void parsesTheFormsCellShadingComesIn() {
        assertEquals(new Rgb(0x92, 0xd0, 0x50), Rgb.parse("#92d050").orElseThrow());
        assertEquals(new Rgb(0x92, 0xd0, 0x50), Rgb.parse("92D050").orElseThrow());
        assertEquals(new Rgb(255, 204, 0), Rgb.parse("#fc0").orElseThrow());
        assertEquals(new Rgb(146, 208, 80), Rgb.parse("rgb(146, 208, 80)").orElseThrow());
        assertEquals(new Rgb(255, 255, 0), Rgb.parse(" Yellow ").orElseThrow());
        assertTrue(Rgb.parse("auto").isEmpty());
        assertTrue(Rgb.parse("rgb(300,0,0)").isEmpty());
    }

    @Test
    void convertsPdfFloatsAndPrintsHex() {
        assertEquals("#ff8000", Rgb.ofFloats(1f, 0.5f, 0f).hex());
    }
}
