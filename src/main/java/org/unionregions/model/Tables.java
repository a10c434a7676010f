package org.unionregions.model;

import static org.unionregions.model.ColumnDef.choice;
import static org.unionregions.model.ColumnDef.edition;
import static org.unionregions.model.ColumnDef.of;
import static org.unionregions.model.ColumnDef.reference;
import static org.unionregions.model.ColumnDef.region;
import static org.unionregions.model.ColumnDef.text;
import static org.unionregions.model.ColumnDef.wholeNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry's tables, each described once ({@link TableDef}), in the order the Data screen lists them. */
public final class Tables {

    /** The years the registry covers, whichever column a year comes from. */
    public static final int FIRST_YEAR = 1991;
    public static final int LAST_YEAR = 2100;

    public static final List<String> CURRENCIES = List.of("USD", "RUB", "BYN", "EUR", "CNY");
    /** USD, RUB, BYN, then the others as listed, then any other code: the order of tiles and charts. */
    public static final java.util.Comparator<String> CURRENCY_ORDER = java.util.Comparator.comparingInt(
            (String currency) -> CURRENCIES.contains(currency) ? CURRENCIES.indexOf(currency) : CURRENCIES.size())
            .thenComparing(java.util.Comparator.naturalOrder());
    public static final List<String> COUNTRIES = List.of("BY", "RU");
    public static final List<String> QUALIFIERS = List.of("", "more-than", "about", "almost", "up-to",
            "uncertain-currency");
    /** What a region says of itself ("agreements with 29 regions of the Russian Federation"). */
    public static final List<String> TOTAL_MEASURES = List.of("partner_regions", "agreements_with_russia",
            "documents_with_russia", "twin_cities_in_russia");
    public static final List<String> METRICS = List.of("agreements", "contract_value", "participants");
    public static final List<String> STATUSES = List.of("reported", "expected");

    public static final TableDef EDITION = new TableDef("edition", List.of(
            wholeNumber("number", true, 1, 99, "номер", "forum"),
            wholeNumber("year", true, FIRST_YEAR, LAST_YEAR, "год"),
            of("start_date", ColumnType.DATE, false, "начало", "start"),
            of("end_date", ColumnType.DATE, false, "окончание", "end"),
            text("host_city", false, "город", "city"),
            region("host_region", false, null, "регион", "host region"),
            choice("host_country", false, COUNTRIES, "страна", "country"),
            text("format", false, "формат"),
            text("theme", false, "тема"),
            reference("theme_source", false, "source", "источник темы")),
            "number", false, List.of("number"), List.of(RowRule.END_NOT_BEFORE_START), null);

    public static final TableDef EDITION_FIGURE = new TableDef("edition_figure", List.of(
            edition("edition", true, "форум", "forum", "номер форума"),
            choice("metric", true, METRICS, "показатель"),
            of("value", ColumnType.NUMBER, false, "значение", "сумма", "amount"),
            choice("unit", true, units(), "единица", "валюта", "currency"),
            choice("status", true, STATUSES, "статус"),
            choice("qualifier", false, QUALIFIERS, "оговорка").orElse(""),
            text("as_stated", false, "как в источнике", "as stated", "quote"),
            reference("source", true, "source", "источник")),
            "id", true, List.of("edition", "metric", "value", "unit", "status", "source"),
            List.of(RowRule.UNIT_FITS_METRIC), "edition-figures");

    public static final TableDef REGION_FACT = new TableDef("region_fact", List.of(
            region("by_region", true, Country.BY, "by region", "belarusian region", "belarus region",
                    "регион беларуси", "белорусский регион", "область беларуси", "рэгіён беларусі"),
            region("ru_region", true, Country.RU, "ru region", "russian region", "russia region", "регион россии",
                    "российский регион", "субъект рф", "рэгіён расіі"),
            wholeNumber("year", false, FIRST_YEAR, LAST_YEAR, "год"),
            edition("edition", false, "forum", "форум", "номер форума"),
            of("signed_on", ColumnType.DATE, false, "signed on", "date", "дата", "дата подписания"),
            ColumnDef.vocabulary("kind", true, Kind.VOCABULARY, "type", "вид", "тип", "вид документа", "від"),
            ColumnDef.vocabulary("level", false, Level.VOCABULARY, "signed by", "уровень", "кто подписал",
                    "узровень"),
            text("period", false, "период", "перыяд"),
            choice("status", false, STATUSES, "статус").orElse("reported"),
            text("title", false, "name", "название", "наименование", "назва"),
            of("value", ColumnType.NUMBER, false, "amount", "sum", "сумма", "значение", "объем", "объём"),
            of("unit", ColumnType.MONEY_OR_PERCENT, false, "currency", "валюта", "единица", "адзінка"),
            choice("qualifier", false, QUALIFIERS, "оговорка", "агаворка").orElse(""),
            text("as_stated", false, "as stated", "quote", "как в источнике", "цитата"),
            reference("source", true, "source", "источник", "крыніца"),
            wholeNumber("valid_from", false, FIRST_YEAR, LAST_YEAR, "valid from", "term from", "действует с",
                    "срок с", "дзейнічае з"),
            wholeNumber("valid_to", false, FIRST_YEAR, LAST_YEAR, "valid to", "term to", "valid until",
                    "действует до", "срок по", "дзейнічае да"),
            wholeNumber("document", false, 1, Integer.MAX_VALUE, "statement of", "same document as", "документ",
                    "тот же документ", "той жа дакумент"),
            wholeNumber("carries_out", false, 1, Integer.MAX_VALUE, "carries out", "implements", "roadmap of",
                    "реализует", "по реализации", "рэалізуе")),
            "id", true, List.of("by_region", "ru_region", "year", "edition", "signed_on", "kind", "level", "period",
            "status", "title", "value", "unit", "qualifier", "source"),
            List.of(RowRule.YEAR_FROM_DATE, RowRule.EDITION_IN_ITS_YEAR, RowRule.VALUE_HAS_UNIT,
                    RowRule.LEVEL_FROM_KIND), "agreements");

    public static final TableDef TRADE_FIGURE = new TableDef("trade_figure", List.of(
            wholeNumber("year", true, FIRST_YEAR, LAST_YEAR, "год"),
            of("value", ColumnType.NUMBER, true, "значение", "сумма", "amount"),
            of("currency", ColumnType.MONEY_OR_PERCENT, true, "валюта", "unit"),
            text("basis", false, "основа", "по данным"),
            text("period", false, "период", "перыяд"),
            choice("qualifier", false, QUALIFIERS, "оговорка").orElse(""),
            text("as_stated", false, "как в источнике", "as stated", "quote"),
            reference("source", true, "source", "источник")),
            "id", true, List.of("year", "period", "value", "currency", "basis", "source"), List.of(), "trade-figures");

    /**
     * What a region states about itself: "agreements with 29 regions of the Russian Federation". The
     * yardstick of the registry's completeness, shown beside the registry's own count.
     */
    public static final TableDef REGION_TOTAL = new TableDef("region_total", List.of(
            region("region", true, null, "регион", "рэгіён"),
            wholeNumber("year", false, FIRST_YEAR, LAST_YEAR, "год"),
            choice("measure", true, TOTAL_MEASURES, "что", "показатель"),
            of("value", ColumnType.NUMBER, true, "значение", "число"),
            ColumnDef.vocabulary("level", false, Level.VOCABULARY, "signed by", "уровень", "кто подписал"),
            text("as_stated", false, "as stated", "quote", "как в источнике", "цитата"),
            reference("source", true, "source", "источник", "крыніца")),
            "id", true, List.of("region", "year", "measure", "value", "source"), List.of(), "region-totals");

    public static final TableDef REGION = new TableDef("region", List.of(
            of("code", ColumnType.REGION_CODE, true, "код", "iso"),
            choice("country", true, COUNTRIES, "страна"),
            text("name_en", true, "name", "english name"),
            text("name_ru", true, "название", "наименование"),
            text("name_be", false, "назва")),
            "code", false, List.of("code"), List.of(RowRule.CODE_MATCHES_COUNTRY), null);

    public static final TableDef SOURCE = new TableDef("source", List.of(
            text("id", true, "код", "идентификатор"),
            text("publisher", true, "издатель", "кто опубликовал"),
            text("location", false, "url_or_file", "url", "file", "ссылка", "адрес"),
            text("note", false, "примечание")),
            "id", false, List.of("id"), List.of(), null);

    /** Every table, in the order the Data screen lists them and {@code check} counts them. */
    public static final List<TableDef> ALL = List.of(EDITION, EDITION_FIGURE, REGION_FACT, TRADE_FIGURE, REGION_TOTAL,
            REGION, SOURCE);

    private Tables() {
    }

    public static Optional<TableDef> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(TableDef::name).toList();
    }

    private static List<String> withEmpty(List<String> choices) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(choices);
        return List.copyOf(all);
    }

    private static List<String> units() {
        List<String> units = new ArrayList<>(List.of("count", "people"));
        units.addAll(CURRENCIES);
        return List.copyOf(units);
    }
}
