package org.unionregions.ui.common;

import org.unionregions.i18n.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.unionregions.model.Qualifier;

class FigureFormatTest {

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    private final FigureFormat english = new FigureFormat(Messages.forLanguage("en"));
    private final FigureFormat russian = new FigureFormat(Messages.forLanguage("ru"));
    private final FigureFormat belarusian = new FigureFormat(Messages.forLanguage("be"));

    @Test
    void aNativeChartsLabelsKeepTheExactFigureAndShowItOnTheShortScale() {
        assertEquals("\"$\"#,##0.0,,,\" bn\"", plain(english.chartNumberFormat("USD", java.util.List.of(1.2e9, 4e8))));
        assertEquals("\"$\"#,##0.00,,,\" bn\"", plain(english.chartNumberFormat("USD", java.util.List.of(1.5e9, 2.3e8))),
                "$0.23 bn, not $0.2 bn");
        assertEquals("#,##0,,,\" млрд ₽\"", plain(russian.chartNumberFormat("RUB", java.util.List.of(6.5e10, 1.1e11))),
                "whole billions: no decimal");
        assertEquals("#,##0,,\" млн Br\"", plain(belarusian.chartNumberFormat("BYN", java.util.List.of(9e8))));
        assertEquals("#,##0", russian.chartNumberFormat("count", java.util.List.of(250.0)));
    }

    @Test
    void moneyOnTheShortScaleWithItsOwnCurrency() {
        assertEquals("$1.2 bn", plain(english.money(1_200_000_000, "USD")));
        assertEquals("₽24 bn", plain(english.money(24_000_000_000d, "RUB")));
        assertEquals("$62.6 mn", plain(english.money(62_600_000, "USD")));
        assertEquals("1,2 млрд $", plain(russian.money(1_200_000_000, "USD")));
        assertEquals("24 млрд ₽", plain(russian.money(24_000_000_000d, "RUB")));
        assertEquals("750 млн ₽", plain(belarusian.money(750_000_000, "RUB")));
        assertEquals("BYN 5 mn", plain(english.money(5_000_000, "BYN")).replace("Br", "BYN"));
    }

    @Test
    void qualifiersAreWrittenInTheInterfaceLanguage() {
        assertEquals("about $1.2 bn", plain(english.qualified(1.2e9, "USD", Qualifier.ABOUT)));
        assertEquals("more than 60", english.qualified(60, "count", Qualifier.MORE_THAN));
        assertEquals("около 250", russian.qualified(250, "count", Qualifier.ABOUT));
        assertEquals("больш за 1 000", plain(belarusian.qualified(1000, "people", Qualifier.MORE_THAN)));
        assertEquals("₽750 mn (currency unclear in the source)",
                plain(english.qualified(7.5e8, "RUB", Qualifier.UNCERTAIN_CURRENCY)));
    }

    @Test
    void countsUseTheLocaleGrouping() {
        assertEquals("2,000", english.count(2000));
        assertEquals("2 000", plain(russian.count(2000)));
    }
}
