package org.unionregions.ui.common;

/** Maps a cell value onto [0, 1] between the smallest and largest value shown, linearly or logarithmically. */
public enum ColourScale {
    LINEAR,
    LOGARITHMIC;

    public double position(double value, double min, double max) {
        if (max <= min) {
            return 1;
        }
        if (this == LOGARITHMIC && min > 0) {
            return (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
        }
        return (value - min) / (max - min);
    }

    /** The value at position t: for the legend's middle label. */
    public double valueAt(double t, double min, double max) {
        if (this == LOGARITHMIC && min > 0) {
            return Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min)));
        }
        return min + t * (max - min);
    }
}
