package org.unionregions.model;

/** Belarus-Russia trade turnover for one year, as one source stated it, on a named statistical basis. */
public record TradeFigure(
        long id,
        int year,
        double value,
        String currency,
        String basis,
        Qualifier qualifier,
        String asStated,
        Source source) {

    public boolean isBelarusianStatistics() {
        return basis != null && basis.toLowerCase().contains("belarus");
    }
}
