package org.unionregions.model;

/** A first-level region of Belarus or Russia, keyed by its ISO 3166-2 code. The Belarusian name may be missing. */
public record Region(String code, Country country, String nameEn, String nameRu, String nameBe) {

    /**
     * The name in the given language ("ru", "be", "en"). In Belarusian, Belarus's regions have their
     * Belarusian names; Russia's regions are named in Russian, all of them: a Belarusian name is known
     * for only 16 of the 83 (ISO 3166-2 and CLDR give no more), and a list mixing the two languages
     * reads as a mistake. The 16 Belarusian names still match in searches and imports.
     */
    public String name(String language) {
        if ("be".equals(language) && country == Country.BY && nameBe != null && !nameBe.isBlank()) {
            return nameBe;
        }
        if (("ru".equals(language) || "be".equals(language)) && nameRu != null && !nameRu.isBlank()) {
            return nameRu;
        }
        return nameEn;
    }
}
