package org.unionregions.ui.common;

/**
 * Colour-blind-safe sequential palettes (matplotlib's viridis and cividis, sampled at even steps),
 * interpolated linearly. Colours are "#rrggbb" strings so view models stay free of JavaFX nodes.
 */
public enum Palette {
    VIRIDIS(new int[] {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725}),
    CIVIDIS(new int[] {0x00224E, 0x123570, 0x3B496C, 0x575D6D, 0x707173, 0x8A8678, 0xA59C74, 0xC3B369, 0xE1CC55,
        0xFEE838});

    private final int[] stops;

    Palette(int[] stops) {
        this.stops = stops;
    }

    /** The colour at position t in [0, 1]. */
    public String colour(double t) {
        return hex(rgb(t));
    }

    /**
     * Black or white, whichever has the higher contrast with the colour at t by WCAG 2's formula (it is
     * always at least 4.58:1, above AA's 4.5:1 for text; the earlier rule of thumb put white on viridis'
     * teal at 3.3:1).
     */
    public String textColour(double t) {
        double luminance = relativeLuminance(rgb(t));
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
    }

    /** WCAG 2's relative luminance of an sRGB colour, 0 (black) to 1 (white). */
    public static double relativeLuminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    /** WCAG 2's contrast ratio of two colours ("#rrggbb"), 1 to 21. */
    public static double contrast(String first, String second) {
        double a = relativeLuminance(Integer.parseInt(first.substring(1), 16));
        double b = relativeLuminance(Integer.parseInt(second.substring(1), 16));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (stops.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, stops.length - 1);
        double f = position - low;
        int r = mix(stops[low] >> 16, stops[high] >> 16, f);
        int g = mix(stops[low] >> 8, stops[high] >> 8, f);
        int b = mix(stops[low], stops[high], f);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) + ((b & 0xFF) - (a & 0xFF)) * f);
    }

    private static String hex(int rgb) {
        return "#" + Integer.toHexString(0x1000000 | rgb & 0xFFFFFF).substring(1); // String.format is slow here
    }
}
