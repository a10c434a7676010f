package org.unionregions.ui.common;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.model.AgreementLife.Flag;
import org.unionregions.model.Term;

/** A document's term and flags worded, the same on the screen, in the brief and from the command line. */
public final class AgreementWords {

    private final Messages messages;

    public AgreementWords(Messages messages) {
        this.messages = messages;
    }

    /** "2025–2027", "to 2026", "open-ended", "term not stated". */
    public String term(Term term) {
        return switch (term.state()) {
            case STATED -> term.years(messages.get("agreements.term.to"), messages.get("agreements.term.from"));
            case OPEN_ENDED -> messages.get("agreements.term.openEnded");
            case NOT_STATED -> messages.get("agreements.term.notStated");
        };
    }

    /** "in force; expires within 12 months", in the flags' order. */
    public String flags(Set<Flag> flags, int months) {
        return flags.stream().map(flag -> flag == Flag.EXPIRES_SOON
                ? messages.format("agreements.flag.expires_soon", months)
                : messages.get("agreements.flag." + flag.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("; "));
    }

    /** A kind's word ("дорожная карта"), or the stored key where the vocabulary has none. */
    public String kind(String key) {
        return messages.find("kind." + key).orElse(key);
    }
}
