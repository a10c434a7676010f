package org.unionregions.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a table file for reading, a row at a time: CSV as officials receive it, or the first sheet of
 * an XLSX workbook. Bounded: a hostile file is refused with a message naming the file and where,
 * never read without limit.
 */
public final class TableReader {

    /** Files are streamed, so the limit is the disk the import's scratch copy needs, not memory. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;
    public static final int MAX_COLUMNS = 200;
    /** One limit for every cell, CSV or XLSX, import or form. */
    public static final int MAX_CELL_CHARS = 10_000;

    private TableReader() {
    }

    /** A file that cannot be read as a table at all; the message names the file and where. */
    public static final class UnreadableFileException extends Exception {
        public UnreadableFileException(String message) {
            super(message);
        }
    }

    public static TableSource open(Path file) throws UnreadableFileException {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException(file + ": is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableFileException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(file + ": is a pipe, a device or another special file, not a table"
                    + " file");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableFileException(file + ": larger than " + (MAX_FILE_BYTES >> 30) + " GB");
            }
        } catch (IOException e) {
            throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new UnreadableFileException(name + ": an Excel 97-2003 workbook (.xls) is not read; save it as"
                    + " .xlsx or CSV UTF-8");
        }
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") ? XlsxSource.open(file, name)
                : CsvSource.open(file, name);
    }

    static UnreadableFileException cellTooLong(String name, long line, int column) {
        return new UnreadableFileException(name + ":" + line + ": column " + (column + 1) + " holds more than "
                + MAX_CELL_CHARS + " characters; at most " + MAX_CELL_CHARS + " are read");
    }

    /** Why POI could not read a workbook, in our words (its own texts ask users to file bug reports). */
    static String describeXlsxFailure(Throwable e) {
        String type = e.getClass().getSimpleName();
        String message = String.valueOf(e.getMessage());
        if (type.equals("NotOfficeXmlFileException") || type.equals("InvalidFormatException")
                || type.equals("ZipException") || type.equals("OLE2NotOfficeXmlFileException")
                || type.equals("InvalidOperationException")) {
            return "not an XLSX workbook (not a zip of a spreadsheet); save it as .xlsx or CSV UTF-8";
        }
        if (type.equals("EmptyFileException")) {
            return "the file is empty";
        }
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "the workbook expands to far more than its size (a zip bomb?); it was not read";
        }
        if (e instanceof StackOverflowError) {
            return "the sheet's XML is nested too deeply to read";
        }
        String firstLine = message.lines().findFirst().orElse(type);
        return "not a readable XLSX workbook (" + (firstLine.toLowerCase(Locale.ROOT).contains("bugzilla")
                || firstLine.contains("POI") ? type : firstLine) + ")";
    }
}
