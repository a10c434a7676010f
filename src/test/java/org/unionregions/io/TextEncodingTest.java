package org.unionregions.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoding of a text file, decided from every byte of it. */
class TextEncodingTest {

    @TempDir
    Path dir;

    private String detect(byte[] bytes) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.write(file, bytes);
        return TextEncoding.detect(file, "t.csv").name();
    }

    @Test
    void eachEncodingIsToldApartEvenInAShortLine() throws Exception {
        String line = "Минская область;Смоленская область;соглашение\n";
        assertEquals("UTF-8", detect("plain ASCII,1,2\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("UTF-8", detect(line.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Windows-1251", detect(line.getBytes(Charset.forName("windows-1251"))));
        assertEquals("KOI8-R", detect(line.getBytes(Charset.forName("KOI8-R"))));
        assertEquals("Windows-1251", detect("Віцебская вобласць; Ўсход; «№ 5»\n".getBytes(Charset.forName("windows-1251"))),
                "Belarusian letters and quotes are plausible in Windows-1251");
    }

    @Test
    void bytesPlausibleInNoCyrillicEncodingAreRefusedByLine() throws Exception {
        byte[] binary = {'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x98, (byte) 0x8D, '\n'};
        var refused = assertThrows(TableReader.UnreadableFileException.class, () -> detect(binary));
        assertTrue(refused.getMessage().startsWith("t.csv:2: byte 0x"), refused.getMessage());
        var control = assertThrows(TableReader.UnreadableFileException.class,
                () -> detect("a,b\nc\u0007,d\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("t.csv:2: holds the control byte 0x07: not a text table", control.getMessage());
        var utf32 = assertThrows(TableReader.UnreadableFileException.class,
                () -> detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}));
        assertTrue(utf32.getMessage().contains("UTF-32"), utf32.getMessage());
    }
}
