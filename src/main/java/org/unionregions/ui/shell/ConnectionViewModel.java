package org.unionregions.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unionregions.i18n.Messages;
import org.unionregions.store.DataStore;
import org.unionregions.store.ServerAddress;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.ErrorText;

/**
 * "Connect to a team database…": an address pasted whole, or host, port, database and user; TLS
 * verified by default (verify-full) with an optional CA file; a password typed here only if the
 * server asks for one (never kept). "Test connection" runs in the background and says the server's
 * version, the role you have there and the schema version, or what is wrong.
 */
public final class ConnectionViewModel {

    public static final List<String> TLS_MODES = List.of("verify-full", "verify-ca", "require", "disable");

    private final AsyncRunner runner;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty tlsMode = new SimpleStringProperty("verify-full");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final SimpleBooleanProperty testing = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty succeeded = new SimpleBooleanProperty(false);

    public ConnectionViewModel(AsyncRunner runner, Messages messages) {
        this.runner = runner;
        this.messages = messages;
        for (StringProperty field : List.of(url, host, port, database, user, tlsMode, caFile)) {
            field.addListener((obs, old, now) -> succeeded.set(false));
        }
    }

    /** Fills the fields from a saved address. */
    public void use(String address) {
        url.set(address);
    }

    /**
     * The address the fields describe: the pasted one if there is one, else the parts; the message of
     * the exception says what is missing or wrong.
     */
    public ServerAddress address() {
        String given = url.get().strip();
        if (!given.isEmpty()) {
            return ServerAddress.parse(given);
        }
        StringBuilder text = new StringBuilder("postgresql://").append(user.get().strip()).append('@')
                .append(host.get().strip());
        if (!port.get().isBlank()) {
            text.append(':').append(port.get().strip());
        }
        text.append('/').append(database.get().strip()).append("?sslmode=").append(tlsMode.get());
        if (!caFile.get().isBlank()) {
            text.append("&sslrootcert=").append(java.net.URLEncoder.encode(caFile.get().strip(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return ServerAddress.parse(text.toString());
    }

    /** The password typed, or null: then ~/.pgpass, or a server that needs none. */
    public char[] password() {
        return password.get().isEmpty() ? null : password.get().toCharArray();
    }

    /** Connects once, off the FX thread, and says what it found. */
    public void test() {
        ServerAddress address;
        try {
            address = address();
        } catch (IllegalArgumentException e) {
            result.set(e.getMessage());
            succeeded.set(false);
            return;
        }
        char[] typed = password();
        testing.set(true);
        result.set(messages.get("connect.testing"));
        runner.run(() -> {
            DataStore.Description found = DataStore.describe(address, typed);
            return messages.format("connect.ok", found.engineVersion(), found.serverRole(), found.schemaVersion());
        }, found -> {
            testing.set(false);
            succeeded.set(true);
            result.set(found);
        }, failure -> {
            testing.set(false);
            succeeded.set(false);
            result.set(ErrorText.of(failure, messages));
        });
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty tlsModeProperty() {
        return tlsMode;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What the last test found, or why it failed. */
    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }

    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded;
    }
}
