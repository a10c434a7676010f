package org.unionregions.ui.common;

import java.util.Locale;
import java.util.stream.Collectors;
import org.unionregions.i18n.Messages;
import org.unionregions.model.Document;
import org.unionregions.model.Edition;

/** A document's disagreements worded: "The sources differ on: kind (agreement; memorandum), year (2023; 2025)". */
public final class DocumentWords {

    private DocumentWords() {
    }

    /** What the statements of {@code document} state differently, worded; empty where they agree. */
    public static String disagreement(Document document, Messages messages) {
        var found = document.disagreements();
        if (found.isEmpty()) {
            return "";
        }
        return messages.format("document.disagreement", found.entrySet().stream()
                .map(entry -> messages.get("document.attribute." + entry.getKey().name().toLowerCase(Locale.ROOT))
                        + " (" + entry.getValue().stream().map(value -> worded(entry.getKey(), value, messages))
                        .collect(Collectors.joining("; ")) + ")")
                .collect(Collectors.joining(", ")));
    }

    /** What they differ on, without the values: "The sources differ on: kind, year" (a brief's one row). */
    public static String disagreementInBrief(Document document, Messages messages) {
        var found = document.disagreements();
        return found.isEmpty() ? "" : messages.format("document.disagreement", found.keySet().stream()
                .map(attribute -> messages.get("document.attribute." + attribute.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", ")));
    }

    private static String worded(Document.Attribute attribute, Object value, Messages messages) {
        return switch (attribute) {
            case KIND -> messages.find("kind." + value).orElse(String.valueOf(value));
            case LEVEL -> messages.get("level." + value);
            case STATUS -> messages.get("status." + value);
            case EDITION -> Edition.toRoman((Integer) value);
            default -> String.valueOf(value);
        };
    }
}
