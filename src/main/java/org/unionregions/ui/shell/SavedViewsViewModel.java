package org.unionregions.ui.shell;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unionregions.i18n.Messages;
import org.unionregions.model.PairMetric;
import org.unionregions.store.DataStore;
import org.unionregions.store.SavedViewRepository.SavedView;
import org.unionregions.store.StoreException;
import org.unionregions.ui.common.AsyncRunner;
import org.unionregions.ui.common.BackgroundTasks;
import org.unionregions.ui.matrix.ColourScale;
import org.unionregions.ui.matrix.MatrixViewModel;
import org.unionregions.ui.matrix.Palette;

/**
 * Saved views: the screen on display with its choices (the matrix's filters, sort, scale and palette;
 * the edition chosen; the region profiled; the table and search), saved under a name in the database,
 * listed in the presenter's order, and opened exactly as saved.
 */
public final class SavedViewsViewModel {

    private final DataStore store;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final MainViewModel main;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    /** A name already taken by a save: the view asks whether to replace it. */
    private final StringProperty nameTaken = new SimpleStringProperty();

    SavedViewsViewModel(DataStore store, AsyncRunner runner, Messages messages, MainViewModel main) {
        this.store = store;
        this.messages = messages;
        this.main = main;
        this.tasks = new BackgroundTasks(runner, messages, status::set);
    }

    public ObservableList<SavedView> views() {
        return views;
    }

    /** What the last save, rename or delete did, or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty nameTakenProperty() {
        return nameTaken;
    }

    public void load() {
        tasks.latest("views", () -> store.views().views(), views::setAll);
    }

    /**
     * Saves the screen on display under {@code name}; a name in use is replaced only when
     * {@code replace} (else {@link #nameTakenProperty()} says so and nothing is written).
     */
    public void saveCurrent(String name, boolean replace) {
        if (name == null || name.isBlank()) {
            status.set(messages.get("views.nameMissing"));
            return;
        }
        Screen screen = main.screenProperty().get();
        Map<String, String> state = capture(screen);
        nameTaken.set(null);
        tasks.run(() -> {
            if (!replace && store.views().named(name).isPresent()) {
                return null;
            }
            store.views().save(name, screen.name(), state, replace);
            return store.views().views();
        }, saved -> {
            if (saved == null) {
                nameTaken.set(name.trim());
                return;
            }
            views.setAll(saved);
            status.set(messages.format("views.saved", name.trim()));
        });
    }

    /** Opens the view's screen with its choices. */
    public void open(SavedView view) {
        Screen screen = Screen.valueOf(view.screen());
        Map<String, String> state = view.state();
        switch (screen) {
            case MATRIX -> {
                main.matrix().restore(matrixState(state));
                main.screenProperty().set(Screen.MATRIX);
                main.matrix().load(); // the choices apply once the data is read again
            }
            case EDITIONS -> {
                String edition = state.get("edition");
                if (edition == null || edition.isEmpty()) {
                    main.screenProperty().set(Screen.EDITIONS);
                } else {
                    main.showEdition(Integer.parseInt(edition));
                }
            }
            case PROFILE -> main.showProfile(state.getOrDefault("region", ""));
            case DATA -> {
                main.data().tableProperty().set(state.getOrDefault("table", main.data().tableProperty().get()));
                main.data().searchProperty().set(state.getOrDefault("search", ""));
                main.screenProperty().set(Screen.DATA);
            }
            default -> main.screenProperty().set(screen);
        }
        status.set(messages.format("views.opened", view.name()));
    }

    public void rename(SavedView view, String name) {
        if (name == null || name.isBlank()) {
            status.set(messages.get("views.nameMissing"));
            return;
        }
        tasks.run(() -> {
            store.views().rename(view.id(), name);
            return store.views().views();
        }, renamed -> {
            views.setAll(renamed);
            status.set(messages.format("views.renamed", view.name(), name.trim()));
        }, failure -> {
            if (failure instanceof StoreException e && e.reason() == StoreException.Reason.UNIQUE) {
                status.set(messages.format("views.nameInUse", name.trim()));
            }
        });
    }

    public void delete(SavedView view) {
        tasks.run(() -> {
            store.views().delete(view.id());
            return store.views().views();
        }, left -> {
            views.setAll(left);
            status.set(messages.format("views.deleted", view.name()));
        });
    }

    /** One place up ({@code -1}) or down ({@code +1}). */
    public void move(SavedView view, int step) {
        tasks.run(() -> {
            store.views().move(view.id(), step);
            return store.views().views();
        }, views::setAll);
    }

    private Map<String, String> capture(Screen screen) {
        Map<String, String> state = new LinkedHashMap<>();
        switch (screen) {
            case MATRIX -> {
                MatrixViewModel.State matrix = main.matrix().state();
                state.put("metric", matrix.metric() == null ? "" : matrix.metric().name());
                state.put("currency", orEmpty(matrix.currency()));
                state.put("from", matrix.fromEdition() == null ? "" : matrix.fromEdition().toString());
                state.put("to", matrix.toEdition() == null ? "" : matrix.toEdition().toString());
                state.put("kinds", matrix.everyKind() ? "*" : String.join(",", matrix.kinds()));
                state.put("levels", matrix.everyLevel() ? "*" : String.join(",", matrix.levels()));
                state.put("statuses", String.join(",", matrix.statuses()));
                state.put("onlyWithData", String.valueOf(matrix.onlyWithData()));
                state.put("rows", matrix.rowOrder().name());
                state.put("columns", matrix.columnOrder().name());
                state.put("scale", matrix.scale().name());
                state.put("palette", matrix.palette().name());
            }
            case EDITIONS -> state.put("edition", main.editions().selectedEdition() == null ? ""
                    : main.editions().selectedEdition().toString());
            case PROFILE -> state.put("region", main.profile().profileProperty().get() == null ? ""
                    : main.profile().profileProperty().get().region().code());
            case DATA -> {
                state.put("table", main.data().tableProperty().get());
                state.put("search", orEmpty(main.data().searchProperty().get()));
            }
            default -> { }
        }
        return state;
    }

    /** A saved matrix view as the matrix's state; what a later version does not know falls back to its default. */
    static MatrixViewModel.State matrixState(Map<String, String> state) {
        return new MatrixViewModel.State(
                parse(PairMetric.class, state.get("metric"), PairMetric.DOCUMENTS),
                emptyToNull(state.get("currency")),
                number(state.get("from")), number(state.get("to")),
                set(state.get("kinds")), "*".equals(state.getOrDefault("kinds", "*")),
                set(state.get("levels")), "*".equals(state.getOrDefault("levels", "*")),
                set(state.get("statuses")),
                Boolean.parseBoolean(state.getOrDefault("onlyWithData", "true")),
                parse(MatrixViewModel.Order.class, state.get("rows"), MatrixViewModel.Order.NAME),
                parse(MatrixViewModel.Order.class, state.get("columns"), MatrixViewModel.Order.TOTAL),
                parse(ColourScale.class, state.get("scale"), ColourScale.LINEAR),
                parse(Palette.class, state.get("palette"), Palette.VIRIDIS));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        return Arrays.stream(type.getEnumConstants()).filter(each -> each.name().equals(name)).findFirst()
                .orElse(fallback);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<String> set(String text) {
        return text == null || text.isEmpty() || text.equals("*") ? Set.of()
                : Arrays.stream(text.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
