package org.unionregions.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in a PDF as the decks and briefs write it: DejaVu Sans embedded (Cyrillic shows everywhere and
 * stays text a reader can search and copy), lines wrapped at spaces to a width.
 */
final class PdfText {

    private PdfText() {
    }

    /** One of the bundled fonts ({@code DejaVuSans.ttf}, {@code DejaVuSans-Bold.ttf}), embedded as a subset. */
    static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("/org/unionregions/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font missing from the build: " + name);
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Splits text into lines no wider than {@code width} points, at spaces (and at its own line breaks). */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.replace('\u00a0', ' ').split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : fitted(paragraph.split(" "), font, size, width)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(candidate, font, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words, a word wider than the line cut into pieces that fit: no text runs past its column. */
    private static List<String> fitted(String[] words, PDFont font, float size, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String word : words) {
            String rest = word;
            while (rest.length() > 1 && width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            pieces.add(rest);
        }
        return pieces;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** One line at (x, y), its baseline; line breaks and no-break spaces become spaces. */
    static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text.replace('\n', ' ').replace('\u00a0', ' ').replace('\u202f', ' '));
        content.endText();
    }
}
