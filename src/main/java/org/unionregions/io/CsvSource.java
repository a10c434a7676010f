package org.unionregions.io;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as officials receive it (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1251 or
 * KOI8-R; ',' ';' or tab separated), read a record at a time.
 */
final class CsvSource implements TableSource {

    /** A record longer than this (every column at the cell limit) is a quote that never closes. */
    static final int MAX_RECORD_CHARS = TableReader.MAX_COLUMNS * TableReader.MAX_CELL_CHARS + 10_000;

    private final String name;
    private final TextEncoding.Detected encoding;
    private final char separator;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;

    private CsvSource(String name, TextEncoding.Detected encoding, char separator, CSVParser parser)
            throws TableReader.UnreadableFileException {
        this.name = name;
        this.encoding = encoding;
        this.separator = separator;
        this.parser = parser;
        this.records = parser.iterator();
        Row header = nextRecord();
        if (header == null) {
            close();
            throw new TableReader.UnreadableFileException(name + ":1: the file is empty; the first line must name"
                    + " the columns");
        }
        this.headers = header.cells();
    }

    static CsvSource open(Path file, String name) throws TableReader.UnreadableFileException {
        TextEncoding.Detected encoding = TextEncoding.detect(file, name);
        BufferedReader reader = null;
        try {
            reader = new BufferedReader(encoding.open(Files.newInputStream(file)), 1 << 16);
            char separator = detectSeparator(firstLine(reader));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true).build();
            return new CsvSource(name, encoding, separator, CSVParser.parse(new RecordGuard(reader, name), format));
        } catch (IOException e) {
            closeQuietly(reader);
            throw new TableReader.UnreadableFileException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** The first line, for the separator; the reader is put back to the start. */
    private static String firstLine(BufferedReader reader) throws IOException {
        reader.mark(MAX_RECORD_CHARS);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '\n' && line.length() < MAX_RECORD_CHARS - 1) {
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    /** The separator that splits the first line into the most fields, outside quotes. */
    static char detectSeparator(String firstLine) {
        char best = ',';
        int bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < firstLine.length(); i++) {
                char c = firstLine.charAt(i);
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

    @Override
    public String fileName() {
        return name;
    }

    @Override
    public String encoding() {
        return encoding.name();
    }

    @Override
    public char separator() {
        return separator;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Row next() throws TableReader.UnreadableFileException {
        return nextRecord();
    }

    private Row nextRecord() throws TableReader.UnreadableFileException {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException cause) {
                throw unreadable(cause);
            }
            throw new TableReader.UnreadableFileException(name + ":" + parser.getCurrentLineNumber()
                    + ": not a readable CSV table: " + e.getMessage());
        }
        long line = parser.getCurrentLineNumber();
        if (record.size() > TableReader.MAX_COLUMNS) {
            throw new TableReader.UnreadableFileException(name + ":" + line + ": " + record.size()
                    + " columns; at most " + TableReader.MAX_COLUMNS + " are read");
        }
        List<String> cells = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            if (cell.length() > TableReader.MAX_CELL_CHARS) {
                throw TableReader.cellTooLong(name, line, i);
            }
            cells.add(cell.strip());
        }
        return new Row(line, cells);
    }

    private TableReader.UnreadableFileException unreadable(IOException e) {
        long line = parser.getCurrentLineNumber() + 1;
        if (e instanceof CharacterCodingException) {
            return new TableReader.UnreadableFileException(name + ":" + line + ": holds bytes that are not "
                    + encoding.name() + " text; save the file again as UTF-8");
        }
        return new TableReader.UnreadableFileException(e.getMessage() != null && e.getMessage().startsWith(name)
                ? e.getMessage() : name + ":" + line + ": not a readable CSV table: " + e.getMessage());
    }

    @Override
    public void close() {
        closeQuietly(parser);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing was written: a failed close of a file being read changes nothing
            }
        }
    }

    /**
     * Stops a record from growing without end: an opening quote that never closes would make the rest
     * of a gigabyte file one cell, read into memory before any cell limit could be checked.
     */
    private static final class RecordGuard extends FilterReader {
        private final String name;
        private boolean quoted;
        private int sinceRecordEnd;
        private long line = 1;
        private long recordStart = 1;

        RecordGuard(Reader in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                watch((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(read, 0); i++) {
                watch(buffer[i]);
            }
            return read;
        }

        private void watch(char c) throws IOException {
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a quoted cell flips twice: no change
            } else if (c == '\n') {
                line++;
                if (!quoted) {
                    sinceRecordEnd = 0;
                    recordStart = line;
                    return;
                }
            }
            if (++sinceRecordEnd > MAX_RECORD_CHARS) {
                throw new IOException(name + ":" + recordStart + ": the record starting here runs on for more than "
                        + MAX_RECORD_CHARS + " characters: a quote (\") that is never closed?");
            }
        }
    }
}
