package org.unionregions.ui.common;

import java.util.EnumSet;
import java.util.Set;
import org.unionregions.i18n.Messages;
import org.unionregions.store.EditHistory;
import org.unionregions.store.StoreException;

/** A failure worded for the person at the screen, in the interface language where we know the case. */
public final class ErrorText {

    /** Problems found before anything was opened for writing: their texts say the file was left as it was. */
    private static final Set<StoreException.Reason> SAID_UNTOUCHED = EnumSet.of(StoreException.Reason.NOT_SQLITE,
            StoreException.Reason.OTHER_PROGRAM, StoreException.Reason.NEWER_SCHEMA, StoreException.Reason.MISSING,
            StoreException.Reason.NOT_A_FILE);

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        if (failure instanceof StoreException store && store.reason() != StoreException.Reason.OTHER) {
            String text = messages.format("store." + store.reason().name(), store.details());
            // "nothing was changed" only where the store made sure of it
            return store.unchanged() && !SAID_UNTOUCHED.contains(store.reason())
                    ? text + " " + messages.get("store.unchanged") : text;
        }
        if (failure instanceof EditHistory.NotUndoneException notUndone) {
            Object[] details = notUndone.details();
            if (notUndone.reason() != EditHistory.NotUndoneException.Reason.ROWS_DELETED) {
                details[0] = messages.find("data.table." + details[0]).orElse(String.valueOf(details[0]));
            }
            return messages.format("undo." + notUndone.reason().name(), details) + " " + messages.get("store.unchanged");
        }
        return String.valueOf(failure.getMessage());
    }
}
