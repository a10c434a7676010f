package org.unionregions.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A document's term as its sources state it: the years it runs ("на 2025–2027 годы": 2025 to 2027;
 * "до 2026 года": to 2026 alone), open-ended where a source says so in words, or not stated. Never a
 * guess: a document whose sources give no term has none. A term in years runs from 1 January of its
 * first year to 31 December of its last.
 */
public record Term(State state, Integer from, Integer to) {

    public enum State {
        /** A source gives its years (one end or both). */
        STATED,
        /** A source says it has no end date ("бессрочно", "indefinitely"). */
        OPEN_ENDED,
        /** No source gives a term. */
        NOT_STATED
    }

    /** Words in a quote that say a document has no end date, in the languages of the sources. */
    private static final List<String> OPEN_ENDED_WORDS = List.of("бессрочн", "без ограничения срока",
            "неопределенный срок", "неопределённый срок", "бестэрмін", "indefinite", "open-ended", "unlimited term");

    public static final Term NOT_STATED = new Term(State.NOT_STATED, null, null);

    /**
     * The term of {@code document}: its reading's years where that statement states them, else the first
     * statement that does; open-ended where a statement's quote says so; else not stated.
     */
    public static Term of(Document document) {
        RegionFact reading = document.reading();
        if (states(reading)) {
            return new Term(State.STATED, reading.validFrom(), reading.validTo());
        }
        for (RegionFact statement : document.statements()) {
            if (states(statement)) {
                return new Term(State.STATED, statement.validFrom(), statement.validTo());
            }
        }
        for (RegionFact statement : document.statements()) {
            if (saysOpenEnded(statement.asStated()) || saysOpenEnded(statement.title())) {
                return new Term(State.OPEN_ENDED, null, null);
            }
        }
        return NOT_STATED;
    }

    private static boolean states(RegionFact statement) {
        return statement.validFrom() != null || statement.validTo() != null;
    }

    static boolean saysOpenEnded(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return OPEN_ENDED_WORDS.stream().anyMatch(lower::contains);
    }

    /** The first day it runs, or null where no start is stated. */
    public LocalDate firstDay() {
        return from == null ? null : LocalDate.of(from, 1, 1);
    }

    /** The last day it runs, or null where no end is stated (open-ended or not stated). */
    public LocalDate lastDay() {
        return to == null ? null : LocalDate.of(to, 12, 31);
    }

    public boolean stated() {
        return state == State.STATED;
    }

    /** "2025–2027", "to 2026", "from 2020" (the caller words "to"/"from"); empty where none is stated. */
    public String years(String toWord, String fromWord) {
        if (from != null && to != null) {
            return from.equals(to) ? String.valueOf(from) : from + "–" + to;
        }
        if (to != null) {
            return toWord + " " + to;
        }
        return from != null ? fromWord + " " + from : "";
    }
}
