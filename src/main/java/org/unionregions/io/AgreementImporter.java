package org.unionregions.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.NewRegionFact;
import org.unionregions.model.Region;
import org.unionregions.store.DataStore;
import org.unionregions.store.RegionFactWriter;
import org.unionregions.i18n.Messages;

/**
 * Imports agreements and other region-pair facts from CSV or XLSX. Columns are found by header name
 * (English or Russian, any order). Every row is checked before anything is written; the preview lists
 * each problem with file, line, column and value; the commit is one transaction.
 */
public final class AgreementImporter {

    /** Column keys and the header names that mean them (compared after normalising case and spaces). */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("by_region", List.of("by region", "belarusian region", "belarus region", "регион беларуси",
                "белорусский регион", "область беларуси", "рэгіён беларусі"));
        COLUMNS.put("ru_region", List.of("ru region", "russian region", "russia region", "регион россии",
                "российский регион", "субъект рф", "рэгіён расіі"));
        COLUMNS.put("year", List.of("year", "год"));
        COLUMNS.put("edition", List.of("edition", "forum", "форум", "номер форума"));
        COLUMNS.put("signed_on", List.of("signed on", "date", "дата", "дата подписания"));
        COLUMNS.put("kind", List.of("kind", "type", "вид", "тип", "вид документа"));
        COLUMNS.put("title", List.of("title", "name", "название", "наименование"));
        COLUMNS.put("value", List.of("value", "amount", "sum", "сумма", "значение", "объем", "объём"));
        COLUMNS.put("unit", List.of("unit", "currency", "валюта", "единица"));
        COLUMNS.put("as_stated", List.of("as stated", "quote", "как в источнике", "цитата"));
        COLUMNS.put("source", List.of("source", "источник", "крыніца"));
    }

    static final List<String> REQUIRED = List.of("by_region", "ru_region", "kind", "source");
    static final Set<String> CURRENCIES = Set.of("USD", "RUB", "BYN", "EUR", "CNY");

    private final DataStore store;
    private final Messages messages;

    /** Problems worded in English (command line, tests). */
    public AgreementImporter(DataStore store) {
        this(store, Messages.forLanguage("en"));
    }

    /** Problems worded in the interface language. */
    public AgreementImporter(DataStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Reads and checks a file; writes nothing. */
    public ImportPreview preview(Path file) throws TableReader.UnreadableFileException {
        return check(TableReader.read(file));
    }

    /** Writes the previewed rows in one transaction; refuses while problems remain. */
    public int commit(ImportPreview preview, BooleanSupplier cancelled, IntConsumer progress) {
        if (!preview.problems().isEmpty()) {
            throw new IllegalStateException(preview.problems().size() + " problems in " + preview.file().fileName()
                    + "; nothing was written");
        }
        return new RegionFactWriter(store.database()).insertAll(preview.rows(), cancelled, progress);
    }

    /**
     * Checks one fact typed into the form, with the same rules as a file; problems name the field
     * (the column key) so the form can show them beside it.
     */
    public ImportPreview checkForm(Map<String, String> fields) {
        List<String> keys = new ArrayList<>(COLUMNS.keySet());
        List<String> cells = keys.stream().map(key -> fields.getOrDefault(key, "").strip()).toList();
        return check(new TableFile("form", keys, List.of(new TableFile.Row(1, cells)), "form", ','));
    }

    ImportPreview check(TableFile table) {
        RegionMatcher regions = new RegionMatcher(store.regions().regions());
        Map<Integer, Edition> editions = store.editions().editions().stream()
                .collect(Collectors.toMap(Edition::number, e -> e));
        Map<String, Integer> editionsByRoman = new HashMap<>();
        editions.values().forEach(e -> editionsByRoman.put(e.roman(), e.number()));
        Set<String> sources = new HashSet<>(store.sources().sourceIds());
        RegionFactWriter writer = new RegionFactWriter(store.database());

        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columnIndex = ColumnHeaders.find(table, COLUMNS, REQUIRED, messages, problems);
        List<NewRegionFact> rows = new ArrayList<>();
        if (!problems.isEmpty()) {
            return new ImportPreview(table.withoutRows(), rows, problems);
        }
        Map<NewRegionFact.Key, Long> seen = new HashMap<>(table.rows().size() * 4 / 3 + 16);
        List<Long> lines = new ArrayList<>(table.rows().size()); // the file line of rows.get(i)
        for (TableFile.Row row : table.rows()) {
            RowCheck check = new RowCheck(table, row, columnIndex, problems);
            Region by = check.region("by_region", Country.BY, regions);
            Region ru = check.region("ru_region", Country.RU, regions);
            LocalDate signedOn = check.date("signed_on");
            Integer year = check.integer("year", 1991, 2100);
            if (year == null && signedOn != null) {
                year = signedOn.getYear();
            }
            Integer edition = check.edition(editions, editionsByRoman, year);
            String kind = check.text("kind", true);
            String title = check.text("title", false);
            Double value = check.number("value");
            String unit = check.unit(value);
            String asStated = check.text("as_stated", false);
            String source = check.source(sources);
            if (check.failed) {
                continue;
            }
            NewRegionFact fact = new NewRegionFact(by.code(), ru.code(), year, edition,
                    signedOn == null ? null : signedOn.toString(), kind.toLowerCase(Locale.ROOT), title, value, unit,
                    asStated, source);
            Long firstLine = seen.putIfAbsent(fact.duplicateKey(), row.line());
            if (firstLine != null) {
                problems.add(new ImportProblem(table.fileName(), row.line(), "", null,
                        messages.format("import.duplicateLine", String.valueOf(firstLine)), false));
            } else {
                rows.add(fact);
                lines.add(row.line());
            }
        }
        // Against the database one pair at a time: memory stays bounded by the largest pair.
        Map<String, List<Integer>> byPair = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NewRegionFact fact = rows.get(i);
            byPair.computeIfAbsent(fact.belarusianRegion() + "|" + fact.russianRegion(), pair -> new ArrayList<>())
                    .add(i);
        }
        java.util.BitSet stored = new java.util.BitSet(rows.size());
        for (List<Integer> pair : byPair.values()) {
            NewRegionFact first = rows.get(pair.get(0));
            Set<NewRegionFact.Key> existing = writer.existingKeys(first.belarusianRegion(), first.russianRegion());
            if (existing.isEmpty()) {
                continue;
            }
            for (int i : pair) {
                if (existing.contains(rows.get(i).duplicateKey())) {
                    stored.set(i);
                    problems.add(new ImportProblem(table.fileName(), lines.get(i), "", null,
                            messages.get("import.alreadyStored"), true));
                }
            }
        }
        if (!stored.isEmpty()) {
            List<NewRegionFact> fresh = new ArrayList<>(rows.size() - stored.cardinality());
            for (int i = 0; i < rows.size(); i++) {
                if (!stored.get(i)) {
                    fresh.add(rows.get(i));
                }
            }
            rows = fresh;
        }
        problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        if (table.rows().isEmpty()) {
            problems.add(new ImportProblem(table.fileName(), 2, "", null, messages.get("import.noRows"), false));
        }
        return new ImportPreview(table.withoutRows(), rows, problems);
    }

    /** Checks of one row; each failure adds a problem and marks the row failed. */
    private final class RowCheck {
        private final TableFile table;
        private final TableFile.Row row;
        private final Map<String, Integer> columns;
        private final List<ImportProblem> problems;
        boolean failed;

        RowCheck(TableFile table, TableFile.Row row, Map<String, Integer> columns, List<ImportProblem> problems) {
            this.table = table;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        String raw(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        void problem(String column, String value, String message) {
            failed = true;
            problems.add(new ImportProblem(table.fileName(), row.line(), column, value, message, false));
        }

        Region region(String column, Country country, RegionMatcher matcher) {
            String text = raw(column);
            if (text.isEmpty()) {
                problem(column, text, messages.get(country == Country.BY ? "import.requiredBelarusian" : "import.requiredRussian"));
                return null;
            }
            Region region = matcher.find(text).orElse(null);
            if (region == null) {
                List<Region> suggestions = matcher.suggest(text, country);
                problem(column, text, messages.get("import.unknownRegion") + (suggestions.isEmpty() ? ""
                        : messages.format("import.didYouMean", suggestions.stream()
                        .map(r -> r.name(messages.language()) + " (" + r.code() + ")")
                        .collect(Collectors.joining(messages.get("import.or"))))));
                return null;
            }
            if (region.country() != country) {
                problem(column, text, messages.format("import.wrongCountry", region.name(messages.language()),
                        messages.get("country." + region.country()), messages.get("country." + country)));
                return null;
            }
            return region;
        }

        String text(String column, boolean required) {
            String text = raw(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, text, messages.get("import.required"));
                }
                return null;
            }
            return text;
        }

        Integer integer(String column, int min, int max) {
            String text = raw(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return CellValues.wholeNumber(text, min, max, messages);
            } catch (IllegalArgumentException wrong) {
                problem(column, text, wrong.getMessage());
                return null;
            }
        }

        LocalDate date(String column) {
            String text = raw(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return CellValues.date(text, messages);
            } catch (IllegalArgumentException wrong) {
                problem(column, text, wrong.getMessage());
                return null;
            }
        }

        Integer edition(Map<Integer, Edition> editions, Map<String, Integer> byRoman, Integer year) {
            String text = raw("edition");
            if (text.isEmpty()) {
                return null;
            }
            Integer number = byRoman.get(text.toUpperCase(Locale.ROOT));
            if (number == null) {
                number = integer("edition", 1, 999);
                if (number == null) {
                    return null;
                }
            }
            Edition edition = editions.get(number);
            if (edition == null) {
                problem("edition", text, messages.format("import.noEdition", text));
                return null;
            }
            if (year != null && year != edition.year()) {
                problem("edition", text, messages.format("import.wrongYear", edition.roman(),
                        String.valueOf(edition.year()), String.valueOf(year)));
                return null;
            }
            return number;
        }

        Double number(String column) {
            String text = raw(column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return CellValues.nonNegativeNumber(text, messages);
            } catch (IllegalArgumentException wrong) {
                problem(column, text, wrong.getMessage());
                return null;
            }
        }

        String unit(Double value) {
            String text = raw("unit").toUpperCase(Locale.ROOT);
            if (value == null && !raw("value").isEmpty()) {
                return null; // the value itself was reported
            }
            if (value == null) {
                if (!text.isEmpty()) {
                    problem("unit", raw("unit"), messages.get("import.unitWithoutValue"));
                }
                return null;
            }
            if (text.isEmpty()) {
                problem("unit", "", messages.get("import.needsCurrency"));
                return null;
            }
            if (!CURRENCIES.contains(text)) {
                problem("unit", raw("unit"), messages.get("import.unknownCurrency"));
                return null;
            }
            return text;
        }

        String source(Set<String> sources) {
            String text = raw("source");
            if (text.isEmpty()) {
                problem("source", text, messages.get("import.missingSource"));
                return null;
            }
            if (!sources.contains(text)) {
                problem("source", text, messages.get("import.unknownSource"));
                return null;
            }
            return text;
        }
    }
}
