package org.unionregions.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Qualifier;

/**
 * Numbers as the interface language writes them, on one short scale: "$1.2 bn" and "₽24 bn" in English,
 * "1,2 млрд $" and "24 млрд ₽" in Russian. Money always carries its own currency.
 */
public final class FigureFormat {

    private final Messages messages;
    private final NumberFormat decimal;
    private final boolean symbolFirst;

    public FigureFormat(Messages messages) {
        this.messages = messages;
        this.decimal = NumberFormat.getNumberInstance(messages.locale());
        this.decimal.setMaximumFractionDigits(2);
        this.symbolFirst = "en".equals(messages.language());
    }

    public Locale locale() {
        return messages.locale();
    }

    /** The language this formats in. */
    public Messages messages() {
        return messages;
    }

    /** A plain count: "1,000" / "1 000". */
    public String count(double value) {
        return decimal.format(value);
    }

    /** Money on the short scale with its currency sign. */
    public String money(double value, String currency) {
        String amount = shortScale(value);
        String sign = currencySign(currency);
        if (symbolFirst) {
            return sign.length() == 1 ? sign + amount : sign + "\u00a0" + amount;
        }
        return amount + "\u00a0" + sign;
    }

    /** A value in its unit: money for a currency code, a count otherwise. */
    public String value(double value, String unit) {
        return isCurrency(unit) ? money(value, unit) : count(value);
    }

    /** The value as a source qualified it: "about $1.2 bn", "more than 60". */
    public String qualified(double value, String unit, Qualifier qualifier) {
        String text = value(value, unit);
        return switch (qualifier) {
            case EXACT -> text;
            case MORE_THAN -> messages.format("qualifier.moreThan", text);
            case ABOUT -> messages.format("qualifier.about", text);
            case ALMOST -> messages.format("qualifier.almost", text);
            case UP_TO -> messages.format("qualifier.upTo", text);
            case UNCERTAIN_CURRENCY -> messages.format("qualifier.uncertainCurrency", text);
        };
    }

    /** Axis ticks: the short scale without qualifiers. */
    public String axisTick(double value, String unit) {
        return value == 0 ? "0" : value(value, unit);
    }

    /**
     * The Excel number format of a native chart's labels: money on the short scale with its words
     * ({@code #,##0.0,,," bn"}: each trailing comma divides by a thousand, so the cell keeps the exact
     * figure), counts in whole numbers. Decimal and grouping marks follow the viewer's locale.
     */
    public String chartNumberFormat(String unit, java.util.Collection<Double> values) {
        double largest = values.stream().mapToDouble(Math::abs).max().orElse(0);
        if (!isCurrency(unit)) {
            return "#,##0";
        }
        String sign = currencySign(unit);
        double scale = largest >= 1e9 ? 1e9 : largest >= 1e6 ? 1e6 : 1;
        // as many decimals as the values need, up to two: "65 млрд ₽", "0,8 млрд ₽", "$0.23 bn"
        int decimals = 0;
        while (decimals < 2) {
            double factor = Math.pow(10, decimals);
            if (values.stream().allMatch(v -> Math.abs(v / scale * factor - Math.rint(v / scale * factor)) < 1e-6)) {
                break;
            }
            decimals++;
        }
        String number = "#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals));
        String word = scale == 1e9 ? messages.get("scale.billion") : scale == 1e6 ? messages.get("scale.million") : "";
        String divide = scale == 1e9 ? ",,," : scale == 1e6 ? ",," : "";
        if (symbolFirst) { // "$1.2 bn", as the app writes it in English
            return "\"" + sign + "\"" + number + divide + (word.isEmpty() ? "" : "\"\u00a0" + word + "\"");
        }
        return number + divide + "\"\u00a0" + (word.isEmpty() ? "" : word + " ") + sign + "\""; // "1,2 млрд $"
    }

    public static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }

    private String shortScale(double value) {
        double magnitude = Math.abs(value);
        String suffix;
        double scaled;
        if (magnitude >= 1e9) {
            scaled = value / 1e9;
            suffix = messages.get("scale.billion");
        } else if (magnitude >= 1e6) {
            scaled = value / 1e6;
            suffix = messages.get("scale.million");
        } else if (magnitude >= 1e3) {
            scaled = value / 1e3;
            suffix = messages.get("scale.thousand");
        } else {
            return decimal.format(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(scaled).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.format(rounded) + "\u00a0" + suffix; // no line break inside "1.2 bn"
    }

    private String currencySign(String currency) {
        return switch (currency) {
            case "USD" -> "$";
            case "RUB" -> "₽";
            case "BYN" -> "Br";
            case "EUR" -> "€";
            default -> currency;
        };
    }
}
