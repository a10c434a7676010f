package org.unionregions.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads CSV as officials receive it (UTF-8 with or without BOM, or Windows-1251 from a Russian Excel;
 * ',' ';' or tab separated) and the first sheet of an XLSX file. Bounded: a hostile file is refused
 * with a message, never read without limit.
 */
public final class TableReader {

    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL_CHARS = 10_000;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TableReader() {
    }

    /** A file that cannot be read as a table at all; the message names the file and where. */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public static TableFile read(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(file + ": no such file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableFileException(file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                return readXlsx(file);
            }
            return readCsv(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage());
        }
    }

    static TableFile readCsv(String name, byte[] bytes) throws UnreadableFileException {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8 (BOM)";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, WINDOWS_1251);
                encoding = "Windows-1251";
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException(name + ":1: contains NUL bytes: not a text table");
        }
        char separator = detectSeparator(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).build();
        List<String> headers = null;
        List<TableFile.Row> rows = new ArrayList<>();
        CellCache cache = new CellCache();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() > MAX_COLUMNS) {
                    throw new UnreadableFileException(name + ":" + line + ": " + record.size()
                            + " columns; at most " + MAX_COLUMNS + " are read");
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i);
                    if (cell.length() > MAX_CELL_CHARS) {
                        throw new UnreadableFileException(name + ":" + line + ": column " + (i + 1) + " holds "
                                + cell.length() + " characters; at most " + MAX_CELL_CHARS + " are read");
                    }
                    cells.add(cache.share(cell.strip()));
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new TableFile.Row(line, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(name + ": not a readable CSV table: " + e.getMessage());
        }
        if (headers == null) {
            throw new UnreadableFileException(name + ":1: the file is empty; the first line must name the columns");
        }
        return new TableFile(name, headers, rows, encoding, separator);
    }

    /**
     * One copy of each short cell text: a large file repeats its region names, kinds, units and
     * sources on every line, and a million rows of copies kept the collector busier than the parser.
     */
    private static final class CellCache {
        private static final int MAX_ENTRIES = 100_000;
        private static final int MAX_LENGTH = 48;
        private final java.util.HashMap<String, String> shared = new java.util.HashMap<>();

        String share(String cell) {
            if (cell.length() > MAX_LENGTH) {
                return cell;
            }
            String first = shared.get(cell);
            if (first != null) {
                return first;
            }
            if (shared.size() < MAX_ENTRIES) {
                shared.put(cell, cell);
            }
            return cell;
        }
    }

    /** The separator that splits the first line into the most fields, outside quotes. */
    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : firstLine.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static TableFile readXlsx(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException(name + ": the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<TableFile.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                int last = Math.max(row.getLastCellNum(), 0);
                if (last > MAX_COLUMNS) {
                    throw new UnreadableFileException(name + ":" + (row.getRowNum() + 1) + ": " + last
                            + " columns; at most " + MAX_COLUMNS + " are read");
                }
                List<String> cells = new ArrayList<>(last);
                boolean empty = true;
                for (int i = 0; i < last; i++) {
                    String text = cellText(row.getCell(i), formatter);
                    empty &= text.isEmpty();
                    cells.add(text);
                }
                if (empty) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    rows.add(new TableFile.Row(row.getRowNum() + 1, cells));
                }
            }
            if (headers == null) {
                throw new UnreadableFileException(name + ":1: the sheet is empty; the first row must name the columns");
            }
            return new TableFile(name, headers, rows, "XLSX", ',');
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(name + ": not a readable XLSX workbook: " + e.getMessage());
        }
    }

    /** Numbers as plain digits (no locale grouping), dates as ISO, formulas by their cached value. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell).strip();
    }
}
