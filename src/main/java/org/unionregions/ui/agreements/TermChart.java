package org.unionregions.ui.agreements;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.unionregions.ui.common.TextWidth;

/**
 * Documents on a time axis, one line each: the document's name on the left, a bar over the years of its
 * term (open at an end the sources leave unstated), a diamond at its year of signing, a line at the
 * chosen day. Colours: expires soon (orange), in force (green), past its term (grey), no term stated
 * (a diamond only), announced (hollow). Where the lines do not fit (a slide), it says how many more there are.
 */
public final class TermChart extends Region {

    static final Color EXPIRES_SOON = Color.web("#d95f02");
    static final Color IN_FORCE = Color.web("#1b9e77");
    static final Color PAST = Color.web("#8c8c8c");
    static final Color SIGNING = Color.web("#3b6fc4");
    static final Color ANNOUNCED = Color.web("#7570b3");
    static final Color DAY = Color.web("#d62728");

    private final Canvas canvas = new Canvas();
    private final Supplier<Paint> textFill;
    private final double lineHeight;
    private final double fontSize;
    private final double labelWidth;
    private final boolean growToFit;
    private TermBars bars = TermBars.empty();
    private Long chosen;
    private String moreWords = "+{0}";
    private Consumer<Long> onChoose = id -> { };

    /**
     * {@code growToFit}: as tall as its lines (on a screen, inside a scroll pane); else as tall as it is
     * given, the lines that fit and a count of the others (a slide).
     */
    public TermChart(Supplier<Paint> textFill, double lineHeight, double fontSize, double labelWidth, boolean growToFit) {
        this.textFill = textFill;
        this.lineHeight = lineHeight;
        this.fontSize = fontSize;
        this.labelWidth = labelWidth;
        this.growToFit = growToFit;
        getChildren().add(canvas);
        canvas.accessibleTextProperty().bind(accessibleTextProperty()); // the same documents are the table's rows
        canvas.setOnMouseClicked(event -> {
            int index = (int) ((event.getY() - axisHeight()) / lineHeight);
            if (index >= 0 && index < bars.bars().size() && !bars.bars().get(index).isHeading()) {
                onChoose.accept(bars.bars().get(index).document());
            }
        });
    }

    /** The size of its words, in pixels. */
    public double fontSize() {
        return fontSize;
    }

    public void onChoose(Consumer<Long> choose) {
        this.onChoose = choose;
    }

    /** How "and 12 more" is worded ({0}: the count). */
    public void moreWords(String pattern) {
        this.moreWords = pattern;
    }

    public void show(TermBars shown, Long chosenDocument) {
        this.bars = shown;
        this.chosen = chosenDocument;
        requestLayout();
        draw();
    }

    private double axisHeight() {
        return fontSize * 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return growToFit ? axisHeight() + Math.max(1, bars.bars().size()) * lineHeight + 4 : 200;
    }

    @Override
    protected double computePrefWidth(double height) {
        return labelWidth + 400;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(0, getWidth()));
        canvas.setHeight(Math.max(0, getHeight()));
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (width <= labelWidth + 40) {
            return;
        }
        Paint text = textFill.get();
        Font font = Font.font("System", fontSize);
        Font bold = Font.font("System", FontWeight.BOLD, fontSize);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        int first = bars.firstYear();
        int last = Math.max(bars.lastYear(), first + 1);
        double left = labelWidth + 8;
        double right = width - fontSize;
        double perYear = (right - left) / (last - first);
        double top = axisHeight();
        int fits = growToFit ? bars.bars().size() : (int) Math.max(0, (height - top - lineHeight) / lineHeight);
        List<TermBars.Bar> shown = bars.bars().subList(0, Math.min(fits, bars.bars().size()));
        double bottom = top + shown.size() * lineHeight;
        // the axis: a tick and a year every one, two or five years, whatever leaves room for the label
        int step = perYear >= fontSize * 3 ? 1 : perYear * 2 >= fontSize * 3 ? 2 : 5;
        g.setTextAlign(TextAlignment.CENTER);
        g.setLineWidth(1);
        for (int year = first; year <= last; year++) {
            double x = left + (year - first) * perYear;
            g.setStroke(Color.gray(0.5, 0.25));
            g.strokeLine(x, top - 4, x, bottom);
            if (year % step == 0) {
                g.setFill(text);
                g.fillText(String.valueOf(year), x + perYear / 2 <= right ? x + perYear / 2 : x, top - fontSize * 0.9);
            }
        }
        double dayX = left + (bars.dayYear() - first + bars.dayOfYear()) * perYear;
        for (int i = 0; i < shown.size(); i++) {
            TermBars.Bar bar = shown.get(i);
            double y = top + i * lineHeight;
            double middle = y + lineHeight / 2;
            if (chosen != null && chosen == bar.document()) {
                g.setFill(Color.web("#3b6fc4", 0.18));
                g.fillRect(0, y, width, lineHeight);
            }
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            if (bar.isHeading()) {
                g.setFont(bold);
                g.fillText(clip(bar.label(), bold), 4, middle);
                g.setFont(font);
                continue;
            }
            g.fillText(clip("  " + bar.label(), font), 4, middle);
            Color colour = colour(bar.tone());
            if ((bar.from() != null || bar.to() != null) && (bar.to() == null || bar.to() >= first)) {
                // a term stated only by its end ("до 2020 года") starts at its signing, where known
                Integer from = bar.from() != null ? bar.from() : bar.signed() != null ? bar.signed() : bar.to();
                double start = from < first ? left : left + (from - first) * perYear;
                double end = bar.to() == null ? right : left + (bar.to() - first + 1) * perYear;
                double barHeight = lineHeight * 0.56;
                if (bar.tone() == TermBars.Tone.ANNOUNCED) {
                    g.setStroke(colour);
                    g.setLineWidth(2);
                    g.strokeRect(start + 1, middle - barHeight / 2, Math.max(2, end - start - 2), barHeight);
                } else {
                    g.setFill(colour);
                    g.fillRect(start + 1, middle - barHeight / 2, Math.max(2, end - start - 2), barHeight);
                }
            }
            if (bar.signed() != null && bar.signed() < first) {
                // signed before the axis begins: an arrow at its left edge and the year
                double r = lineHeight * 0.3;
                g.setFill(SIGNING);
                g.fillPolygon(new double[] {left + 1, left + 1 + r, left + 1 + r},
                        new double[] {middle, middle - r, middle + r}, 3);
                g.setFill(text);
                g.fillText(String.valueOf(bar.signed()), left + 3 + r, middle);
            } else if (bar.signed() != null) {
                double x = left + (bar.signed() - first + 0.5) * perYear;
                double r = lineHeight * 0.3;
                g.setFill(bar.tone() == TermBars.Tone.ANNOUNCED ? ANNOUNCED : SIGNING);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {middle - r, middle, middle + r, middle};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
        }
        g.setStroke(DAY);
        g.setLineWidth(2);
        g.strokeLine(dayX, top - 6, dayX, bottom);
        if (shown.size() < bars.bars().size()) {
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(java.text.MessageFormat.format(moreWords, bars.bars().size() - shown.size()), 4,
                    bottom + lineHeight / 2);
        }
    }

    static Color colour(TermBars.Tone tone) {
        return switch (tone) {
            case EXPIRES_SOON -> EXPIRES_SOON;
            case IN_FORCE -> IN_FORCE;
            case PAST -> PAST;
            case NOT_STATED -> SIGNING;
            case ANNOUNCED -> ANNOUNCED;
        };
    }

    /** Labels as cut for the label column, by font and label: a redraw (every selection) measures nothing again. */
    private final java.util.Map<String, String> clipped = new java.util.HashMap<>();

    /** The label cut to the label column with an ellipsis, never drawn over the bars. */
    private String clip(String label, Font font) {
        return clipped.computeIfAbsent(font.getStyle() + "|" + label, key -> {
            if (TextWidth.of(label, font) <= labelWidth) {
                return label;
            }
            String cut = label;
            while (cut.length() > 1) {
                cut = cut.substring(0, cut.length() - 1);
                if (TextWidth.of(cut + "…", font) <= labelWidth) {
                    return cut + "…";
                }
            }
            return cut;
        });
    }
}
