package org.unionregions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a region-pair fact is. Documents are what a count of documents counts; partner listings say two
 * regions are partners (no document was signed); intentions announce one; trade figures give a volume,
 * a growth or a share. The key is stored; the synonyms are the words files and people use for it.
 */
public enum Kind {
    AGREEMENT("agreement", Group.DOCUMENT, "соглашение", "договор", "пагадненне", "дагавор", "cooperation agreement",
            "соглашение о сотрудничестве", "district agreement", "районное соглашение", "раённае пагадненне"),
    TWINNING("twinning", Group.DOCUMENT, "twin cities", "sister cities", "побратимство", "побратимы",
            "города-побратимы", "побратимские связи", "пабрацімства", "гарады-пабрацімы"),
    ACTION_PLAN("action_plan", Group.DOCUMENT, "plan of action", "план мероприятий", "план действий",
            "план сотрудничества", "план мерапрыемстваў", "план дзеянняў", "план супрацоўніцтва"),
    ROADMAP("roadmap", Group.DOCUMENT, "road map", "дорожная карта", "дарожная карта"),
    PROTOCOL("protocol", Group.DOCUMENT, "протокол", "пратакол"),
    MEMORANDUM("memorandum", Group.DOCUMENT, "memorandum of understanding", "меморандум", "меморандум о сотрудничестве",
            "мемарандум"),
    PROGRAMME("programme", Group.DOCUMENT, "program", "программа", "программа сотрудничества", "праграма"),
    CONTRACT("contract", Group.DOCUMENT, "контракт", "кантракт"),
    JOINT_STATEMENT("joint_statement", Group.DOCUMENT, "joint declaration", "совместное заявление",
            "сумесная заява"),
    WORKING_GROUP("working_group", Group.DOCUMENT, "рабочая группа", "рабочая група"),
    MAIN_TRADE_PARTNER("main_trade_partner", Group.PARTNER_LISTING, "main partner", "основной торговый партнер",
            "асноўны гандлёвы партнёр"),
    CLOSE_PARTNER("close_partner", Group.PARTNER_LISTING, "близкий партнер", "блізкі партнёр"),
    ASSIGNED_PARTNER("assigned_partner", Group.PARTNER_LISTING, "curator", "курирует", "куратор",
            "закреплена", "курыруе"),
    PARTNER_CITY("partner_city", Group.PARTNER_LISTING, "город-партнер", "город партнер", "горад-партнёр"),
    PARTNERSHIP_INTENT("partnership_intent", Group.INTENTION, "intent", "намерение", "намерение о сотрудничестве",
            "намер"),
    PROJECT_INTENT("project_intent", Group.INTENTION, "намерение о проекте", "намер праекта"),
    TRADE_TURNOVER("trade_turnover", Group.TRADE_FIGURE, "trade", "turnover", "товарооборот", "товараабарот",
            "тавараабарот"),
    TRADE_GROWTH("trade_growth", Group.TRADE_FIGURE, "рост товарооборота", "рост тавараабароту"),
    TRADE_SHARE("trade_share", Group.TRADE_FIGURE, "доля в товарообороте", "доля ў тавараабароце"),
    EXPORT_SHARE("export_share", Group.TRADE_FIGURE, "доля экспорта", "доля экспарту"),
    REPRESENTATIVE_OFFICE("representative_office", Group.PRESENCE, "office", "представительство",
            "прадстаўніцтва");

    /** What a kind of fact says about a pair, and so what it counts towards. */
    public enum Group {
        /** A document signed or to be signed: what "number of documents" counts. */
        DOCUMENT,
        /** Two regions named as partners: no document. */
        PARTNER_LISTING,
        /** A document or project announced, not signed. */
        INTENTION,
        /** A trade volume, growth or share. */
        TRADE_FIGURE,
        /** A permanent presence of one region in the other. */
        PRESENCE
    }

    /** Every kind as a vocabulary for the kind column. */
    public static final Vocabulary VOCABULARY = new Words<>(values(), Kind::key, Kind::words);

    private final String key;
    private final Group group;
    private final List<String> synonyms;

    Kind(String key, Group group, String... synonyms) {
        this.key = key;
        this.group = group;
        this.synonyms = List.of(synonyms);
    }

    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The key and every synonym, as they are compared. */
    List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(key);
        words.addAll(synonyms);
        return words;
    }

    private static final Map<String, Kind> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(Kind::key, Function.identity()));

    /** The kind stored under {@code key}; empty for a key outside the vocabulary (an old free-text kind). */
    public static Optional<Kind> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The level a kind's own words name ("district agreement", "районное соглашение"), if any. */
    public static Optional<Level> levelNamedBy(String typed) {
        String folded = Vocabulary.fold(typed);
        return folded.equals("district agreement") || folded.equals("районное соглашение")
                || folded.equals("раённае пагадненне") ? Optional.of(Level.DISTRICT) : Optional.empty();
    }

    /** The keys of the kinds in {@code group}. */
    public static List<String> keysIn(Group group) {
        return Arrays.stream(values()).filter(kind -> kind.group == group).map(Kind::key).toList();
    }
}
