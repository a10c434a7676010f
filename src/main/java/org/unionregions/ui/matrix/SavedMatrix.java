package org.unionregions.ui.matrix;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionregions.model.PairMetric;
import org.unionregions.ui.common.ColourScale;
import org.unionregions.ui.common.Palette;

/**
 * The matrix's choices as a saved view keeps them (text by name), and back; what a later version does
 * not know falls back to its default.
 */
final class SavedMatrix {

    private SavedMatrix() {
    }

    static Map<String, String> of(MatrixViewModel.State matrix) {
        Map<String, String> state = new LinkedHashMap<>();
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
        return state;
    }

    static MatrixViewModel.State state(Map<String, String> state) {
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
