package org.unionregions.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The sourced facts shipped with the app (assets/data, copied into the jar). Loaded once into a new
 * database, inside the transaction that creates the schema. A row that does not fit is a build bug:
 * it fails loudly with the file and line.
 */
public final class BundledData {

    /** Classpath folder of the bundled CSV files. */
    public static final String RESOURCE_FOLDER = "/org/unionregions/data/";

    public static final List<String> FILES = List.of(
            "sources.csv", "regions.csv", "editions.csv", "edition-figures.csv", "trade-turnover.csv",
            "region-facts.csv");

    private BundledData() {
    }

    static void load(Connection connection) throws SQLException {
        insertAll(connection, "sources.csv",
                "INSERT INTO source (id, publisher, location, note) VALUES (?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, required(row, "id"));
                    statement.setString(2, required(row, "publisher"));
                    setText(statement, 3, row.get("url_or_file"));
                    setText(statement, 4, row.get("note"));
                });
        insertAll(connection, "regions.csv",
                "INSERT INTO region (code, country, name_en, name_ru, name_be) VALUES (?, ?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, required(row, "code"));
                    statement.setString(2, required(row, "country"));
                    statement.setString(3, required(row, "name_en"));
                    statement.setString(4, required(row, "name_ru"));
                    setText(statement, 5, row.get("name_be"));
                });
        Map<String, String> regionCodes = regionCodesByEnglishName();
        insertAll(connection, "editions.csv",
                "INSERT INTO edition (number, year, start_date, end_date, host_city, host_region, host_country,"
                        + " format, theme, theme_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setInt(1, Integer.parseInt(required(row, "number")));
                    statement.setInt(2, Integer.parseInt(required(row, "year")));
                    setText(statement, 3, row.get("start_date"));
                    setText(statement, 4, row.get("end_date"));
                    setText(statement, 5, row.get("host_city"));
                    setText(statement, 6, regionCode(regionCodes, row, "host_region", true));
                    setText(statement, 7, row.get("host_country"));
                    setText(statement, 8, row.get("format"));
                    setText(statement, 9, row.get("theme"));
                    setText(statement, 10, row.get("theme_source"));
                });
        insertAll(connection, "edition-figures.csv",
                "INSERT INTO edition_figure (edition, metric, value, unit, status, qualifier, as_stated, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setInt(1, Integer.parseInt(required(row, "edition")));
                    statement.setString(2, required(row, "metric"));
                    setNumber(statement, 3, row.get("value"));
                    statement.setString(4, required(row, "unit"));
                    statement.setString(5, required(row, "status"));
                    statement.setString(6, row.get("qualifier"));
                    setText(statement, 7, row.get("as_stated"));
                    statement.setString(8, required(row, "source"));
                });
        insertAll(connection, "trade-turnover.csv",
                "INSERT INTO trade_figure (year, value, currency, basis, qualifier, as_stated, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setInt(1, Integer.parseInt(required(row, "year")));
                    statement.setDouble(2, Double.parseDouble(required(row, "value")));
                    statement.setString(3, required(row, "unit"));
                    setText(statement, 4, row.get("basis"));
                    statement.setString(5, row.get("qualifier"));
                    setText(statement, 6, row.get("as_stated"));
                    statement.setString(7, required(row, "source"));
                });
        insertAll(connection, "region-facts.csv",
                "INSERT INTO region_fact (by_region, ru_region, year, edition, kind, value, unit, as_stated, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, regionCode(regionCodes, row, "by_region", false));
                    statement.setString(2, regionCode(regionCodes, row, "ru_region", false));
                    setInteger(statement, 3, row.get("year"));
                    setInteger(statement, 4, row.get("edition"));
                    statement.setString(5, required(row, "kind"));
                    setNumber(statement, 6, row.get("value"));
                    setText(statement, 7, row.get("unit"));
                    setText(statement, 8, row.get("as_stated"));
                    statement.setString(9, required(row, "source"));
                });
    }

    /** Parses one bundled file; shared with the tests that compare the database against the files. */
    public static List<CSVRecord> read(String fileName) {
        try (InputStream in = BundledData.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing from the build: " + fileName);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled data file " + fileName, e);
        }
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(CSVRecord row, PreparedStatement statement) throws SQLException;
    }

    private static void insertAll(Connection connection, String fileName, String sql, RowBinder binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (CSVRecord row : read(fileName)) {
                try {
                    binder.bind(row, statement);
                    statement.executeUpdate();
                } catch (SQLException | RuntimeException e) {
                    throw new IllegalStateException("bundled " + fileName + " line " + (row.getRecordNumber() + 1)
                            + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static Map<String, String> regionCodesByEnglishName() {
        Map<String, String> codes = new HashMap<>();
        for (CSVRecord row : read("regions.csv")) {
            codes.put(row.get("name_en"), row.get("code"));
        }
        return codes;
    }

    private static String regionCode(Map<String, String> codes, CSVRecord row, String column, boolean optional) {
        String name = row.get(column);
        if (name == null || name.isBlank()) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException(column + " is empty");
        }
        String code = codes.get(name);
        if (code == null) {
            throw new IllegalArgumentException(column + ": unknown region '" + name + "'");
        }
        return code;
    }

    private static String required(CSVRecord row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return value;
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNumber(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, Double.parseDouble(value));
        }
    }

    private static void setInteger(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, Integer.parseInt(value));
        }
    }
}
