package org.unionregions.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.unionregions.i18n.Messages;

/**
 * Checks one row of a table against its {@link TableRules}: the form and the importer both use it.
 * Every field is checked (not only up to the first problem), so the form marks all wrong fields at once.
 */
public final class RecordChecker {

    /** The typed values to write, in the table's column order (empty text becomes NULL), and the problems by column. */
    public record Checked(Map<String, Object> values, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern REGION_CODE = Pattern.compile("(BY|RU)-[A-Z]{2,3}");

    private final TableRules rules;
    private final Map<String, Set<String>> keysByTable;
    private final Messages messages;

    /** {@code keysByTable}: the stored keys each reference may name (source ids, region codes, edition numbers). */
    public RecordChecker(TableRules rules, Map<String, Set<String>> keysByTable, Messages messages) {
        this.rules = rules;
        this.keysByTable = keysByTable;
        this.messages = messages;
    }

    public Checked check(Function<String, String> rawByColumn) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (TableRules.Field field : rules.fields()) {
            String raw = rawByColumn.apply(field.column());
            String text = raw == null ? "" : raw.strip();
            try {
                values.put(field.column(), value(field, text));
            } catch (IllegalArgumentException wrong) {
                problems.put(field.column(), wrong.getMessage());
                values.put(field.column(), null);
            }
        }
        crossCheck(values, problems);
        return new Checked(values, problems);
    }

    private Object value(TableRules.Field field, String text) {
        if (text.isEmpty()) {
            if (field.required()) {
                throw new IllegalArgumentException(messages.get("import.required"));
            }
            return field.column().equals("qualifier") ? "" : null; // the schema keeps "" for a plain figure
        }
        Object value = switch (field.type()) {
            case TEXT -> text;
            case INTEGER -> CellValues.wholeNumber(text, field.min(), field.max(), messages);
            case NUMBER -> CellValues.nonNegativeNumber(text, messages);
            case DATE -> CellValues.date(text, messages).toString();
            case CHOICE -> choice(field, text);
            case REGION_CODE -> regionCode(text);
        };
        if (field.reference() != null) {
            Set<String> keys = keysByTable.getOrDefault(field.reference(), Set.of());
            if (!keys.contains(String.valueOf(value))) {
                throw new IllegalArgumentException(messages.get("record.unknown." + field.reference()));
            }
        }
        return value;
    }

    private String choice(TableRules.Field field, String text) {
        for (String choice : field.choices()) {
            if (choice.equalsIgnoreCase(text) || choice.replace('_', ' ').equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw new IllegalArgumentException(messages.format("record.notChoice",
                String.join(", ", field.choices().stream().filter(c -> !c.isEmpty()).toList())));
    }

    private String regionCode(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!REGION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(messages.get("record.regionCode"));
        }
        return code;
    }

    /** Rules between fields: a region code belongs to its country; each metric has its unit. */
    private void crossCheck(Map<String, Object> values, Map<String, String> problems) {
        if (values.get("code") instanceof String code && values.get("country") instanceof String country
                && !code.startsWith(country + "-")) {
            problems.putIfAbsent("code", messages.format("record.codeCountry", code, country));
        }
        if (values.get("metric") instanceof String metric && values.get("unit") instanceof String unit) {
            boolean fits = switch (metric) {
                case "agreements" -> unit.equals("count");
                case "participants" -> unit.equals("people");
                default -> TableRules.CURRENCIES.contains(unit);
            };
            if (!fits) {
                problems.putIfAbsent("unit", messages.get("record.unitFor." + metric));
            }
        }
        if (values.get("start_date") instanceof String start && values.get("end_date") instanceof String end
                && end.compareTo(start) < 0) {
            problems.putIfAbsent("end_date", messages.get("record.endBeforeStart"));
        }
    }
}
