package org.unionregions.ui.data;

import org.unionregions.i18n.Messages;

/** The History panel's content for tests of other packages. */
public final class HistoryViewAccess {

    private HistoryViewAccess() {
    }

    public static javafx.scene.Parent content(Messages messages, HistoryViewModel viewModel) {
        return HistoryView.content(messages, viewModel);
    }
}
