package org.unionregions.model;

/** A first-level region of Belarus or Russia, keyed by its ISO 3166-2 code. The Belarusian name may be missing. */
public record Region(String code, Country country, String nameEn, String nameRu, String nameBe) {

    /** The name in the given language ("ru", "be", "en"), falling back to Russian, then English. */
    public String name(String language) {
        if ("be".equals(language) && nameBe != null && !nameBe.isBlank()) {
            return nameBe;
        }
        if (("ru".equals(language) || "be".equals(language)) && nameRu != null && !nameRu.isBlank()) {
            return nameRu;
        }
        return nameEn;
    }
}
