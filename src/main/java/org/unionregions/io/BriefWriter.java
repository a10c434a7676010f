package org.unionregions.io;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.unionregions.model.RegionShapes;

/**
 * Lays a {@link Brief} out on A4 pages: text as text (DejaVu embedded, so Cyrillic is searchable and
 * copies), the chart drawn in vectors (sharp at any zoom and in print), page numbers "2 / 3". Written
 * through {@link OutputFile}.
 */
public final class BriefWriter {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 60;
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color NOTE = new Color(0x55, 0x55, 0x55);
    private static final Color FIRST = new Color(0x1f, 0x5f, 0xa8);
    private static final Color SECOND = new Color(0xc8, 0x55, 0x1c);

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    /** False where a figure is drawn for another document, which writes its title as text. */
    private boolean figureTitles = true;

    private BriefWriter(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PdfText.font(document, "DejaVuSans.ttf");
        this.bold = PdfText.font(document, "DejaVuSans-Bold.ttf");
    }

    public static void write(Brief brief, Path file) throws IOException {
        OutputFile.write(file, partial -> {
            try (PDDocument document = new PDDocument()) {
                BriefWriter writer = new BriefWriter(document);
                writer.lay(brief);
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(brief.title());
                info.setCreator("Union Regions");
                document.getDocumentCatalog().setLanguage(brief.language());
                document.save(partial.toFile());
            }
        });
    }

    /**
     * A chart or a map of a brief as a picture, without its title: the same vectors as the PDF's, rendered
     * at 180 dpi, for a document that holds pictures (the DOCX brief writes the title as text).
     */
    public static java.awt.image.BufferedImage figure(Brief.Section section) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BriefWriter writer = new BriefWriter(document);
            writer.figureTitles = false;
            writer.newPage();
            float top = writer.y + 4;
            if (section instanceof Brief.Chart chart) {
                writer.chart(chart);
            } else if (section instanceof Brief.MapFigure map) {
                writer.map(map);
            } else {
                throw new IllegalArgumentException("a brief's figure is a chart or a map, not " + section);
            }
            float bottom = writer.y;
            writer.content.close();
            float scale = 2.5f;
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImage(0, scale);
            int x = (int) ((MARGIN - 4) * scale);
            int width = Math.min((int) ((WIDTH + 8) * scale), page.getWidth() - x);
            int from = Math.max(0, (int) ((A4.getHeight() - top) * scale));
            int height = Math.min((int) ((top - bottom) * scale), page.getHeight() - from);
            return page.getSubimage(x, from, width, height);
        }
    }

    private void lay(Brief brief) throws IOException {
        newPage();
        paragraph(brief.title(), bold, 20, TEXT, 6);
        paragraph(brief.subtitle(), regular, 11, NOTE, 14);
        for (Brief.Section section : brief.sections()) {
            if (section instanceof Brief.Heading heading) {
                need(80); // a heading keeps a few lines of what it heads on its page
                y -= 8;
                paragraph(heading.text(), bold, 13, TEXT, 6);
            } else if (section instanceof Brief.Paragraph text) {
                paragraph(text.text(), regular, text.note() ? 8.5f : 10, text.note() ? NOTE : TEXT, text.note() ? 3 : 5);
            } else if (section instanceof Brief.Table table) {
                table(table);
            } else if (section instanceof Brief.Chart chart) {
                chart(chart);
            } else if (section instanceof Brief.MapFigure map) {
                map(map);
            } else if (section instanceof Brief.SourceList sources) {
                table(twoColumns(sources));
            }
        }
        content.close();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                footer.setNonStrokingColor(NOTE);
                PdfText.line(footer, regular, 8, MARGIN, 30, brief.footer());
                String number = (i + 1) + " / " + total;
                PdfText.line(footer, regular, 8, A4.getWidth() - MARGIN - PdfText.width(number, regular, 8), 30,
                        number);
            }
        }
    }

    /** The sources listed down the left half, then the right: half the rows of one long list. */
    private static Brief.Table twoColumns(Brief.SourceList list) {
        List<List<String>> entries = list.sources();
        int half = (entries.size() + 1) / 2;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            List<String> left = entries.get(i);
            List<String> right = i + half < entries.size() ? entries.get(i + half) : List.of("", "");
            rows.add(List.of(left.get(0), left.get(1), right.get(0), right.get(1)));
        }
        String id = list.headers().get(0);
        String publisher = list.headers().get(1);
        return new Brief.Table(List.of(id, publisher, id, publisher), rows, List.of(0.08, 0.42, 0.08, 0.42));
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points fit on this one. */
    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void paragraph(String text, PDFont font, float size, Color colour, float after) throws IOException {
        float leading = size * 1.3f;
        for (String line : PdfText.wrap(text, font, size, WIDTH)) {
            need(leading);
            y -= leading;
            content.setNonStrokingColor(colour);
            PdfText.line(content, font, size, MARGIN, y, line);
        }
        y -= after;
    }

    private void table(Brief.Table table) throws IOException {
        float size = 8;
        float leading = size * 1.25f;
        float[] widths = new float[table.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (table.widths().get(i) * WIDTH);
        }
        float headerHeight = rowHeight(table.headers(), widths, bold, size, leading);
        // the header never stands alone at a page's foot, and a page the table runs onto repeats it
        need(headerHeight + (table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, regular, size, leading)));
        row(table.headers(), widths, bold, size, leading);
        for (List<String> row : table.rows()) {
            if (y - rowHeight(row, widths, regular, size, leading) < BOTTOM) {
                newPage();
                row(table.headers(), widths, bold, size, leading);
            }
            row(row, widths, regular, size, leading);
        }
        y -= 6;
    }

    private static float rowHeight(List<String> cells, float[] widths, PDFont font, float size, float leading)
            throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, PdfText.wrap(cells.get(i), font, size, widths[i] - 6).size());
        }
        return lines * leading + 3;
    }

    /** One table row: each cell wrapped in its column, the row as tall as its tallest cell. */
    private void row(List<String> cells, float[] widths, PDFont font, float size, float leading) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = PdfText.wrap(cells.get(i), font, size, widths[i] - 6);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * leading + 3;
        need(height);
        content.setStrokingColor(new Color(0xdd, 0xdd, 0xdd));
        content.moveTo(MARGIN, y - height);
        content.lineTo(MARGIN + WIDTH, y - height);
        content.stroke();
        content.setNonStrokingColor(TEXT);
        float x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            for (int line = 0; line < wrapped.get(i).size(); line++) {
                PdfText.line(content, font, size, x, y - leading * (line + 1), wrapped.get(i).get(line));
            }
            x += widths[i];
        }
        y -= height;
    }

    /** Two series of bars per category, on an axis with its largest value marked; drawn as vectors. */
    private void chart(Brief.Chart chart) throws IOException {
        float height = 170;
        need(height + 60);
        if (figureTitles) {
            paragraph(chart.title(), bold, 11, TEXT, 4);
        }
        float axisBottom = y - height;
        double max = 1;
        for (int i = 0; i < chart.categories().size(); i++) {
            max = Math.max(max, Math.max(chart.first().get(i), chart.second().get(i)));
        }
        int categories = Math.max(1, chart.categories().size());
        float band = (WIDTH - 30) / categories;
        float bar = Math.max(2, Math.min(14, band * 0.35f));
        float left = MARGIN + 30;
        content.setStrokingColor(NOTE);
        content.moveTo(left, axisBottom);
        content.lineTo(MARGIN + WIDTH, axisBottom);
        content.moveTo(left, axisBottom);
        content.lineTo(left, axisBottom + height);
        content.stroke();
        content.setNonStrokingColor(NOTE);
        PdfText.line(content, regular, 8, MARGIN, axisBottom + height - 8, String.valueOf((long) max));
        PdfText.line(content, regular, 8, MARGIN + 16, axisBottom - 3, "0");
        for (int i = 0; i < chart.categories().size(); i++) {
            float centre = left + band * i + band / 2;
            drawBar(centre - bar - 1, axisBottom, bar, (float) (chart.first().get(i) / max * height), FIRST,
                    chart.first().get(i));
            drawBar(centre + 1, axisBottom, bar, (float) (chart.second().get(i) / max * height), SECOND,
                    chart.second().get(i));
            content.setNonStrokingColor(TEXT);
            String[] label = chart.categories().get(i).split("\n");
            for (int line = 0; line < label.length; line++) {
                float size = band < 26 ? 6 : 7.5f;
                float width = PdfText.width(label[line], regular, size);
                PdfText.line(content, regular, size, centre - width / 2, axisBottom - 11 - line * 9, label[line]);
            }
        }
        y = axisBottom - 34;
        legend(FIRST, chart.firstName(), MARGIN);
        legend(SECOND, chart.secondName(), MARGIN + 160);
        y -= 16;
    }

    /** The map, as vectors, as wide as the text and a little under half a page high. */
    private void map(Brief.MapFigure map) throws IOException {
        float height = 300;
        need(height + 24);
        if (figureTitles) {
            paragraph(map.title(), bold, 11, TEXT, 4);
        }
        MapDrawing.pdf(content, regular, map.map(), RegionShapes.get(),
                new java.awt.geom.Rectangle2D.Double(MARGIN, y - height, WIDTH, height));
        y -= height + 12;
    }

    private void drawBar(float x, float bottom, float width, float height, Color colour, double value)
            throws IOException {
        if (value <= 0) {
            return;
        }
        content.setNonStrokingColor(colour);
        content.addRect(x, bottom, width, Math.max(height, 1));
        content.fill();
        content.setNonStrokingColor(TEXT);
        String text = String.valueOf((long) value);
        PdfText.line(content, regular, 7, x + width / 2 - PdfText.width(text, regular, 7) / 2, bottom + height + 2,
                text);
    }

    private void legend(Color colour, String name, float x) throws IOException {
        content.setNonStrokingColor(colour);
        content.addRect(x, y, 10, 8);
        content.fill();
        content.setNonStrokingColor(TEXT);
        PdfText.line(content, regular, 9, x + 14, y, name);
    }
}
