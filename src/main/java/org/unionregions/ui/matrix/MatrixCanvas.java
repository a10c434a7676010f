package org.unionregions.ui.matrix;

import java.util.List;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The matrix drawn on one canvas: hundreds of cells cost a few milliseconds, where as many nodes
 * each with CSS and layout froze the window for a second. Pointer and clicks are mapped back to
 * cells and region headers; the view model keeps the selection.
 */
public final class MatrixCanvas extends Region {

    /** Cells are as wide as their widest value ("$300 mn" as well as "2"), within these bounds. */
    static final double MIN_CELL_WIDTH = 50;
    static final double MAX_CELL_WIDTH = 120;
    static final double CELL_HEIGHT = 34;
    static final double GAP = 2;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Supplier<Paint> foreground;
    private final Font font = Font.font(null, FontWeight.BOLD, 12);
    private final Font headerFont = Font.font(12);
    private final java.util.Map<String, Double> cellWidths = new java.util.HashMap<>();
    private final java.util.Map<String, Double> headerWidths = new java.util.HashMap<>();
    private final java.util.Map<Character, Double> charWidths = new java.util.HashMap<>();
    private MatrixModel model = MatrixModel.empty();
    private MatrixViewModel.Position selected;
    private double left;
    private double top;
    private double cellWidth = MIN_CELL_WIDTH;
    private Paint drawnWith;
    private String totalLabel = "";
    private double zoom = 1;
    private Consumer<MatrixViewModel.Position> onCell = position -> { };
    private Consumer<String> onRegion = code -> { };
    private Consumer<String> onRegionTwice = code -> { };

    public MatrixCanvas(Supplier<Paint> foreground) {
        this.foreground = foreground;
        getChildren().add(canvas);
        canvas.accessibleTextProperty().bind(accessibleTextProperty()); // the cell the keyboard is on
        getStyleClass().add("matrix-canvas");
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseClicked(this::click);
    }

    public void setOnCell(Consumer<MatrixViewModel.Position> handler) {
        this.onCell = handler;
    }

    /** A double click on a region's heading. */
    public void setOnRegionDoubleClick(Consumer<String> handler) {
        this.onRegionTwice = handler;
    }

    public void setOnRegion(Consumer<String> handler) {
        this.onRegion = handler;
    }

    public MatrixModel model() {
        return model;
    }

    /** Draws everything {@code factor} times larger (presentation slides); still vector-sharp. */
    public void setZoom(double factor) {
        this.zoom = factor;
        show(model, selected, totalLabel);
    }

    /** The size at zoom 1, to fit a zoom to the room available. */
    public double naturalWidth() {
        return canvas.getWidth() / zoom;
    }

    public double naturalHeight() {
        return canvas.getHeight() / zoom;
    }

    /** What a screen reader calls the matrix; it adds the chosen cell's regions and value. */
    private String accessibleName = "";

    public void setAccessibleName(String name) {
        this.accessibleName = name;
        setAccessibleText(name);
    }

    public void show(MatrixModel newModel, MatrixViewModel.Position newSelection, String total) {
        this.model = newModel;
        this.selected = newSelection;
        // the keyboard moves a selection drawn on the canvas: a screen reader hears the cell it is on
        if (newSelection != null && newSelection.row() < newModel.rows().size()
                && newSelection.column() < newModel.columns().size()) {
            MatrixModel.Cell cell = newModel.cell(newSelection.row(), newSelection.column());
            setAccessibleText(accessibleName + ": " + (cell != null ? cell.tooltip().replace('\n', ' ')
                    : newModel.rows().get(newSelection.row()).name() + " — "
                    + newModel.columns().get(newSelection.column()).name() + ", " + noData));
        } else {
            setAccessibleText(accessibleName);
        }
        // a metric whose values do not add up (latest figures of different years) has no totals
        this.totalLabel = newModel.grandTotal().isEmpty() ? "" : total;
        left = 12 + newModel.rows().stream().mapToDouble(h -> width(h.name(), headerFont)).max().orElse(0);
        top = 12 + Math.max(width(total, font), newModel.columns().stream()
                .flatMap(h -> headerLines(h.name()).stream()).mapToDouble(line -> width(line, headerFont)).max()
                .orElse(0));
        double widest = Math.max(newModel.cells().values().stream().mapToDouble(cell -> width(cell.text(), font))
                .max().orElse(0), java.util.stream.Stream.concat(newModel.rows().stream(), newModel.columns().stream())
                .mapToDouble(h -> width(h.totalText(), font)).max().orElse(0));
        cellWidth = Math.max(MIN_CELL_WIDTH, Math.min(MAX_CELL_WIDTH, Math.ceil(widest + 12)));
        int totals = totalLabel.isEmpty() ? 0 : 1;
        double width = newModel.columns().isEmpty() ? 0
                : left + (newModel.columns().size() + totals) * (cellWidth + GAP);
        double height = newModel.rows().isEmpty() ? 0 : top + (newModel.rows().size() + totals) * (CELL_HEIGHT + GAP);
        // cleared at the old size first: a canvas that shrinks keeps the old drawing's pixels
        // otherwise, and a strip of it showed under the totals after "all Russian regions"
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        canvas.setWidth(width * zoom);
        canvas.setHeight(height * zoom);
        setPrefSize(width * zoom, height * zoom);
        setMinSize(width * zoom, height * zoom);
        draw();
    }

    /** Draws again with the theme's colours (after a theme switch: labels must not keep the old ones). */
    public void redraw() {
        draw();
    }

    /** How wide a cell is drawn now (its widest value decides). */
    public double cellWidth() {
        return cellWidth;
    }

    /** Whether a value is printed in its cell: it fits the cell's width. */
    public boolean printsInCell(String text) {
        return width(text, font) <= cellWidth - 6;
    }

    /** The text colour of the last drawing. */
    public Paint drawnWith() {
        return drawnWith;
    }

    public void select(MatrixViewModel.Position position) {
        this.selected = position;
        draw();
    }

    /** The centre of a cell in this node's coordinates (for tests and keyboard focus). */
    public Point2D cellCentre(int row, int column) {
        return new Point2D((left + column * (cellWidth + GAP) + cellWidth / 2) * zoom,
                (top + row * (CELL_HEIGHT + GAP) + CELL_HEIGHT / 2) * zoom);
    }

    /** Text widths measured once per text: a Text node per cell and redraw was most of a redraw. */
    /** A column heading longer than this is written in two lines, so the headings take less of the height. */
    static final double HEADER_SPLIT = 130;
    private static final double HEADER_LINE = 14;

    /**
     * A column's heading as written: one line, or two split at the space nearest its middle where it is
     * longer than {@link #HEADER_SPLIT} ("Ханты-Мансийский / автономный округ").
     */
    List<String> headerLines(String name) {
        if (width(name, headerFont) <= HEADER_SPLIT || name.indexOf(' ') < 0) {
            return List.of(name);
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    private double width(String text, Font font) {
        if (font == this.font) {
            return cellWidths.computeIfAbsent(text, this::cellTextWidth);
        }
        return headerWidths.computeIfAbsent(text, key -> measure(key, font));
    }

    /**
     * A cell's value only has to be known to fit or not, so its width is the sum of its characters'
     * widths, each measured once: a new money metric brings 581 new texts, and a Text node for each
     * held the FX thread for a sizeable part of a frame.
     */
    private double cellTextWidth(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += charWidths.computeIfAbsent(text.charAt(i), c -> measure(String.valueOf(c), font));
        }
        return sum;
    }

    private static double measure(String text, Font font) {
        return org.unionregions.ui.common.TextWidth.of(text, font);
    }

    /** The region the screens are filtered to: its heading is marked (null: none). */
    private String highlighted;
    private static final Color HIGHLIGHT = Color.web("#218bff", 0.22); // readable under dark and light text

    public void setHighlighted(String regionCode) {
        if (!java.util.Objects.equals(highlighted, regionCode)) {
            highlighted = regionCode;
            draw();
        }
    }

    public String highlighted() {
        return highlighted;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (model.rows().isEmpty()) {
            return;
        }
        g.save();
        g.scale(zoom, zoom);
        Paint text = foreground.get();
        drawnWith = text;
        Color muted = text instanceof Color colour ? colour.deriveColor(0, 1, 1, 0.35) : Color.GRAY;
        g.setTextBaseline(VPos.CENTER);
        // column headers, written upwards
        g.setFont(headerFont);
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        for (int c = 0; c < model.columns().size(); c++) {
            double x = left + c * (cellWidth + GAP) + cellWidth / 2;
            if (model.columns().get(c).code().equals(highlighted)) {
                g.setFill(HIGHLIGHT);
                g.fillRoundRect(x - cellWidth / 2, 0, cellWidth, top - 2, 6, 6);
                g.setFill(text);
            }
            g.save();
            g.translate(x, top - 6);
            g.rotate(-90);
            List<String> lines = headerLines(model.columns().get(c).name());
            for (int line = 0; line < lines.size(); line++) {
                // two lines side by side across the column, the first on the left
                g.fillText(lines.get(line), 0, (line - (lines.size() - 1) / 2.0) * HEADER_LINE);
            }
            g.restore();
        }
        double totalX = left + model.columns().size() * (cellWidth + GAP);
        double totalsY = top + model.rows().size() * (CELL_HEIGHT + GAP);
        g.setFont(font);
        g.save();
        g.translate(totalX + cellWidth / 2, top - 6);
        g.rotate(-90);
        g.fillText(totalLabel, 0, 0);
        g.restore();
        // rows
        for (int r = 0; r < model.rows().size(); r++) {
            MatrixModel.Header row = model.rows().get(r);
            double y = top + r * (CELL_HEIGHT + GAP);
            g.setFont(headerFont);
            if (row.code().equals(highlighted)) {
                g.setFill(HIGHLIGHT);
                g.fillRoundRect(0, y, left - 2, CELL_HEIGHT, 6, 6);
            }
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(row.name(), 4, y + CELL_HEIGHT / 2);
            for (int c = 0; c < model.columns().size(); c++) {
                double x = left + c * (cellWidth + GAP);
                MatrixModel.Cell cell = model.cell(r, c);
                if (cell == null) {
                    g.setStroke(muted);
                    g.setLineWidth(1);
                    g.setLineDashes(3, 3);
                    g.strokeRoundRect(x + 0.5, y + 0.5, cellWidth - 1, CELL_HEIGHT - 1, 6, 6);
                    g.setLineDashes();
                } else {
                    g.setFill(Color.web(cell.colour()));
                    g.fillRoundRect(x, y, cellWidth, CELL_HEIGHT, 6, 6);
                    if (printsInCell(cell.text())) { // printed only when it fits
                        g.setFill(Color.web(cell.textColour()));
                        g.setFont(font);
                        g.setTextAlign(TextAlignment.CENTER);
                        g.fillText(cell.text(), x + cellWidth / 2, y + CELL_HEIGHT / 2);
                    }
                }
            }
            g.setFill(text);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(row.totalText(), totalX + cellWidth / 2, y + CELL_HEIGHT / 2);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(totalLabel, 4, totalsY + CELL_HEIGHT / 2);
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < model.columns().size(); c++) {
            g.fillText(model.columns().get(c).totalText(), left + c * (cellWidth + GAP) + cellWidth / 2,
                    totalsY + CELL_HEIGHT / 2);
        }
        g.fillText(model.grandTotal(), totalX + cellWidth / 2, totalsY + CELL_HEIGHT / 2);
        if (selected != null && selected.row() < model.rows().size() && selected.column() < model.columns().size()) {
            g.setStroke(Color.web("#0969da"));
            g.setLineWidth(3);
            g.strokeRoundRect(left + selected.column() * (cellWidth + GAP) + 1.5,
                    top + selected.row() * (CELL_HEIGHT + GAP) + 1.5, cellWidth - 3, CELL_HEIGHT - 3, 6, 6);
        }
        g.restore();
    }

    private int column(double pointerX) {
        double x = pointerX / zoom;
        int c = (int) Math.floor((x - left) / (cellWidth + GAP));
        return x < left || c >= model.columns().size() ? -1 : c;
    }

    private int row(double pointerY) {
        double y = pointerY / zoom;
        int r = (int) Math.floor((y - top) / (CELL_HEIGHT + GAP));
        return y < top || r >= model.rows().size() ? -1 : r;
    }

    private void hover(MouseEvent event) {
        int r = row(event.getY());
        int c = column(event.getX());
        String text;
        if (r >= 0 && c >= 0) {
            MatrixModel.Cell cell = model.cell(r, c);
            text = cell != null ? cell.tooltip()
                    : model.rows().get(r).name() + " — " + model.columns().get(c).name() + "\n" + noData;
        } else if (r >= 0 && event.getX() / zoom < left) {
            MatrixModel.Header row = model.rows().get(r);
            text = row.name() + (row.totalText().isEmpty() ? "" : ": " + row.totalText())
                    + (row.note().isEmpty() ? "" : "\n" + row.note());
        } else if (c >= 0 && event.getY() / zoom < top) {
            text = model.columns().get(c).name() + (model.columns().get(c).totalText().isEmpty() ? ""
                    : ": " + model.columns().get(c).totalText());
        } else {
            text = null;
        }
        if (text == null) {
            tooltip.hide();
        } else if (!text.equals(tooltip.getText())) {
            tooltip.setText(text);
        }
    }

    private String noData = "";

    public void setNoDataText(String text) {
        this.noData = text;
    }

    private void click(MouseEvent event) {
        int r = row(event.getY());
        int c = column(event.getX());
        Consumer<String> region = event.getClickCount() >= 2 ? onRegionTwice : onRegion;
        if (r >= 0 && c >= 0) {
            onCell.accept(new MatrixViewModel.Position(r, c));
        } else if (r >= 0 && event.getX() / zoom < left) {
            region.accept(model.rows().get(r).code());
        } else if (c >= 0 && event.getY() / zoom < top) {
            region.accept(model.columns().get(c).code());
        }
    }
}
