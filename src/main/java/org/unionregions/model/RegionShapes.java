package org.unionregions.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions' boundaries as the app draws them: Natural Earth's admin-1 shapes (public domain), already
 * projected (Albers equal-area conic, kilometres, y up) and simplified by src/tools/map/make-map.sh.
 * Read once, off the FX thread, the first time a map is needed; no JavaFX here.
 */
public final class RegionShapes {

    /** One region: its rings (x0, y0, x1, y1, …; holes are rings too), its box and a point to label it at. */
    public record Shape(String code, List<double[]> rings, double minX, double minY, double maxX, double maxY,
                        double labelX, double labelY) {

        /**
         * The box of its largest ring, {minX, minY, maxX, maxY}: the mainland without its islands
         * (Arkhangelsk Oblast's reach Franz Josef Land, 1,000 km north), for fitting a view.
         */
        public double[] mainBox() {
            double[] largest = rings.get(0);
            for (double[] ring : rings) {
                if (Math.abs(area(ring)) > Math.abs(area(largest))) {
                    largest = ring;
                }
            }
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < largest.length; i += 2) {
                box[0] = Math.min(box[0], largest[i]);
                box[1] = Math.min(box[1], largest[i + 1]);
                box[2] = Math.max(box[2], largest[i]);
                box[3] = Math.max(box[3], largest[i + 1]);
            }
            return box;
        }
    }

    static final String RESOURCE = "/org/unionregions/map/regions.txt";
    private static volatile RegionShapes loaded;

    private final Map<String, Shape> shapes;
    private final String attribution;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private RegionShapes(Map<String, Shape> shapes, String attribution) {
        this.shapes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shapes)); // in the file's order
        this.attribution = attribution;
        this.minX = shapes.values().stream().mapToDouble(Shape::minX).min().orElse(0);
        this.minY = shapes.values().stream().mapToDouble(Shape::minY).min().orElse(0);
        this.maxX = shapes.values().stream().mapToDouble(Shape::maxX).max().orElse(1);
        this.maxY = shapes.values().stream().mapToDouble(Shape::maxY).max().orElse(1);
    }

    /** The shapes, read once per process (about 160 KB, a few milliseconds). */
    public static RegionShapes get() {
        RegionShapes shapes = loaded;
        if (shapes == null) {
            synchronized (RegionShapes.class) {
                if (loaded == null) {
                    loaded = read();
                }
                shapes = loaded;
            }
        }
        return shapes;
    }

    private static RegionShapes read() {
        try (InputStream in = RegionShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the map's boundaries are missing from the build: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<double[]>> rings = new LinkedHashMap<>();
            StringBuilder attribution = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    attribution.append(attribution.isEmpty() ? "" : "\n").append(line.substring(1).strip());
                    continue;
                }
                String[] parts = line.split(" ");
                double[] ring = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    ring[i - 1] = Double.parseDouble(parts[i]);
                }
                rings.computeIfAbsent(parts[0], code -> new ArrayList<>()).add(ring);
            }
            Map<String, Shape> shapes = new LinkedHashMap<>();
            rings.forEach((code, list) -> shapes.put(code, shape(code, list, List.of())));
            // an oblast around a city (Minsk, Moscow, St Petersburg) is labelled clear of the city, whose
            // own name goes on it
            for (Shape outer : List.copyOf(shapes.values())) {
                List<double[]> cities = shapes.values().stream().filter(inner -> inner != outer
                        && inner.minX() > outer.minX() && inner.maxX() < outer.maxX()
                        && inner.minY() > outer.minY() && inner.maxY() < outer.maxY()
                        && (inner.maxX() - inner.minX()) * 4 < outer.maxX() - outer.minX())
                        .map(inner -> new double[] {inner.minX(), inner.minY(), inner.maxX(), inner.maxY()}).toList();
                if (!cities.isEmpty()) {
                    shapes.put(outer.code(), shape(outer.code(), outer.rings(), cities));
                }
            }
            return new RegionShapes(shapes, attribution.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the map's boundaries: " + e.getMessage(), e);
        }
    }

    /** The box of all rings; the label at the middle of the largest ring's box (inside for the shapes here). */
    private static Shape shape(String code, List<double[]> rings, List<double[]> avoided) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[] largest = rings.get(0);
        double largestArea = 0;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
            double area = Math.abs(area(ring));
            if (area > largestArea) {
                largestArea = area;
                largest = ring;
            }
        }
        double[] centre = insidePoint(rings, centroid(largest), maxY - minY,
                avoided, 0.15 * Math.max(maxX - minX, maxY - minY));
        return new Shape(code, List.copyOf(rings), minX, minY, maxX, maxY, centre[0], centre[1]);
    }

    private static double area(double[] ring) {
        double sum = 0;
        for (int i = 0; i < ring.length; i += 2) {
            int next = (i + 2) % ring.length;
            sum += ring[i] * ring[next + 1] - ring[next] * ring[i + 1];
        }
        return sum / 2;
    }

    /**
     * {@code centre} if it lies inside the shape (even-odd over all its rings) and {@code clearance} away
     * from every box in {@code avoided}, else the middle of the widest stretch of the shape along a few
     * lines across it that is as far from them: a crescent such as Khabarovsk Krai has its centroid
     * outside, and Minsk Oblast's lies by the city of Minsk, whose own name goes there. The lines are a
     * sixth and a third of the shape's height above and below the centre, and through it.
     */
    private static double[] insidePoint(List<double[]> rings, double[] centre, double height, List<double[]> avoided,
                                        double clearance) {
        if (stretches(rings, centre[1]).stream().anyMatch(s -> centre[0] >= s[0] && centre[0] <= s[1])
                && clear(centre[0], centre[1], avoided, clearance)) {
            return centre;
        }
        double[] best = null;
        double widest = -1;
        for (double offset : new double[] {0, -1 / 6.0, 1 / 6.0, -1 / 3.0, 1 / 3.0}) {
            double y = centre[1] + offset * height;
            for (double[] stretch : stretches(rings, y)) {
                double middle = (stretch[0] + stretch[1]) / 2;
                if (stretch[1] - stretch[0] > widest && clear(middle, y, avoided, clearance)) {
                    widest = stretch[1] - stretch[0];
                    best = new double[] {middle, y};
                }
            }
        }
        return best != null ? best : centre;
    }

    /** True if {@code (x, y)} is at least {@code clearance} from each box ({minX, minY, maxX, maxY}). */
    private static boolean clear(double x, double y, List<double[]> boxes, double clearance) {
        for (double[] box : boxes) {
            double dx = Math.max(0, Math.max(box[0] - x, x - box[2]));
            double dy = Math.max(0, Math.max(box[1] - y, y - box[3]));
            if (Math.hypot(dx, dy) < clearance) {
                return false;
            }
        }
        return true;
    }

    /** Where the line at {@code y} runs inside the shape: pairs of x, from and to. */
    private static List<double[]> stretches(List<double[]> rings, double y) {
        List<Double> crossings = new ArrayList<>();
        for (double[] ring : rings) {
            for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
                if ((ring[i + 1] > y) != (ring[j + 1] > y)) {
                    crossings.add((ring[j] - ring[i]) * (y - ring[i + 1]) / (ring[j + 1] - ring[i + 1]) + ring[i]);
                }
            }
        }
        crossings.sort(Double::compare);
        List<double[]> stretches = new ArrayList<>();
        for (int k = 0; k + 1 < crossings.size(); k += 2) {
            stretches.add(new double[] {crossings.get(k), crossings.get(k + 1)});
        }
        return stretches;
    }

    /** The centroid of a ring (the point a line to a partner starts from, a label sits at). */
    private static double[] centroid(double[] ring) {
        double area = area(ring);
        if (Math.abs(area) < 1e-9) {
            return new double[] {ring[0], ring[1]};
        }
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.length; i += 2) {
            int next = (i + 2) % ring.length;
            double cross = ring[i] * ring[next + 1] - ring[next] * ring[i + 1];
            x += (ring[i] + ring[next]) * cross;
            y += (ring[i + 1] + ring[next + 1]) * cross;
        }
        return new double[] {x / (6 * area), y / (6 * area)};
    }

    public Map<String, Shape> shapes() {
        return shapes;
    }

    public Shape shape(String code) {
        return shapes.get(code);
    }

    /** Where the boundaries come from and how they were made, for About and the map's corner. */
    public String attribution() {
        return attribution;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }
}
