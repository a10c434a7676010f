package org.unionregions.ui.shell;

import javafx.stage.Window;
import org.unionregions.i18n.Messages;

/** The connection dialog's content for tests of other packages. */
public final class ConnectionDialogAccess {

    private ConnectionDialogAccess() {
    }

    public static javafx.scene.Parent content(Window owner, Messages messages, ConnectionViewModel viewModel) {
        return ConnectionDialog.content(owner, messages, viewModel, java.util.List.of());
    }
}
