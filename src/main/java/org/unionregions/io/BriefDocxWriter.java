package org.unionregions.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The brief as a Word document an official can edit: the same content as the PDF ({@link BriefWriter}),
 * in Word's own structure: the title and headings in styles (Title, Subtitle, Heading 1: they show in
 * the navigation pane), tables as tables with a header row repeated on each page, the chart and the map
 * as pictures with alternative text, the sources as a numbered list, the language tagged, A4, a footer
 * with the page number.
 */
public final class BriefDocxWriter {

    /** A4 in twentieths of a point, 2 cm margins: the text is 9,638 twips wide. */
    private static final int PAGE_WIDTH = 11_906;
    private static final int PAGE_HEIGHT = 16_838;
    private static final int MARGIN = 1_134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /** A font every Word and LibreOffice has, with Cyrillic (LibreOffice uses its metric twin). */
    private static final String FONT = "Arial";

    private final XWPFDocument document;
    private BigInteger sourceNumbering;

    private BriefDocxWriter(XWPFDocument document) {
        this.document = document;
    }

    public static void write(Brief brief, Path file) throws IOException {
        OutputFile.write(file, partial -> {
            try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(partial)) {
                new BriefDocxWriter(document).lay(brief);
                document.write(out);
            }
        });
    }

    private void lay(Brief brief) throws IOException {
        page();
        styles(brief.language());
        document.getProperties().getCoreProperties().setTitle(brief.title());
        document.getProperties().getCoreProperties().setCreator("Union Regions");
        footer(brief.footer());
        paragraph(brief.title(), "Title");
        paragraph(brief.subtitle(), "Subtitle");
        for (Brief.Section section : brief.sections()) {
            if (section instanceof Brief.Heading heading) {
                paragraph(heading.text(), "Heading1");
            } else if (section instanceof Brief.Paragraph text) {
                paragraph(text.text(), text.note() ? "Note" : null);
            } else if (section instanceof Brief.Table table) {
                table(table);
            } else if (section instanceof Brief.Chart chart) {
                figure(chart.title(), chart, chartText(chart));
            } else if (section instanceof Brief.MapFigure map) {
                figure(map.title(), map, mapText(map));
            } else if (section instanceof Brief.SourceList sources) {
                sources(sources);
            }
        }
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
    }

    /** The styles the brief uses, and its language for spelling and hyphenation (ru-RU, be-BY, en-GB). */
    private void styles(String language) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage(language);
        style(styles, "Normal", "Normal", null, 10, false, "202020", -1);
        style(styles, "Title", "Title", "Normal", 20, true, "202020", -1);
        style(styles, "Subtitle", "Subtitle", "Normal", 11, false, "555555", -1);
        style(styles, "Heading1", "heading 1", "Normal", 13, true, "202020", 0);
        style(styles, "Caption", "caption", "Normal", 10, true, "202020", -1);
        style(styles, "Note", "Note", "Normal", 8.5, false, "555555", -1);
    }

    private static void style(XWPFStyles styles, String id, String name, String basedOn, double points, boolean bold,
                              String colour, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(id.startsWith("Heading") ? 80 : 100));
        if (id.startsWith("Heading")) {
            paragraph.getSpacing().setBefore(BigInteger.valueOf(240));
            paragraph.addNewKeepNext();
        }
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(points * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(points * 2)));
        if (bold) {
            run.addNewB();
        }
        run.addNewColor().setVal(colour);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** The footer of every page: the brief's line and the page number (a field Word and LibreOffice fill in). */
    private void footer(String text) {
        XWPFFooter footer = document.createHeaderFooterPolicy().createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph line = footer.createParagraph();
        line.setStyle("Note");
        line.createRun().setText(text + " · ");
        line.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private XWPFParagraph paragraph(String text, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        if (text != null && !text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    /** A table as wide as the text, its columns in the brief's shares, its header row bold and repeated. */
    private void table(Brief.Table table) {
        XWPFTable grid = document.createTable(1 + table.rows().size(), table.headers().size());
        grid.setWidth(String.valueOf(TEXT_WIDTH));
        grid.setCellMargins(40, 80, 40, 80);
        // the grid's columns in the brief's shares (LibreOffice lays a table out by its grid)
        var columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        while (columns.sizeOfGridColArray() < table.widths().size()) {
            columns.addNewGridCol();
        }
        for (int i = 0; i < table.widths().size(); i++) {
            columns.getGridColArray(i).setW(BigInteger.valueOf(Math.round(table.widths().get(i) * TEXT_WIDTH)));
        }
        fill(grid.getRow(0), table.headers(), table.widths(), true);
        grid.getRow(0).setRepeatHeader(true);
        grid.getRow(0).setCantSplitRow(true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), table.widths(), false);
            grid.getRow(i + 1).setCantSplitRow(true);
        }
        paragraph("", null); // Word joins two tables that touch: a paragraph keeps them apart
    }

    private static void fill(XWPFTableRow row, List<String> cells, List<Double> widths, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(Math.round(widths.get(i) * TEXT_WIDTH)));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            XWPFRun run = paragraph.createRun();
            run.setText(cells.get(i));
            run.setFontSize(8.5);
            run.setBold(header);
            if (header) {
                cell.setColor("EEEEEE");
            }
        }
    }

    /** A chart or a map: its title as a caption, then the picture with its content as alternative text. */
    private void figure(String title, Brief.Section section, String description) throws IOException {
        paragraph(title, "Caption").getCTP().addNewPPr().addNewKeepNext();
        java.awt.image.BufferedImage picture = BriefWriter.figure(section);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        XWPFParagraph holder = document.createParagraph();
        holder.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = holder.createRun();
        double widthPoints = TEXT_WIDTH / 20.0;
        double heightPoints = widthPoints * picture.getHeight() / picture.getWidth();
        try {
            run.addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "figure.png",
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add the picture " + title + ": " + e.getMessage(), e);
        }
        var properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        properties.setTitle(title);
        properties.setDescr(description);
    }

    /** The chart's figures in words, for a screen reader: "2016 III — Reported: 3, Expected: 0; …". */
    private static String chartText(Brief.Chart chart) {
        StringBuilder text = new StringBuilder(chart.title()).append(". ");
        for (int i = 0; i < chart.categories().size(); i++) {
            text.append(i == 0 ? "" : "; ").append(chart.categories().get(i).replace('\n', ' ')).append(" — ")
                    .append(chart.firstName()).append(": ").append(Math.round(chart.first().get(i))).append(", ")
                    .append(chart.secondName()).append(": ").append(Math.round(chart.second().get(i)));
        }
        return text.toString();
    }

    /** The map's regions with a value in words, largest first. */
    private static String mapText(Brief.MapFigure map) {
        return map.title() + ". " + map.map().areas().stream().filter(area -> area.rank() != Integer.MAX_VALUE)
                .sorted(java.util.Comparator.comparingInt(org.unionregions.model.RegionMap.Area::rank))
                .map(org.unionregions.model.RegionMap.Area::accessibleName).collect(Collectors.joining("; "));
    }

    /** The sources as a numbered list: "1. P38 — news.by". */
    private void sources(Brief.SourceList list) {
        BigInteger numbering = sourceNumbering();
        for (List<String> source : list.sources()) {
            XWPFParagraph item = paragraph(source.get(0) + " — " + source.get(1), "Note");
            item.setNumID(numbering);
            item.setSpacingAfter(0);
        }
    }

    /** A decimal list ("1.", "2.", …), made once per document. */
    private BigInteger sourceNumbering() {
        if (sourceNumbering != null) {
            return sourceNumbering;
        }
        XWPFNumbering numbering = document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(440));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(440));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        sourceNumbering = numbering.addNum(abstractId);
        return sourceNumbering;
    }
}
