package org.unionregions.model;

import java.util.List;

/**
 * Who signed a region-pair fact, on the lower of the two sides where they differ. {@code REGION} is the
 * oblast executive committee (for Minsk, the city's) with the regional government; {@code NATIONAL} a
 * document of the Belarusian government for that Russian region, signed by the oblast's head.
 */
public enum Level {
    REGION("region", "regional government", "oblast", "область", "облисполком", "правительство", "губернатор",
            "вобласць", "аблвыканкам"),
    PARLIAMENT("parliament", "legislature", "council of deputies", "парламент", "совет депутатов",
            "законодательное собрание", "дума", "савет дэпутатаў"),
    CITY("city", "город", "мэрия", "горисполком", "горад", "гарвыканкам"),
    CITY_COUNCIL("city_council", "городской совет", "гарадскі савет"),
    CITY_DISTRICT("city_district", "район города", "раён горада"),
    DISTRICT("district", "район", "райисполком", "раён", "райвыканкам"),
    CITY_OKRUG("city_okrug", "городской округ", "гарадская акруга"),
    MUNICIPAL_ASSOCIATION("municipal_association", "ассоциация муниципальных образований", "асацыяцыя"),
    DEPARTMENT("department", "управление", "министерство", "ведомство", "упраўленне"),
    ENTERPRISE("enterprise", "company", "предприятие", "прадпрыемства"),
    NATIONAL("national", "government of belarus", "правительство беларуси", "урад беларусі");

    public static final Vocabulary VOCABULARY = new Words<>(values(), Level::key, Level::words);

    private final String key;
    private final List<String> synonyms;

    Level(String key, String... synonyms) {
        this.key = key;
        this.synonyms = List.of(synonyms);
    }

    public String key() {
        return key;
    }

    List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(key);
        words.addAll(synonyms);
        return words;
    }
}
