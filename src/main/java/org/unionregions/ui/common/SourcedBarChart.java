package org.unionregions.ui.common;

import org.unionregions.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.unionregions.ui.common.BarChartModel.Bar;

/**
 * A bar chart drawn from a {@link BarChartModel}: every bar carries the tooltip with the value as the
 * source stated it, and a click on a bar reports the bar. Categories without bars keep their place.
 */
public final class SourcedBarChart extends BarChart<String, Number> {

    private final FigureFormat format;
    private final List<Label> noDataMarks = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private boolean showsValues;
    private java.util.function.Predicate<Bar> dimmedBars = bar -> false;
    private Consumer<Bar> onBarClicked = bar -> { };
    private BarChartModel model = BarChartModel.empty("");
    private java.util.function.BiConsumer<java.nio.file.Path, org.unionregions.io.OutputFile.Content> pictureSaver;

    public SourcedBarChart(FigureFormat format) {
        super(new CategoryAxis(), new NumberAxis());
        this.format = format;
        setAnimated(false);
        setCategoryGap(14);
        setBarGap(2);
        getStyleClass().add("sourced-bar-chart");
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
    }

    /**
     * Right-click menu: save the chart as a slide picture, or copy it. {@code saver} writes a
     * picture (a view model's background work) and tells the user.
     */
    public void offerImageExport(Messages messages,
                                 java.util.function.BiConsumer<java.nio.file.Path, org.unionregions.io.OutputFile.Content> saver,
                                 java.util.function.BiConsumer<BarChartModel, java.nio.file.Path> dataSaver) {
        this.pictureSaver = saver;
        javafx.scene.control.MenuItem data = new javafx.scene.control.MenuItem(messages.get("chart.data.show"));
        data.setId("chart-show-data");
        data.setOnAction(event -> showData(messages, dataSaver));
        javafx.scene.control.MenuItem fullHd = new javafx.scene.control.MenuItem(messages.get("chart.savePng"));
        fullHd.setOnAction(event -> save(ChartImages.Size.FULL_HD, messages));
        javafx.scene.control.MenuItem uhd = new javafx.scene.control.MenuItem(messages.get("chart.savePng4k"));
        uhd.setOnAction(event -> save(ChartImages.Size.UHD_4K, messages));
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(messages.get("chart.copy"));
        copy.setOnAction(event -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(
                ChartImages.clipboardContent(ChartImages.render(model, format, ChartImages.Size.FULL_HD,
                        javafx.application.Application.getUserAgentStylesheet(), getStyleClass(), caption(messages)))));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(data,
                new javafx.scene.control.SeparatorMenuItem(), fullHd, uhd, copy);
        menu.setOnShowing(event -> data.setDisable(model.data().isEmpty()));
        setOnContextMenuRequested(event -> menu.show(this, event.getScreenX(), event.getScreenY()));
    }

    /** The figures behind the chart in a window of their own, with an export. */
    public void showData(Messages messages, java.util.function.BiConsumer<BarChartModel, java.nio.file.Path> dataSaver) {
        BarChartModel shown = model;
        ChartDataDialog.of(getScene().getWindow(), shown, messages, file -> dataSaver.accept(shown, file)).show();
    }

    /** The line under a chart's picture: its sources. */
    private String caption(Messages messages) {
        return model.sources().isEmpty() ? "" : messages.format("present.sources", String.join(", ", model.sources()));
    }

    private void save(ChartImages.Size size, Messages messages) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get(size == ChartImages.Size.UHD_4K ? "chart.savePng4k" : "chart.savePng"));
        chooser.setInitialFileName(model.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".png");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        pictureSaver.accept(file.toPath(), ChartImages.png(ChartImages.render(model, format, size,
                javafx.application.Application.getUserAgentStylesheet(), getStyleClass(), caption(messages))));
    }

    /** Dims the bars this picks (those outside the editions the screens are filtered to), at once and after each show. */
    public void dim(java.util.function.Predicate<Bar> dimmed) {
        this.dimmedBars = dimmed;
        applyDimming();
    }

    private void applyDimming() {
        for (XYChart.Series<String, Number> series : getData()) {
            for (XYChart.Data<String, Number> item : series.getData()) {
                if (item.getNode() != null) {
                    item.getNode().pseudoClassStateChanged(DIMMED, dimmedBars.test((Bar) item.getExtraValue()));
                }
            }
        }
    }

    private static final javafx.css.PseudoClass DIMMED = javafx.css.PseudoClass.getPseudoClass("dimmed");

    /** Prints every bar's value above it (slides: a bar too small to read on the axis is read too). */
    public void setValueLabels(boolean shown) {
        this.showsValues = shown;
        show(model);
    }

    public void setOnBarClicked(Consumer<Bar> handler) {
        this.onBarClicked = handler;
    }

    public BarChartModel model() {
        return model;
    }

    public void show(BarChartModel newModel) {
        this.model = newModel;
        setTitle(newModel.title());
        CategoryAxis categoryAxis = (CategoryAxis) getXAxis();
        NumberAxis valueAxis = (NumberAxis) getYAxis();
        valueAxis.setLabel(newModel.valueAxisLabel());
        String unit = newModel.unit();
        valueAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.axisTick(value.doubleValue(), unit);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        // a few documents a year: whole-number ticks (the axis chose 0.5, 1.5 … for counts up to 6)
        double largest = newModel.series().stream().flatMap(s -> s.bars().stream()).mapToDouble(Bar::value)
                .max().orElse(0);
        boolean smallCount = !FigureFormat.isCurrency(unit) && largest > 0 && largest <= 12;
        valueAxis.setAutoRanging(!smallCount);
        if (smallCount) {
            valueAxis.setLowerBound(0);
            valueAxis.setUpperBound(Math.ceil(largest) + 1);
            valueAxis.setTickUnit(1);
            valueAxis.setMinorTickVisible(false);
        }
        getData().clear();
        categoryAxis.setCategories(FXCollections.observableArrayList(newModel.categories()));
        categoryAxis.setAutoRanging(false);
        List<XYChart.Series<String, Number>> allSeries = new ArrayList<>();
        for (BarChartModel.Series series : newModel.series()) {
            XYChart.Series<String, Number> chartSeries = new XYChart.Series<>();
            chartSeries.setName(series.name());
            for (Bar bar : series.bars()) {
                XYChart.Data<String, Number> item = new XYChart.Data<>(bar.category(), bar.value());
                item.setExtraValue(bar);
                chartSeries.getData().add(item);
            }
            allSeries.add(chartSeries);
        }
        getData().setAll(allSeries);
        // a fixed (not auto-ranged) category axis never recomputes its ticks when its categories change
        // and its length does not: the profile's chart kept the previous region's years (#28)
        categoryAxis.invalidateRange(newModel.categories());
        getPlotChildren().removeAll(noDataMarks);
        noDataMarks.clear();
        for (String category : newModel.categoriesWithoutData()) {
            Label mark = new Label(newModel.noDataText());
            mark.getStyleClass().add("no-data-mark");
            mark.setUserData(category);
            mark.setRotate(-90);
            mark.setMouseTransparent(true);
            noDataMarks.add(mark);
        }
        getPlotChildren().addAll(noDataMarks);
        getPlotChildren().removeAll(valueLabels);
        valueLabels.clear();
        if (showsValues) {
            for (XYChart.Series<String, Number> series : allSeries) {
                for (XYChart.Data<String, Number> item : series.getData()) {
                    Label value = new Label(format.value(item.getYValue().doubleValue(), unit));
                    value.getStyleClass().add("bar-value");
                    value.setUserData(item);
                    value.setMouseTransparent(true);
                    valueLabels.add(value);
                }
            }
            getPlotChildren().addAll(valueLabels);
        }
        for (int i = 0; i < allSeries.size(); i++) {
            String styleClass = newModel.series().get(i).styleClass();
            for (XYChart.Data<String, Number> item : allSeries.get(i).getData()) {
                decorate(item.getNode(), (Bar) item.getExtraValue(), styleClass);
            }
        }
        applyDimming();
    }

    /**
     * Centres a bar that is alone in its category (a figure only reported, or only expected: the
     * chart would leave it beside an empty slot), and places each "no data" mark upright in its
     * empty category, standing on the zero line.
     */
    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis categoryAxis = (CategoryAxis) getXAxis();
        java.util.Map<String, List<Node>> barsByCategory = new java.util.HashMap<>();
        for (XYChart.Series<String, Number> series : getData()) {
            for (XYChart.Data<String, Number> item : series.getData()) {
                if (item.getNode() != null) {
                    barsByCategory.computeIfAbsent(item.getXValue(), c -> new ArrayList<>()).add(item.getNode());
                }
            }
        }
        barsByCategory.forEach((category, bars) -> {
            if (bars.size() == 1) {
                Node bar = bars.get(0);
                bar.setLayoutX(categoryAxis.getDisplayPosition(category) - bar.getLayoutBounds().getWidth() / 2);
            }
        });
        List<Label> placed = new ArrayList<>();
        for (Label value : valueLabels) {
            Node bar = ((XYChart.Data<?, ?>) value.getUserData()).getNode();
            if (bar != null) {
                javafx.geometry.Bounds place = bar.getBoundsInParent();
                double width = value.prefWidth(-1);
                double height = value.prefHeight(width);
                value.resizeRelocate(place.getCenterX() - width / 2, place.getMinY() - height - 2, width, height);
                value.getStyleClass().remove("bar-value-inside");
                placed.add(value);
            }
        }
        placed.sort(java.util.Comparator.comparingDouble(Label::getLayoutX));
        separate(placed);

        double zero = ((NumberAxis) getYAxis()).getDisplayPosition(0);
        for (Label mark : noDataMarks) {
            double width = mark.prefWidth(-1);
            double height = mark.prefHeight(-1);
            double centre = categoryAxis.getDisplayPosition((String) mark.getUserData());
            // rotated about its centre: the text then runs upwards from 4 px above the zero line
            mark.resizeRelocate(centre - width / 2, zero - 4 - width / 2 - height / 2, width, height);
        }
    }

    /**
     * Value labels wider than their bars run into each other where bars stand close ("400 млн $" over two
     * bars of 400 million): a label that would overlap one to its left is lifted above it; one lifted out of
     * the plot goes inside its own bar's top instead, in the bar's contrasting colour.
     */
    private static void separate(List<Label> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            boolean moved = true;
            for (int round = 0; moved && round < labels.size(); round++) {
                moved = false;
                for (int j = 0; j < i; j++) {
                    Label other = labels.get(j);
                    if (overlap(label, other)) {
                        label.relocate(label.getLayoutX(), other.getLayoutY() - label.getHeight() - 1);
                        moved = true;
                    }
                }
            }
            if (label.getLayoutY() < 0) {
                Node bar = ((XYChart.Data<?, ?>) label.getUserData()).getNode();
                label.relocate(label.getLayoutX(), bar.getBoundsInParent().getMinY() + 2);
                label.getStyleClass().add("bar-value-inside");
            }
        }
    }

    private static boolean overlap(Label a, Label b) {
        return a.getLayoutX() < b.getLayoutX() + b.getWidth() && b.getLayoutX() < a.getLayoutX() + a.getWidth()
                && a.getLayoutY() < b.getLayoutY() + b.getHeight() && b.getLayoutY() < a.getLayoutY() + a.getHeight();
    }

    private void decorate(Node node, Bar bar, String styleClass) {
        if (node == null) {
            return;
        }
        node.getStyleClass().add(styleClass);
        Tooltip tooltip = new Tooltip(bar.tooltip());
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, tooltip);
        node.setCursor(Cursor.HAND);
        node.setOnMouseClicked(event -> onBarClicked.accept(bar));
    }
}
