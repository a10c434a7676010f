package org.unionregions.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unionregions.model.Kind;
import org.unionregions.model.Level;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

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
            "region-facts.csv", "region-pair-sources.csv", "region-pair-facts.csv", "edition-sources-more.csv",
            "edition-figures-more.csv", "region-pair-sources-3.csv", "region-pair-facts-3.csv",
            "edition-figures-3.csv", "trade-turnover-3.csv", "region-totals-sources.csv", "region-totals-3.csv",
            "terms-read.csv");

    /**
     * The terms read from the earlier collections' quotes ("план мероприятий на 2024-2026 годы"): each
     * names its statement (source, pair, kind) and the words of its quote that state the term.
     */
    static final String TERMS_READ = "terms-read.csv";

    /** The third collection's statements of signings, with the collector's mark of which belong together. */
    static final String THIRD_FACTS = "region-pair-facts-3.csv";

    private BundledData() {
    }

    static void load(Connection connection) throws SQLException {
        Map<String, String> regionCodes = regionCodesByEnglishName();
        // every source first: the editions cite them too (the X Forum's theme)
        for (String sources : List.of("sources.csv", "region-pair-sources.csv", "edition-sources-more.csv",
                "region-pair-sources-3.csv", "region-totals-sources.csv")) {
            insertAll(connection, sources, Tables.SOURCE, BundledData::source);
        }
        insertAll(connection, "regions.csv", Tables.REGION, row -> values(
                "code", required(row, "code"), "country", required(row, "country"),
                "name_en", required(row, "name_en"), "name_ru", required(row, "name_ru"),
                "name_be", text(row, "name_be")));
        insertAll(connection, "editions.csv", Tables.EDITION, row -> values(
                "number", Integer.parseInt(required(row, "number")), "year", Integer.parseInt(required(row, "year")),
                "start_date", text(row, "start_date"), "end_date", text(row, "end_date"),
                "host_city", text(row, "host_city"), "host_region", regionCode(regionCodes, row, "host_region", true),
                "host_country", text(row, "host_country"), "format", text(row, "format"),
                "theme", text(row, "theme"), "theme_source", text(row, "theme_source")));
        insertAll(connection, "edition-figures.csv", Tables.EDITION_FIGURE, BundledData::editionFigure);
        insertAll(connection, "trade-turnover.csv", Tables.TRADE_FIGURE, BundledData::tradeFigure);
        insertAll(connection, "region-facts.csv", Tables.REGION_FACT, row -> regionFact(regionCodes, row));
        insertAll(connection, "region-pair-facts.csv", Tables.REGION_FACT, row -> regionFact(regionCodes, row));
        insertAll(connection, "edition-figures-more.csv", Tables.EDITION_FIGURE, BundledData::editionFigure);
        insertAll(connection, THIRD_FACTS, Tables.REGION_FACT, row -> regionFact(regionCodes, row));
        insertAll(connection, "edition-figures-3.csv", Tables.EDITION_FIGURE, BundledData::editionFigure);
        insertAll(connection, "trade-turnover-3.csv", Tables.TRADE_FIGURE, BundledData::tradeFigure);
        insertAll(connection, "region-totals-3.csv", Tables.REGION_TOTAL, row -> regionTotal(regionCodes, row));
        Reconciliation.reconcile(connection, marks(regionCodes), false);
    }

    /**
     * The third collection (schema version 8) for a database made before it, each row added once unless an
     * equal row is stored; the first collection's correction (source R10 names close partners, not
     * agreements) and the X Forum's theme where the database still has them as bundled; then every
     * statement grouped into documents, each change in the history.
     */
    static void addThirdCollection(Connection connection) throws SQLException {
        Map<String, String> regionCodes = regionCodesByEnglishName();
        insertAbsent(connection, "region-pair-sources-3.csv", Tables.SOURCE, BundledData::source);
        insertAbsent(connection, THIRD_FACTS, Tables.REGION_FACT, row -> regionFact(regionCodes, row));
        insertAbsent(connection, "edition-figures-3.csv", Tables.EDITION_FIGURE, BundledData::editionFigure);
        insertAbsent(connection, "trade-turnover-3.csv", Tables.TRADE_FIGURE, BundledData::tradeFigure);
        insertAbsent(connection, "region-totals-sources.csv", Tables.SOURCE, BundledData::source);
        insertAbsent(connection, "region-totals-3.csv", Tables.REGION_TOTAL, row -> regionTotal(regionCodes, row));
        correctFirstCollection(connection);
        Reconciliation.reconcile(connection, marks(regionCodes), true);
    }

    /**
     * The data set's corrections to rows a database stores as they were bundled: source R10 says Minsk
     * Oblast "cooperates closely" with seven oblasts (close partners, no agreement, in the page's own
     * words); the X Forum's theme, where none is stored. Rows a user changed since are left as they are.
     */
    private static void correctFirstCollection(Connection connection) throws SQLException {
        Map<String, String> quotes = new HashMap<>();
        Map<String, String> codes = regionCodesByEnglishName();
        for (CSVRecord line : read("region-facts.csv")) {
            if (line.get("source").equals("R10")) {
                quotes.put(codes.get(line.get("ru_region")), text(line, "as_stated"));
            }
        }
        for (Map.Entry<String, String> partner : quotes.entrySet()) {
            List<String> keys = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT id FROM region_fact"
                    + " WHERE source = 'R10' AND kind = 'agreement' AND by_region = 'BY-MI' AND ru_region = ?")) {
                query.setString(1, partner.getKey());
                try (java.sql.ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(row.getString(1));
                    }
                }
            }
            for (String key : keys) {
                Map<String, Object> values = new HashMap<>(EditHistory.row(connection, Tables.REGION_FACT, key));
                values.put("kind", "close_partner");
                values.put("as_stated", partner.getValue());
                TableWriter.updateRow(connection, Tables.REGION_FACT, key, values);
            }
        }
        CSVRecord tenth = read("editions.csv").stream().filter(line -> line.get("number").equals("10")).findFirst()
                .orElseThrow();
        List<String> stored = new java.util.ArrayList<>();
        try (java.sql.Statement query = connection.createStatement();
             java.sql.ResultSet row = query.executeQuery("SELECT number FROM edition WHERE number = 10 AND theme IS NULL")) {
            while (row.next()) {
                stored.add(row.getString(1));
            }
        }
        for (String key : stored) {
            Map<String, Object> values = new HashMap<>(EditHistory.row(connection, Tables.EDITION, key));
            values.put("theme", text(tenth, "theme"));
            values.put("theme_source", text(tenth, "theme_source"));
            TableWriter.updateRow(connection, Tables.EDITION, key, values);
        }
    }

    /** The collector's marks of the third collection, by the fingerprint of the statement they mark. */
    static Map<String, java.util.Deque<Reconciliation.Mark>> marks(Map<String, String> regionCodes) {
        Map<String, java.util.Deque<Reconciliation.Mark>> marks = new HashMap<>();
        for (CSVRecord line : read(THIRD_FACTS)) {
            String key = text(line, "doc_key");
            if (key == null) {
                continue;
            }
            Map<String, Object> row = regionFact(regionCodes, line);
            String fingerprint = Reconciliation.fingerprint((String) row.get("source"), (String) row.get("by_region"),
                    (String) row.get("ru_region"), (String) row.get("kind"), (Integer) row.get("year"),
                    (String) row.get("level"), (String) row.get("status"), (String) row.get("as_stated"));
            marks.computeIfAbsent(fingerprint, f -> new java.util.ArrayDeque<>()).add(key.startsWith("same-as:")
                    ? new Reconciliation.Mark(null, key.substring(8)) : new Reconciliation.Mark(key, null));
        }
        return marks;
    }

    /** Region codes by the English names the bundled files use. */
    static Map<String, String> regionCodes() {
        return regionCodesByEnglishName();
    }

    private static Map<String, Object> tradeFigure(CSVRecord row) {
        return values("year", Integer.parseInt(required(row, "year")), "value", Double.parseDouble(required(row, "value")),
                "currency", required(row, "unit"), "basis", text(row, "basis"), "qualifier", row.get("qualifier"),
                "as_stated", text(row, "as_stated"), "source", required(row, "source"), "period", optional(row, "period"));
    }

    private static Map<String, Object> regionTotal(Map<String, String> regionCodes, CSVRecord row) {
        return values("region", regionCode(regionCodes, row, "by_region", false), "year", integer(row, "year"),
                "measure", required(row, "measure"), "value", number(row, "value"), "level", text(row, "level"),
                "as_stated", text(row, "as_stated"), "source", totalSource(row.get("source_url")));
    }

    /** The id region-totals-sources.csv gives the page a region's own total was read from. */
    private static String totalSource(String url) {
        return read("region-totals-sources.csv").stream().filter(source -> source.get("url").equals(url))
                .map(source -> source.get("id")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source for " + url + " in region-totals-sources.csv"));
    }

    /**
     * The second collection of sourced facts (schema version 5) for a database made before it: each
     * row is added once, unless an equal row is stored (the user's own rows are kept as they are).
     */
    static void addSecondCollection(Connection connection) throws SQLException {
        Map<String, String> regionCodes = regionCodesByEnglishName();
        insertAbsent(connection, "region-pair-sources.csv", Tables.SOURCE, BundledData::source);
        insertAbsent(connection, "region-pair-facts.csv", Tables.REGION_FACT, row -> regionFact(regionCodes, row));
        insertAbsent(connection, "edition-sources-more.csv", Tables.SOURCE, BundledData::source);
        insertAbsent(connection, "edition-figures-more.csv", Tables.EDITION_FIGURE, BundledData::editionFigure);
    }

    /** A source of any collection: the first two name their address url_or_file, the third url, with a title and a date. */
    private static Map<String, Object> source(CSVRecord row) {
        String note = optional(row, "note");
        if (note == null && optional(row, "title") != null) {
            String date = optional(row, "date");
            note = row.get("title") + (date == null ? "" : " (" + date + ")");
        }
        return values("id", required(row, "id"), "publisher", required(row, "publisher"),
                "location", row.isMapped("url_or_file") ? text(row, "url_or_file") : text(row, "url"), "note", note);
    }

    private static Map<String, Object> editionFigure(CSVRecord row) {
        return values("edition", Integer.parseInt(required(row, "edition")), "metric", required(row, "metric"),
                "value", number(row, "value"), "unit", required(row, "unit"), "status", required(row, "status"),
                "qualifier", row.get("qualifier"), "as_stated", text(row, "as_stated"),
                "source", required(row, "source"));
    }

    /**
     * A fact of either collection: the first names its kinds in words ("action plan", "district
     * agreement", "trade"), which the vocabulary's synonyms turn into its keys; the second gives the
     * keys, the level, status, period and qualifier.
     */
    private static Map<String, Object> regionFact(Map<String, String> regionCodes, CSVRecord row) {
        String kindWords = required(row, "kind");
        String kind = Kind.VOCABULARY.match(kindWords).orElseThrow(() -> new IllegalArgumentException(
                "kind '" + kindWords + "' is in no vocabulary entry"));
        String level = optional(row, "level");
        if (level == null) {
            level = Kind.levelNamedBy(kindWords).map(Level::key).orElse(null);
        } else if (Level.VOCABULARY.match(level).isEmpty()) {
            throw new IllegalArgumentException("level '" + level + "' is in no vocabulary entry");
        }
        String status = optional(row, "status");
        String qualifier = optional(row, "qualifier");
        Map<String, Object> fact = values("by_region", regionCode(regionCodes, row, "by_region", false),
                "ru_region", regionCode(regionCodes, row, "ru_region", false),
                "year", integer(row, "year"), "edition", integer(row, "edition"), "kind", kind, "level", level,
                "period", optional(row, "period"), "status", status == null ? "reported" : status,
                "value", number(row, "value"), "unit", text(row, "unit"),
                "qualifier", qualifier == null ? "" : qualifier, "as_stated", text(row, "as_stated"),
                "source", required(row, "source"), "signed_on", optional(row, "signed_on"),
                "title", optional(row, "title"), "valid_from", optionalInteger(row, "valid_from"),
                "valid_to", optionalInteger(row, "valid_to"));
        addTermRead(fact);
        return fact;
    }

    /** A term read from the statement's quote (terms-read.csv), for a statement whose file states none. */
    private static void addTermRead(Map<String, Object> fact) {
        if (fact.get("valid_from") != null || fact.get("valid_to") != null) {
            return;
        }
        termRead(fact).ifPresent(term -> {
            fact.put("valid_from", term.from());
            fact.put("valid_to", term.to());
        });
    }

    /** One line of terms-read.csv: the statement it names and the term its words state. */
    record TermRead(String source, String belarusianRegion, String russianRegion, String kind, Integer from,
                    Integer to, String words) {

        boolean states(Map<String, Object> fact) {
            Object quote = fact.get("as_stated");
            return source.equals(fact.get("source")) && belarusianRegion.equals(fact.get("by_region"))
                    && russianRegion.equals(fact.get("ru_region")) && kind.equals(fact.get("kind"))
                    && quote instanceof String text && text.contains(words);
        }
    }

    private static List<TermRead> termsRead;

    static synchronized List<TermRead> termsRead() {
        if (termsRead == null) {
            Map<String, String> codes = regionCodesByEnglishName();
            termsRead = read(TERMS_READ).stream().map(line -> new TermRead(required(line, "source"),
                    regionCode(codes, line, "by_region", false), regionCode(codes, line, "ru_region", false),
                    required(line, "kind"), integer(line, "valid_from"), integer(line, "valid_to"),
                    required(line, "words"))).toList();
        }
        return termsRead;
    }

    private static java.util.Optional<TermRead> termRead(Map<String, Object> fact) {
        return termsRead().stream().filter(term -> term.states(fact)).findFirst();
    }

    /**
     * The terms read from the earlier collections' quotes (schema version 9), for a database made before:
     * each statement they name that still has no term and still says the words gets it, in the history.
     */
    static void addTermsRead(Connection connection) throws SQLException {
        List<String> keys = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM region_fact WHERE valid_from IS NULL AND valid_to IS NULL AND source = ?")) {
            for (String source : termsRead().stream().map(TermRead::source).distinct().toList()) {
                query.setString(1, source);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        keys.add(row.getString(1));
                    }
                }
            }
        }
        for (String key : keys) {
            Map<String, Object> stored = EditHistory.row(connection, Tables.REGION_FACT, key);
            Map<String, Object> values = new HashMap<>();
            stored.forEach((column, value) -> values.put(column.toLowerCase(java.util.Locale.ROOT), value));
            java.util.Optional<TermRead> term = termRead(values);
            if (term.isPresent()) {
                values.put("valid_from", term.get().from());
                values.put("valid_to", term.get().to());
                TableWriter.updateRow(connection, Tables.REGION_FACT, key, values);
            }
        }
    }

    private static Integer optionalInteger(CSVRecord row, String column) {
        String value = optional(row, column);
        return value == null ? null : Integer.valueOf(value);
    }

    /** A column the file may not have (the first collection has no level, status or period). */
    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? text(row, column) : null;
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

    /** Turns one line of a bundled file into the row its table stores. */
    @FunctionalInterface
    private interface RowMapping {
        Map<String, Object> row(CSVRecord line);
    }

    /** Through the same writer as every other insert; a line that does not fit names its file and line. */
    private static void insertAll(Connection connection, String fileName, TableDef table, RowMapping mapping)
            throws SQLException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (CSVRecord line : read(fileName)) {
            try {
                rows.add(mapping.row(line));
            } catch (RuntimeException e) {
                throw new IllegalStateException("bundled " + fileName + " line " + (line.getRecordNumber() + 1)
                        + ": " + e.getMessage(), e);
            }
        }
        try {
            TableWriter.insertAll(connection, table, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("bundled " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static void insertAbsent(Connection connection, String fileName, TableDef table, RowMapping mapping)
            throws SQLException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (CSVRecord line : read(fileName)) {
            rows.add(mapping.row(line));
        }
        TableWriter.insertAbsent(connection, table, rows);
    }

    /** Column names and values, alternating. */
    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
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

    private static String text(CSVRecord row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static Double number(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null ? null : Double.valueOf(value);
    }

    private static Integer integer(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null ? null : Integer.valueOf(value);
    }
}
