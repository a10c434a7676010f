package org.unionregions.ui.common;

import org.unionregions.i18n.Messages;
import org.unionregions.store.StoreException;

/** A failure worded for the person at the screen, in the interface language where we know the case. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        if (failure instanceof StoreException store && store.reason() != StoreException.Reason.OTHER) {
            return messages.format("store." + store.reason().name(), store.details());
        }
        return String.valueOf(failure.getMessage());
    }
}
