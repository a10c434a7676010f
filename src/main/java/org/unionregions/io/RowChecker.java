package org.unionregions.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.model.ColumnDef;
import org.unionregions.model.ColumnType;
import org.unionregions.model.Country;
import org.unionregions.model.Edition;
import org.unionregions.model.Region;
import org.unionregions.model.RowRule;
import org.unionregions.model.TableDef;
import org.unionregions.model.Tables;

/**
 * Checks one row of a table against its description ({@link TableDef}): each column by its type, then
 * the rules between columns. The form and the importer both use it, so they cannot disagree. Every
 * column is checked (not only up to the first problem), so the form marks all wrong fields at once.
 */
public final class RowChecker {

    /**
     * The typed values to write, in the table's column order (empty text becomes NULL), the problems
     * by column, and the numbers that read two ways ("1,500"), for the file to decide.
     */
    public record Checked(Map<String, Object> values, Map<String, String> problems,
                          Map<String, Numbers.Ambiguous> ambiguous, Map<String, Numbers.Reading> numbers) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the rows refer to, as stored now: the keys of each referenced table, the regions, the editions. */
    public record References(Map<String, Set<String>> keys, List<Region> regions, List<Edition> editions) {
    }

    private static final Pattern REGION_CODE = Pattern.compile("(BY|RU)-[A-Z]{2,3}");

    private final TableDef table;
    private final References references;
    private final RegionMatcher regions;
    private final Map<Integer, Edition> editions;
    private final Map<String, Integer> editionsByRoman;
    private final Messages messages;

    public RowChecker(TableDef table, References references, Messages messages) {
        this.table = table;
        this.references = references;
        this.regions = new RegionMatcher(references.regions());
        this.editions = references.editions().stream().collect(Collectors.toMap(Edition::number, e -> e));
        this.editionsByRoman = references.editions().stream().collect(Collectors.toMap(Edition::roman,
                Edition::number));
        this.messages = messages;
    }

    public TableDef table() {
        return table;
    }

    /**
     * Checks a row given as the raw text of each column ({@code rawByColumn}; null or empty where
     * the row has none).
     */
    public Checked check(Function<String, String> rawByColumn) {
        return check(rawByColumn, Set.of());
    }

    /**
     * As {@link #check(Function)}, where the file gives no usable value for the {@code unreadable}
     * columns (a formula without a result): they are reported by the caller, and count as given but
     * wrong, so no rule between columns reports them a second time.
     */
    public Checked check(Function<String, String> rawByColumn, Set<String> unreadable) {
        Map<String, Object> values = new LinkedHashMap<>(table.columns().size() * 2);
        Map<String, String> problems = new LinkedHashMap<>(4);
        Map<String, Numbers.Ambiguous> ambiguous = new LinkedHashMap<>(2);
        Map<String, Numbers.Reading> numbers = new LinkedHashMap<>(2);
        Function<String, String> given = unreadable.isEmpty() ? rawByColumn
                : column -> unreadable.contains(column) ? "\u0000" : rawByColumn.apply(column);
        for (ColumnDef column : table.columns()) {
            if (unreadable.contains(column.name())) {
                values.put(column.name(), null);
                continue;
            }
            String raw = rawByColumn.apply(column.name());
            String text = raw == null ? "" : raw.strip();
            try {
                values.put(column.name(), value(column, text, ambiguous, numbers));
            } catch (IllegalArgumentException wrong) {
                problems.put(column.name(), wrong.getMessage());
                values.put(column.name(), null);
            }
        }
        for (RowRule rule : table.rules()) {
            apply(rule, given, values, problems, ambiguous);
        }
        return new Checked(values, problems, ambiguous, numbers);
    }

    /** The message for a number the file's own numbers could not decide. */
    public String ambiguousNumber(String raw, Numbers.Ambiguous reading) {
        return messages.format("import.ambiguousNumber", raw, plain(reading.asGrouped()), plain(reading.asDecimal()));
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }

    private Object value(ColumnDef column, String text, Map<String, Numbers.Ambiguous> ambiguous,
                         Map<String, Numbers.Reading> numbers) {
        if (text.isEmpty()) {
            if (column.required()) {
                throw new IllegalArgumentException(messages.get(requiredKey(column)));
            }
            return column.whenEmpty(); // "" for a plain figure's qualifier, "reported" for a fact's status
        }
        if (text.length() > TableReader.MAX_CELL_CHARS) {
            throw new IllegalArgumentException(messages.format("import.tooLong", TableReader.MAX_CELL_CHARS));
        }
        Object value = switch (column.type()) {
            case TEXT -> text;
            case INTEGER -> CellValues.wholeNumber(text, column.min(), column.max(), messages);
            case NUMBER -> {
                Numbers.Reading reading = CellValues.nonNegativeNumber(text, messages);
                numbers.put(column.name(), reading);
                if (reading instanceof Numbers.Ambiguous twoWays) {
                    ambiguous.put(column.name(), twoWays);
                    yield null; // decided once the whole file is read
                }
                yield ((Numbers.Exact) reading).value();
            }
            case DATE -> CellValues.date(text, messages).toString();
            case CHOICE -> choice(column, text);
            case REGION_CODE -> regionCode(text);
            case REGION -> region(column, text);
            case EDITION -> edition(text);
            case VOCABULARY -> vocabularyEntry(column, text);
            case MONEY_OR_PERCENT -> moneyOrPercent(text);
        };
        if (column.references() != null && column.type() == ColumnType.TEXT) {
            Set<String> keys = references.keys().getOrDefault(column.references(), Set.of());
            if (!keys.contains(String.valueOf(value))) {
                throw new IllegalArgumentException(messages.get("record.unknown." + column.references()));
            }
        }
        return value;
    }

    private static String requiredKey(ColumnDef column) {
        if (column.type() == ColumnType.REGION && column.country() != null) {
            return column.country() == Country.BY ? "import.requiredBelarusian" : "import.requiredRussian";
        }
        return "source".equals(column.references()) ? "import.missingSource" : "import.required";
    }

    private String choice(ColumnDef column, String text) {
        for (String choice : column.choices()) {
            if (choice.equalsIgnoreCase(text) || choice.replace('_', ' ').equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw new IllegalArgumentException(messages.format("record.notChoice",
                String.join(", ", column.choices().stream().filter(c -> !c.isEmpty()).toList())));
    }

    /** An entry of the column's vocabulary in any of its words; an unknown word names the nearest entry. */
    private String vocabularyEntry(ColumnDef column, String text) {
        return column.vocabulary().match(text).orElseThrow(() -> {
            String prefix = column.name().equals("kind") ? "kind." : "level.";
            java.util.Optional<String> nearest = column.vocabulary().nearest(text);
            if (column.name().equals("kind")) {
                return new IllegalArgumentException(nearest.map(key -> messages.format("import.unknownKind", text,
                        messages.find(prefix + key).orElse(key))).orElseGet(() -> messages.format(
                        "import.unknownKindNoGuess", text, String.join(", ", column.vocabulary().keys()))));
            }
            return new IllegalArgumentException(messages.format("import.unknownLevel", text,
                    String.join(", ", column.vocabulary().keys())));
        });
    }

    /** A currency in its ISO code, or a percentage as stated ("% y/y"): a percentage is never money. */
    private String moneyOrPercent(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (Tables.CURRENCIES.contains(code)) {
            return code;
        }
        if (text.startsWith("%")) {
            return text;
        }
        throw new IllegalArgumentException(messages.get("import.notMoneyOrPercent"));
    }

    private String regionCode(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!REGION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(messages.get("record.regionCode"));
        }
        return code;
    }

    private String region(ColumnDef column, String text) {
        Region region = regions.find(text).orElse(null);
        Country country = column.country();
        if (region == null) {
            List<Region> suggestions = regions.suggest(text, country);
            throw new IllegalArgumentException(messages.get("import.unknownRegion") + (suggestions.isEmpty() ? ""
                    : messages.format("import.didYouMean", suggestions.stream()
                    .map(r -> r.name(messages.language()) + " (" + r.code() + ")")
                    .collect(Collectors.joining(messages.get("import.or"))))));
        }
        if (country != null && region.country() != country) {
            throw new IllegalArgumentException(messages.format("import.wrongCountry", region.name(messages.language()),
                    messages.get("country." + region.country()), messages.get("country." + country)));
        }
        return region.code();
    }

    private Integer edition(String text) {
        Integer number = editionsByRoman.get(text.toUpperCase(Locale.ROOT));
        if (number == null) {
            number = CellValues.wholeNumber(text, 1, 999, messages);
        }
        if (!editions.containsKey(number)) {
            throw new IllegalArgumentException(messages.format("import.noEdition", text));
        }
        return number;
    }

    private void apply(RowRule rule, Function<String, String> raw, Map<String, Object> values,
                       Map<String, String> problems, Map<String, Numbers.Ambiguous> ambiguous) {
        switch (rule) {
            case CODE_MATCHES_COUNTRY -> {
                if (values.get("code") instanceof String code && values.get("country") instanceof String country
                        && !code.startsWith(country + "-")) {
                    problems.putIfAbsent("code", messages.format("record.codeCountry", code, country));
                }
            }
            case UNIT_FITS_METRIC -> {
                if (values.get("metric") instanceof String metric && values.get("unit") instanceof String unit) {
                    boolean fits = switch (metric) {
                        case "agreements" -> unit.equals("count");
                        case "participants" -> unit.equals("people");
                        default -> Tables.CURRENCIES.contains(unit);
                    };
                    if (!fits) {
                        problems.putIfAbsent("unit", messages.get("record.unitFor." + metric));
                    }
                }
            }
            case END_NOT_BEFORE_START -> {
                if (values.get("start_date") instanceof String start && values.get("end_date") instanceof String end
                        && end.compareTo(start) < 0) {
                    problems.putIfAbsent("end_date", messages.get("record.endBeforeStart"));
                }
            }
            case VALUE_HAS_UNIT -> {
                boolean valueGiven = values.get("value") != null || ambiguous.containsKey("value");
                boolean valueTyped = !blank(raw.apply("value"));
                boolean unitGiven = values.get("unit") != null;
                if (valueGiven && !unitGiven && !problems.containsKey("unit")) {
                    problems.put("unit", messages.get("import.needsUnit"));
                } else if (!valueTyped && unitGiven) {
                    problems.putIfAbsent("unit", messages.get("import.unitWithoutValue"));
                }
            }
            case LEVEL_FROM_KIND -> {
                if (values.get("level") == null && blank(raw.apply("level")) && raw.apply("kind") != null) {
                    org.unionregions.model.Kind.levelNamedBy(raw.apply("kind"))
                            .ifPresent(level -> values.put("level", level.key()));
                }
            }
            case YEAR_FROM_DATE -> {
                if (values.get("signed_on") instanceof String signed) {
                    int signedYear = LocalDate.parse(signed).getYear();
                    if (values.get("year") == null && blank(raw.apply("year"))) {
                        values.put("year", signedYear);
                    } else if (values.get("year") instanceof Integer year && year != signedYear) {
                        problems.putIfAbsent("signed_on", messages.format("import.dateNotInYear", signed,
                                String.valueOf(year)));
                    }
                }
            }
            case EDITION_IN_ITS_YEAR -> {
                if (values.get("edition") instanceof Integer number && values.get("year") instanceof Integer year) {
                    Edition edition = editions.get(number);
                    if (edition != null && edition.year() != year) {
                        problems.putIfAbsent("edition", messages.format("import.wrongYear", edition.roman(),
                                String.valueOf(edition.year()), String.valueOf(year)));
                    }
                }
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
