package org.unionregions.ui.shell;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.unionregions.i18n.Messages;
import org.unionregions.store.ServerAddress;

/** The view of "Connect to a team database…" ({@link ConnectionViewModel}) and the password prompt. */
public final class ConnectionDialog {

    /** What the dialog gives back: where to connect and the password typed (null: none). */
    public record Chosen(ServerAddress address, char[] password) {
    }

    private ConnectionDialog() {
    }

    public static Optional<Chosen> show(Window owner, Messages messages, ConnectionViewModel viewModel,
                                        List<String> saved) {
        Dialog<Chosen> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(messages.get("connect.title"));
        dialog.getDialogPane().setContent(content(owner, messages, viewModel, saved));
        ButtonType open = new ButtonType(messages.get("connect.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("connect.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.getDialogPane().setPrefWidth(640);
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("connect-open");
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                viewModel.address();
            } catch (IllegalArgumentException e) {
                event.consume(); // the dialog stays, saying what is wrong
                viewModel.test();
            }
        });
        dialog.setResultConverter(button -> button == open ? new Chosen(viewModel.address(), viewModel.password())
                : null);
        return dialog.showAndWait();
    }

    static VBox content(Window owner, Messages messages, ConnectionViewModel viewModel, List<String> saved) {
        TextField url = new TextField();
        url.setId("connect-url");
        url.setPromptText("postgresql://anna@registry.example.by:5432/union_regions");
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        ComboBox<String> savedBox = new ComboBox<>();
        savedBox.setId("connect-saved");
        savedBox.getItems().setAll(saved);
        savedBox.setPromptText(messages.get("connect.saved"));
        savedBox.setMaxWidth(Double.MAX_VALUE);
        savedBox.setDisable(saved.isEmpty());
        savedBox.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.use(chosen);
            }
        });

        GridPane parts = new GridPane();
        parts.setHgap(8);
        parts.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        parts.getColumnConstraints().addAll(labels, fields);
        addPart(parts, 0, messages.get("connect.host"), viewModel.hostProperty(), "connect-host", viewModel);
        addPart(parts, 1, messages.get("connect.port"), viewModel.portProperty(), "connect-port", viewModel);
        addPart(parts, 2, messages.get("connect.database"), viewModel.databaseProperty(), "connect-database", viewModel);
        addPart(parts, 3, messages.get("connect.user"), viewModel.userProperty(), "connect-user", viewModel);
        int row = 4;
        ChoiceBox<String> tls = new ChoiceBox<>();
        tls.setId("connect-tls");
        tls.getItems().setAll(ConnectionViewModel.TLS_MODES);
        tls.valueProperty().bindBidirectional(viewModel.tlsModeProperty());
        tls.disableProperty().bind(viewModel.urlProperty().isNotEmpty());
        parts.addRow(row++, new Label(messages.get("connect.tls")), tls);
        TextField ca = new TextField();
        ca.setId("connect-ca");
        ca.textProperty().bindBidirectional(viewModel.caFileProperty());
        Button chooseCa = new Button(messages.get("connect.chooseCa"));
        chooseCa.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("connect.ca"));
            File file = chooser.showOpenDialog(owner);
            if (file != null) {
                viewModel.caFileProperty().set(file.getAbsolutePath());
            }
        });
        HBox caRow = new HBox(6, ca, chooseCa);
        HBox.setHgrow(ca, Priority.ALWAYS);
        caRow.disableProperty().bind(viewModel.urlProperty().isNotEmpty());
        Label caLabel = new Label(messages.get("connect.ca"));
        caLabel.setWrapText(true);

        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Label passwordLabel = new Label(messages.get("connect.password"));
        passwordLabel.setWrapText(true);

        Button test = new Button(messages.get("connect.test"));
        test.setId("connect-test");
        test.disableProperty().bind(viewModel.testingProperty());
        test.setOnAction(event -> viewModel.test());
        Label result = new Label();
        result.setId("connect-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.resultProperty());
        result.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ok"), false);
        viewModel.succeededProperty().addListener((obs, old, ok) -> result.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("ok"), ok));

        Label urlLabel = new Label(messages.get("connect.url"));
        urlLabel.setWrapText(true);
        VBox box = new VBox(8, savedBox, urlLabel, url, parts, caLabel, caRow, passwordLabel, password,
                new HBox(8, test), result);
        box.setPadding(new Insets(8, 4, 4, 4));
        box.setId("connect-dialog");
        return box;
    }

    /** A typed password, and whether to keep it in this computer's keyring. */
    public record PasswordAnswer(char[] password, boolean remember) {
    }

    /** One part of the address, off while a whole address is pasted. */
    private static void addPart(GridPane parts, int row, String label, javafx.beans.property.StringProperty value,
                                String id, ConnectionViewModel viewModel) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        text.disableProperty().bind(viewModel.urlProperty().isNotEmpty());
        parts.addRow(row, new Label(label), text);
    }

    /** Asks for the password of a team database whose server asked for one; kept only if the user says so. */
    public static Optional<PasswordAnswer> askPassword(Window owner, Messages messages, ServerAddress server) {
        Dialog<PasswordAnswer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("connect.passwordTitle", server.user()));
        dialog.setHeaderText(messages.format("connect.passwordAsk", server.toString()));
        PasswordField password = new PasswordField();
        password.setId("password-field");
        javafx.scene.control.CheckBox remember = new javafx.scene.control.CheckBox(messages.get("connect.remember"));
        remember.setId("password-remember");
        dialog.getDialogPane().setContent(new VBox(8, password, remember));
        ButtonType open = new ButtonType(messages.get("connect.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.setOnShown(event -> password.requestFocus());
        dialog.setResultConverter(button -> button == open
                ? new PasswordAnswer(password.getText().toCharArray(), remember.isSelected()) : null);
        return dialog.showAndWait();
    }
}
