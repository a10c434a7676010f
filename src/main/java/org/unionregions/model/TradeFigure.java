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
        Source source,
        String period) {

    /** A figure without a period: the whole year. */
    public TradeFigure(long id, int year, double value, String currency, String basis, Qualifier qualifier,
                       String asStated, Source source) {
        this(id, year, value, currency, basis, qualifier, asStated, source, null);
    }

    /** True for the whole year's figure; a part of a year (January–October) is never the year's total. */
    public boolean isWholeYear() {
        return period == null || period.isEmpty() || period.equals("annual");
    }

    /** True for an amount of money (not a rate such as "% y/y"). */
    public boolean isMoney() {
        return !currency.startsWith("%");
    }

    public boolean isBelarusianStatistics() {
        return basis != null && basis.toLowerCase().contains("belarusian statistics");
    }
}
