package org.unionregions.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables people edit in a form or import from a file, other than agreements (which have their
 * own importer: region names, suggestions): each field with its type and the rule its value must
 * meet. One description serves the form, the importer and the writer, so they cannot disagree.
 */
public record TableRules(String table, List<Field> fields, List<String> duplicateKey) {

    public enum Type { TEXT, INTEGER, NUMBER, DATE, CHOICE, REGION_CODE }

    /**
     * A column. {@code reference} names the table whose key the value must be ({@code source},
     * {@code region}, {@code edition}); {@code headers} are other names a file may give the column.
     */
    public record Field(String column, Type type, boolean required, List<String> choices, String reference,
                        int min, int max, List<String> headers) {
    }

    static final List<String> CURRENCIES = List.of("USD", "RUB", "BYN", "EUR", "CNY");
    static final List<String> COUNTRIES = List.of("BY", "RU");
    static final List<String> QUALIFIERS = List.of("", "more-than", "about", "uncertain-currency");

    private static final Map<String, TableRules> EDITABLE = new LinkedHashMap<>();

    static {
        EDITABLE.put("edition", new TableRules("edition", List.of(
                integer("number", true, 1, 99, "номер", "forum"),
                integer("year", true, 2000, 2100, "год"),
                field("start_date", Type.DATE, false, "начало", "start"),
                field("end_date", Type.DATE, false, "окончание", "end"),
                text("host_city", false, "город", "city"),
                reference("host_region", false, "region", "регион", "host region"),
                choice("host_country", false, COUNTRIES, "страна", "country"),
                text("format", false, "формат"),
                text("theme", false, "тема"),
                reference("theme_source", false, "source", "источник темы")),
                List.of("number")));
        EDITABLE.put("edition_figure", new TableRules("edition_figure", List.of(
                new Field("edition", Type.INTEGER, true, List.of(), "edition", 1, 99,
                        List.of("форум", "forum", "номер форума")),
                choice("metric", true, List.of("agreements", "contract_value", "participants"), "показатель"),
                field("value", Type.NUMBER, false, "значение", "сумма", "amount"),
                choice("unit", true, units(), "единица", "валюта", "currency"),
                choice("status", true, List.of("reported", "expected"), "статус"),
                choice("qualifier", false, QUALIFIERS, "оговорка"),
                text("as_stated", false, "как в источнике", "as stated", "quote"),
                reference("source", true, "source", "источник")),
                List.of("edition", "metric", "value", "unit", "status", "source")));
        EDITABLE.put("trade_figure", new TableRules("trade_figure", List.of(
                integer("year", true, 1991, 2100, "год"),
                field("value", Type.NUMBER, true, "значение", "сумма", "amount"),
                choice("currency", true, CURRENCIES, "валюта", "unit"),
                text("basis", false, "основа", "по данным"),
                choice("qualifier", false, QUALIFIERS, "оговорка"),
                text("as_stated", false, "как в источнике", "as stated", "quote"),
                reference("source", true, "source", "источник")),
                List.of("year", "value", "currency", "basis", "source")));
        EDITABLE.put("region", new TableRules("region", List.of(
                field("code", Type.REGION_CODE, true, "код", "iso"),
                choice("country", true, COUNTRIES, "страна"),
                text("name_en", true, "name", "english name"),
                text("name_ru", true, "название", "наименование"),
                text("name_be", false, "назва")),
                List.of("code")));
        EDITABLE.put("source", new TableRules("source", List.of(
                text("id", true, "код", "идентификатор"),
                text("publisher", true, "издатель", "кто опубликовал"),
                text("location", false, "url_or_file", "url", "file", "ссылка", "адрес"),
                text("note", false, "примечание")),
                List.of("id")));
    }

    /** The rules of a table, if people may edit it through the generic form and importer. */
    public static Optional<TableRules> of(String table) {
        return Optional.ofNullable(EDITABLE.get(table));
    }

    public List<String> columns() {
        return fields.stream().map(Field::column).toList();
    }

    public Field field(String column) {
        return fields.stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }

    private static List<String> units() {
        List<String> units = new ArrayList<>(List.of("count", "people"));
        units.addAll(CURRENCIES);
        return List.copyOf(units);
    }

    private static Field text(String column, boolean required, String... headers) {
        return field(column, Type.TEXT, required, headers);
    }

    private static Field field(String column, Type type, boolean required, String... headers) {
        return new Field(column, type, required, List.of(), null, 0, 0, List.of(headers));
    }

    private static Field integer(String column, boolean required, int min, int max, String... headers) {
        return new Field(column, Type.INTEGER, required, List.of(), null, min, max, List.of(headers));
    }

    private static Field choice(String column, boolean required, List<String> choices, String... headers) {
        return new Field(column, Type.CHOICE, required, choices, null, 0, 0, List.of(headers));
    }

    private static Field reference(String column, boolean required, String table, String... headers) {
        return new Field(column, Type.TEXT, required, List.of(), table, 0, 0, List.of(headers));
    }
}
