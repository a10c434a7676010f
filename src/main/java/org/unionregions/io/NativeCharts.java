package org.unionregions.io;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * Writes a {@link DeckChart} as a native PowerPoint bar chart (POI's XDDF API): its values in the
 * chart's own workbook, so "Edit data" in PowerPoint or LibreOffice shows the figures, series
 * coloured as on screen (expected in a tint with a thick dashed outline, strong enough for a projector) and every
 * bar's value printed on it.
 */
final class NativeCharts {

    /** The app's chart colours (AtlantaFX's chart-1 and chart-2): the same bars as on screen. */
    private static final byte[] REPORTED = {(byte) 0xf0, (byte) 0x5a, (byte) 0x28};
    private static final byte[] SECOND = {(byte) 0x1f, (byte) 0x77, (byte) 0xb4};
    /** The reported colour at about 45 %: no pattern fill, which POI's lean schema jar cannot write. */
    private static final byte[] EXPECTED_TINT = {(byte) 0xf9, (byte) 0xb5, (byte) 0x9c};

    private NativeCharts() {
    }

    /** {@code anchor}: where on the slide, in points. */
    static XSLFChart add(XMLSlideShow show, XSLFSlide slide, DeckChart data, Rectangle2D anchor,
                         java.util.Locale language) {
        XSLFChart chart = show.createChart();
        double emu = org.apache.poi.util.Units.EMU_PER_POINT; // a chart's frame is placed in EMU, not points
        slide.addChart(chart, new Rectangle2D.Double(anchor.getX() * emu, anchor.getY() * emu,
                anchor.getWidth() * emu, anchor.getHeight() * emu));
        chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
        chart.setAutoTitleDeleted(true); // the slide's own title says it, larger

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.getOrAddTextProperties().setFontSize(12.0);
        categories.getOrAddTextProperties().setLanguage(language);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(data.valueAxisTitle());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(data.numberFormat());
        values.setMinimum(0); // bars start at zero: an axis from 0.8 bn made 1.0 look twice 0.9
        values.getOrAddTextProperties().setFontSize(12.0);
        values.getOrAddTextProperties().setLanguage(language);

        int points = data.categories().size();
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(
                data.categories().toArray(String[]::new), chart.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        List<DeckChart.Series> series = data.series();
        for (int i = 0; i < series.size(); i++) {
            DeckChart.Series one = series.get(i);
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(
                    one.values().toArray(Double[]::new),
                    chart.formatRange(new CellRangeAddress(1, points, i + 1, i + 1)), i + 1);
            XDDFChartData.Series added = bars.addSeries(categoryData, numbers);
            added.setTitle(one.name(), chart.setSheetTitle(one.name(), i + 1));
            added.setShapeProperties(look(one.look()));
        }
        chart.plot(bars);
        CTBarSer[] written = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
        for (CTBarSer each : written) {
            CTDLbls labels = each.addNewDLbls();
            labels.addNewNumFmt().setFormatCode(data.numberFormat());
            labels.getNumFmt().setSourceLinked(false);
            textSize(labels.addNewTxPr(), 12, language);
            valueLabels(labels);
        }
        // an edition without a figure is a gap, never a zero bar labelled "0"
        var chartPart = chart.getCTChart();
        (chartPart.isSetDispBlanksAs() ? chartPart.getDispBlanksAs() : chartPart.addNewDispBlanksAs())
                .setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        textSize(chart.getCTChart().getLegend().addNewTxPr(), 14, language);
        return chart;
    }

    private static XDDFShapeProperties look(DeckChart.Look look) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties outline = new XDDFLineProperties();
        switch (look) {
            case REPORTED -> {
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(REPORTED)));
                outline.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(REPORTED)));
            }
            case SECOND -> {
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SECOND)));
                outline.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SECOND)));
            }
            case EXPECTED -> { // a mid tint, outlined thick and dashed: told apart on a projector, in grey print
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(EXPECTED_TINT)));
                outline.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(REPORTED)));
                outline.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
                outline.setWidth(3.0);
                shape.setLineProperties(outline);
                return shape;
            }
        }
        outline.setWidth(2.0);
        shape.setLineProperties(outline);
        return shape;
    }

    /** A chart part's text size, and its language, so a spelling checker reads Russian as Russian. */
    private static void textSize(org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody text, int points,
                                 java.util.Locale language) {
        text.addNewBodyPr();
        text.addNewLstStyle();
        var run = text.addNewP().addNewPPr().addNewDefRPr();
        run.setSz(points * 100);
        run.setLang(language.toLanguageTag());
    }

    /** Each bar's value above it (the number format is set by the caller, before these, as the schema orders). */
    private static void valueLabels(CTDLbls labels) {
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
