package org.unionregions.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.unionregions.model.RegionMap;
import org.unionregions.model.RegionShapes;

/**
 * A {@link RegionMap} as vectors: paths on a PDF page (the deck's map slide, the brief) and shapes on a
 * PPTX slide (each region a freeform a presenter can recolour), fitted into a box, with the names of the
 * regions that matter most and a one-line legend under it. The boundaries are cut to the box, so a
 * region partly out of sight does not spill over the slide.
 */
final class MapDrawing {

    /** How many regions are named, as on the screen. */
    private static final int NAMED = 12;
    private static final float LEGEND_HEIGHT = 26;
    private static final Color NO_DATA = new Color(0xe6, 0xe8, 0xeb);
    private static final Color BORDER = new Color(0xff, 0xff, 0xff);
    private static final Color LINK = new Color(0xcf, 0x22, 0x2e);
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color CHOSEN = new Color(0xcf, 0x22, 0x2e);

    private MapDrawing() {
    }

    /**
     * Where the map's kilometres go in a box: {@code y} grows down when {@code yDown} (a slide), up
     * otherwise (a PDF page).
     */
    private record Placement(double scale, double originX, double originY, double minX, double maxY, double minY,
                             boolean yDown) {

        static Placement of(RegionMap map, RegionShapes shapes, Rectangle2D box, boolean yDown) {
            double[] first = map.box(shapes);
            double width = first[2] - first[0];
            double height = first[3] - first[1];
            double scale = Math.min(box.getWidth() / width, box.getHeight() / height) * 0.96;
            double originX = box.getX() + (box.getWidth() - width * scale) / 2;
            double originY = box.getY() + (box.getHeight() - height * scale) / 2;
            return new Placement(scale, originX, originY, first[0], first[3], first[1], yDown);
        }

        double x(double km) {
            return originX + (km - minX) * scale;
        }

        double y(double km) {
            return yDown ? originY + (maxY - km) * scale : originY + (km - minY) * scale;
        }

        Path2D path(RegionShapes.Shape shape) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[] ring : shape.rings()) {
                path.moveTo(x(ring[0]), y(ring[1]));
                for (int i = 2; i < ring.length; i += 2) {
                    path.lineTo(x(ring[i]), y(ring[i + 1]));
                }
                path.closePath();
            }
            return path;
        }
    }

    /** Russia's subjects first, then Belarus's, then the cities that lie inside their oblasts. */
    private static List<RegionShapes.Shape> inDrawingOrder(RegionShapes shapes) {
        return shapes.shapes().values().stream().sorted(Comparator.comparingInt(shape -> {
            boolean city = shape.code().equals("BY-HM") || shape.code().equals("RU-MOW")
                    || shape.code().equals("RU-SPE");
            return (shape.code().startsWith("BY-") ? 1 : 0) + (city ? 2 : 0);
        })).toList();
    }

    private static Color fill(RegionMap map, String code) {
        return map.area(code).map(RegionMap.Area::fill).filter(fill -> fill != null)
                .map(Color::decode).orElse(NO_DATA);
    }

    // ---- PDF ----------------------------------------------------------------------------------------

    /** Draws {@code map} into {@code box} (PDF points, y up), its legend along the box's foot. */
    static void pdf(PDPageContentStream content, PDFont font, RegionMap map, RegionShapes shapes, Rectangle2D box)
            throws IOException {
        Rectangle2D drawing = new Rectangle2D.Double(box.getX(), box.getY() + LEGEND_HEIGHT, box.getWidth(),
                box.getHeight() - LEGEND_HEIGHT);
        Placement place = Placement.of(map, shapes, drawing, false);
        content.saveGraphicsState();
        content.addRect((float) drawing.getX(), (float) drawing.getY(), (float) drawing.getWidth(),
                (float) drawing.getHeight());
        content.clip();
        content.setLineWidth(0.4f);
        content.setStrokingColor(BORDER);
        for (RegionShapes.Shape shape : inDrawingOrder(shapes)) {
            content.setNonStrokingColor(fill(map, shape.code()));
            for (double[] ring : shape.rings()) {
                content.moveTo((float) place.x(ring[0]), (float) place.y(ring[1]));
                for (int i = 2; i < ring.length; i += 2) {
                    content.lineTo((float) place.x(ring[i]), (float) place.y(ring[i + 1]));
                }
                content.closePath();
            }
            content.fillAndStrokeEvenOdd();
        }
        content.setStrokingColor(LINK);
        for (RegionMap.Link link : map.links()) {
            RegionShapes.Shape from = shapes.shape(link.from());
            RegionShapes.Shape to = shapes.shape(link.to());
            if (from != null && to != null) {
                content.setLineWidth((float) (0.6 + 3 * link.weight()));
                content.moveTo((float) place.x(from.labelX()), (float) place.y(from.labelY()));
                content.lineTo((float) place.x(to.labelX()), (float) place.y(to.labelY()));
                content.stroke();
            }
        }
        pdfNames(content, font, map, shapes, place, drawing);
        content.restoreGraphicsState();
        pdfLegend(content, font, map, (float) box.getX(), (float) box.getY() + 14, (float) box.getWidth());
    }

    private static void pdfNames(PDPageContentStream content, PDFont font, RegionMap map, RegionShapes shapes,
                                 Placement place, Rectangle2D drawing) throws IOException {
        List<Rectangle2D> taken = new ArrayList<>();
        for (RegionMap.Area area : map.named(NAMED)) {
            RegionShapes.Shape shape = shapes.shape(area.code());
            float size = area.chosen() ? 8 : 6.5f;
            float width = PdfText.width(area.name(), font, size) + 4;
            float height = size + 3;
            float x = (float) place.x(shape.labelX()) - width / 2;
            float y = (float) place.y(shape.labelY()) - height / 2;
            Rectangle2D label = new Rectangle2D.Double(x, y, width, height);
            if (!drawing.contains(label) || taken.stream().anyMatch(label::intersects)) {
                continue;
            }
            taken.add(label);
            content.setNonStrokingColor(Color.WHITE);
            content.addRect(x, y, width, height);
            content.fill();
            content.setNonStrokingColor(area.chosen() ? CHOSEN : TEXT);
            PdfText.line(content, font, size, x + 2, y + 2.5f, area.name());
        }
    }

    /** The legend on one line, what the lines mean on the next if it does not fit beside it. */
    private static void pdfLegend(PDPageContentStream content, PDFont font, RegionMap map, float x, float y,
                                  float width) throws IOException {
        float size = 8;
        float at = x;
        content.setNonStrokingColor(TEXT);
        if (!map.legendMin().isEmpty()) {
            PdfText.line(content, font, size, at, y + 1, map.legendMin());
            at += PdfText.width(map.legendMin(), font, size) + 4;
            List<String> colours = map.legendColours();
            float step = 90f / colours.size();
            for (String colour : colours) {
                content.setNonStrokingColor(Color.decode(colour));
                content.addRect(at, y, step + 0.3f, 8);
                content.fill();
                at += step;
            }
            content.setNonStrokingColor(TEXT);
            String max = map.legendMax() + (map.legendScale().isEmpty() ? "" : " (" + map.legendScale() + ")");
            PdfText.line(content, font, size, at + 4, y + 1, max);
            at += PdfText.width(max, font, size) + 16;
        }
        content.setNonStrokingColor(NO_DATA);
        content.addRect(at, y, 14, 8);
        content.fill();
        content.setNonStrokingColor(TEXT);
        PdfText.line(content, font, size, at + 18, y + 1, map.noData());
        at += 18 + PdfText.width(map.noData(), font, size) + 16;
        if (!map.linesNote().isEmpty()) {
            boolean fits = at + PdfText.width(map.linesNote(), font, size) <= x + width;
            PdfText.line(content, font, size, fits ? at : x, fits ? y + 1 : y - 10, map.linesNote());
        }
    }

    // ---- PPTX ---------------------------------------------------------------------------------------

    /** Draws {@code map} on {@code slide} into {@code box} (points, y down): a freeform per region. */
    static void pptx(XSLFSlide slide, RegionMap map, RegionShapes shapes, Rectangle2D box, java.util.Locale language) {
        Rectangle2D drawing = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(),
                box.getHeight() - LEGEND_HEIGHT);
        Placement place = Placement.of(map, shapes, drawing, true);
        Area frame = new Area(drawing);
        for (RegionShapes.Shape shape : inDrawingOrder(shapes)) {
            Area inside = new Area(place.path(shape));
            inside.intersect(frame);
            if (inside.isEmpty()) {
                continue;
            }
            XSLFFreeformShape region = slide.createFreeform();
            region.setPath(new Path2D.Double(inside));
            region.setFillColor(fill(map, shape.code()));
            region.setLineColor(BORDER);
            region.setLineWidth(0.5);
            describe(region, shape.code(), map.area(shape.code()).map(RegionMap.Area::accessibleName).orElse(""));
        }
        for (RegionMap.Link link : map.links()) {
            RegionShapes.Shape from = shapes.shape(link.from());
            RegionShapes.Shape to = shapes.shape(link.to());
            if (from == null || to == null) {
                continue;
            }
            Line2D line = new Line2D.Double(place.x(from.labelX()), place.y(from.labelY()), place.x(to.labelX()),
                    place.y(to.labelY()));
            Area stroke = new Area(new BasicStroke((float) (0.8 + 4 * link.weight()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND).createStrokedShape(line));
            stroke.intersect(frame);
            if (!stroke.isEmpty()) {
                XSLFFreeformShape drawn = slide.createFreeform();
                drawn.setPath(new Path2D.Double(stroke));
                drawn.setFillColor(LINK);
                describe(drawn, "line " + link.to(), link.text());
            }
        }
        List<Rectangle2D> taken = new ArrayList<>();
        for (RegionMap.Area area : map.named(NAMED)) {
            RegionShapes.Shape shape = shapes.shape(area.code());
            double size = area.chosen() ? 11 : 9;
            double width = area.name().length() * size * 0.62 + 8; // DejaVu's and Liberation's average width
            double height = size * 1.5 + 6;
            Rectangle2D label = new Rectangle2D.Double(place.x(shape.labelX()) - width / 2,
                    place.y(shape.labelY()) - height / 2, width, height);
            if (!drawing.contains(label) || taken.stream().anyMatch(label::intersects)) {
                continue;
            }
            taken.add(label);
            XSLFTextBox name = text(slide, area.name(), size, area.chosen(), label, language);
            name.setFillColor(Color.WHITE);
        }
        double legendY = box.getMaxY() - LEGEND_HEIGHT + 4;
        double at = box.getX();
        if (!map.legendMin().isEmpty()) { // the colour ramp, a swatch a step, then its ends in words
            for (String colour : map.legendColours()) {
                org.apache.poi.xslf.usermodel.XSLFAutoShape swatch = slide.createAutoShape();
                swatch.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
                swatch.setAnchor(new Rectangle2D.Double(at, legendY + 4, 10, 9));
                swatch.setFillColor(Color.decode(colour));
                at += 10;
            }
            at += 4;
        }
        String legend = (map.legendMin().isEmpty() ? "" : map.legendMin() + " – " + map.legendMax()
                + (map.legendScale().isEmpty() ? "" : " (" + map.legendScale() + ")") + " · ")
                + map.noData() + (map.linesNote().isEmpty() ? "" : " · " + map.linesNote());
        text(slide, legend, 10, false, new Rectangle2D.Double(at, legendY, box.getMaxX() - at, LEGEND_HEIGHT - 4),
                language);
    }

    /** The shape's name (its region's code) and its alternative text (name and value), for a screen reader. */
    private static void describe(XSLFFreeformShape shape, String name, String text) {
        if (shape.getXmlObject() instanceof org.openxmlformats.schemas.presentationml.x2006.main.CTShape xml) {
            xml.getNvSpPr().getCNvPr().setName(name);
            xml.getNvSpPr().getCNvPr().setDescr(text);
        }
    }

    private static XSLFTextBox text(XSLFSlide slide, String text, double size, boolean bold, Rectangle2D anchor,
                                    java.util.Locale language) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(false);
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(1, 2, 1, 2));
        XSLFTextRun run = box.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(TEXT);
        if (run.getXmlObject() instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun regular) {
            (regular.isSetRPr() ? regular.getRPr() : regular.addNewRPr()).setLang(language.toLanguageTag());
        }
        return box;
    }
}
