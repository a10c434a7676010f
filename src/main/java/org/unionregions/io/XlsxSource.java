package org.unionregions.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, read a row at a time from the sheet's XML (never the whole
 * workbook as objects): numbers as plain digits, dates as ISO dates, a formula by the result the file
 * saved with it. A formula without a saved result or an error cell is a problem of its cell, not 0.
 */
final class XlsxSource implements TableSource {

    /** The last day Excel can show (9999-12-31): a larger serial is not a date. */
    private static final double LAST_SERIAL = 2_958_465;
    private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);

    private final String name;
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<String> headers;
    private long lastLine;

    private XlsxSource(String name, OPCPackage workbook, InputStream sheet, XMLStreamReader xml,
                       ReadOnlySharedStringsTable strings, StylesTable styles)
            throws TableReader.UnreadableFileException {
        this.name = name;
        this.workbook = workbook;
        this.sheet = sheet;
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        Row header = next();
        if (header == null) {
            close();
            throw new TableReader.UnreadableFileException(name + ":1: the sheet is empty; the first row must name"
                    + " the columns");
        }
        this.headers = header.cells();
    }

    static XlsxSource open(Path file, String name) throws TableReader.UnreadableFileException {
        OPCPackage workbook = null;
        InputStream sheet = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableReader.UnreadableFileException(name + ": the workbook has no sheet");
            }
            sheet = sheets.next();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities: no billion laughs, no file reads
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return new XlsxSource(name, workbook, sheet, factory.createXMLStreamReader(sheet), strings, styles);
        } catch (TableReader.UnreadableFileException e) {
            closeQuietly(sheet);
            revertQuietly(workbook);
            throw e;
        } catch (Exception | StackOverflowError e) {
            closeQuietly(sheet);
            revertQuietly(workbook);
            throw new TableReader.UnreadableFileException(name + ": " + TableReader.describeXlsxFailure(e));
        }
    }

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public String encoding() {
        return "XLSX";
    }

    @Override
    public char separator() {
        return ',';
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Row next() throws TableReader.UnreadableFileException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    Row row = readRow();
                    if (row != null) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new TableReader.UnreadableFileException(name + ": the sheet cannot be read: "
                    + TableReader.describeXlsxFailure(e));
        }
    }

    /** One {@code <row>}; null when every cell of it is empty. */
    private Row readRow() throws XMLStreamException, TableReader.UnreadableFileException {
        String number = xml.getAttributeValue(null, "r");
        long line = number == null ? lastLine + 1 : Long.parseLong(number);
        lastLine = line;
        List<String> cells = new ArrayList<>();
        Map<Integer, CellProblem> problems = null;
        java.util.BitSet typed = new java.util.BitSet();
        boolean empty = true;
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !"c".equals(xml.getLocalName())) {
                continue;
            }
            String reference = xml.getAttributeValue(null, "r");
            int column = reference == null ? nextColumn : columnIndex(reference);
            if (column >= TableReader.MAX_COLUMNS) {
                throw new TableReader.UnreadableFileException(name + ":" + line + ": " + (column + 1)
                        + " columns; at most " + TableReader.MAX_COLUMNS + " are read");
            }
            nextColumn = column + 1;
            Cell cell = readCell();
            while (cells.size() < column) {
                cells.add("");
            }
            if (cell.text().length() > TableReader.MAX_CELL_CHARS) {
                throw TableReader.cellTooLong(name, line, column);
            }
            cells.add(cell.text());
            if (cell.typedNumber()) {
                typed.set(column);
            }
            empty &= cell.text().isEmpty() && cell.problem() == null;
            if (cell.problem() != null) {
                if (problems == null) {
                    problems = new HashMap<>();
                }
                problems.put(column, cell.problem());
            }
        }
        return empty ? null : new Row(line, cells, problems == null ? Map.of() : problems, typed);
    }

    private record Cell(String text, CellProblem problem, boolean typedNumber) {
        Cell(String text) {
            this(text, null, false);
        }

        Cell(String text, CellProblem problem) {
            this(text, problem, false);
        }
    }

    /** A {@code <c>} element: its type, style, formula, value or inline text. */
    private Cell readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        boolean formula = false;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> formula = true;
                    case "v" -> value = xml.getElementText();
                    case "t" -> {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        inline.append(xml.getElementText());
                    }
                    default -> { }
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return new Cell(inline == null ? "" : inline.toString().strip());
        }
        if (value == null) {
            return formula ? new Cell("", new CellProblem("import.formulaWithoutResult", null)) : new Cell("");
        }
        return switch (type == null ? "n" : type) {
            case "s" -> new Cell(strings.getItemAt(Integer.parseInt(value.strip())).getString().strip());
            case "str" -> new Cell(value.strip());
            case "b" -> new Cell("1".equals(value.strip()) ? "true" : "false");
            case "e" -> new Cell("", new CellProblem("import.errorCell", value.strip()));
            default -> number(value.strip(), style);
        };
    }

    /** A number cell: a date where its style shows a date, else the number in plain digits. */
    private Cell number(String value, String style) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return new Cell(value);
        }
        if (style != null && isDateStyle(Integer.parseInt(style))) {
            if (!(number >= 1 && number <= LAST_SERIAL)) {
                return new Cell("", new CellProblem("import.notADateSerial",
                        new BigDecimal(value).stripTrailingZeros().toPlainString()));
            }
            // serials count from 1900-01-00, with Excel's invented 29 February 1900 as serial 60
            long days = (long) Math.floor(number);
            LocalDate date = days < 61 ? SERIAL_ZERO.plusDays(days + 1) : SERIAL_ZERO.plusDays(days);
            return new Cell(date.toString());
        }
        BigDecimal exact = new BigDecimal(value);
        // a huge exponent would spell out a million digits: leave such a number as written
        return new Cell(Math.abs(exact.scale()) > 40 ? value : exact.stripTrailingZeros().toPlainString(), null,
                true);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** "AB12" is column 27 (from 0). */
    private static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > TableReader.MAX_COLUMNS) {
                return column;
            }
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // reading only: nothing to lose
        }
        closeQuietly(sheet);
        revertQuietly(workbook);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // reading only: nothing to lose
            }
        }
    }

    /** Closes a workbook opened for reading without saving anything back. */
    private static void revertQuietly(OPCPackage workbook) {
        if (workbook != null) {
            workbook.revert();
        }
    }
}
