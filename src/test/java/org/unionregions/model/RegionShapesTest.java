package org.unionregions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The boundaries the build ships: one shape per region of the app's list, in the right places. */
class RegionShapesTest {

    private final RegionShapes shapes = RegionShapes.get();

    @Test
    void everyRegionOfTheListHasAShapeAndNoOtherIsDrawn() throws IOException {
        Set<String> listed = Files.readAllLines(Path.of("assets", "data", "regions.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split(",")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(90, listed.size());
        assertEquals(listed, new TreeSet<>(shapes.shapes().keySet()));
        assertTrue(shapes.attribution().contains("Natural Earth"), shapes.attribution());
    }

    @Test
    void citiesLieInsideTheirOblastsAndMoscowIsNotSwappedWithItsOblast() {
        assertInside("BY-HM", "BY-MI");
        assertInside("RU-MOW", "RU-MOS");
        assertInside("RU-SPE", "RU-LEN");
        RegionShapes.Shape city = shapes.shape("RU-MOW");
        RegionShapes.Shape oblast = shapes.shape("RU-MOS");
        assertTrue(area(city) * 10 < area(oblast), "the city is the small one (the data swaps their codes)");
    }

    @Test
    void kaliningradLiesApartFromTheRestOfRussiaAndWestOfBelarus() {
        RegionShapes.Shape kaliningrad = shapes.shape("RU-KGD");
        for (RegionShapes.Shape other : shapes.shapes().values()) {
            if (other.code().startsWith("RU-") && !other.code().equals("RU-KGD")) {
                assertFalse(overlap(kaliningrad, other), "Kaliningrad's box meets " + other.code());
            }
        }
        assertTrue(kaliningrad.maxX() < shapes.shape("BY-VI").minX());
        assertTrue(shapes.shape("BY-BR").labelY() < shapes.shape("BY-VI").labelY(), "north is up: Brest below Vitebsk");
    }

    @Test
    void everyRegionsLabelPointLiesInsideItsShape() {
        for (RegionShapes.Shape shape : shapes.shapes().values()) {
            assertTrue(inside(shape, shape.labelX(), shape.labelY()), "a line to " + shape.code() + " ends outside it");
        }
    }

    @Test
    void anOblastIsLabelledOutsideTheCityInsideIt() {
        RegionShapes.Shape city = shapes.shape("BY-HM");
        RegionShapes.Shape oblast = shapes.shape("BY-MI");
        assertTrue(Math.hypot(oblast.labelX() - city.labelX(), oblast.labelY() - city.labelY()) > 40,
                "Minsk Oblast's name would sit on the city's");
        RegionShapes.Shape moscow = shapes.shape("RU-MOW");
        RegionShapes.Shape moscowOblast = shapes.shape("RU-MOS");
        assertTrue(Math.hypot(moscowOblast.labelX() - moscow.labelX(), moscowOblast.labelY() - moscow.labelY()) > 20);
        assertTrue(inside(oblast, oblast.labelX(), oblast.labelY()));
    }

    private void assertInside(String small, String large) {
        RegionShapes.Shape inner = shapes.shape(small);
        RegionShapes.Shape outer = shapes.shape(large);
        assertTrue(inner.minX() >= outer.minX() && inner.maxX() <= outer.maxX() && inner.minY() >= outer.minY()
                && inner.maxY() <= outer.maxY(), small + " outside " + large);
    }

    private static boolean overlap(RegionShapes.Shape a, RegionShapes.Shape b) {
        return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
    }

    private static double area(RegionShapes.Shape shape) {
        return (shape.maxX() - shape.minX()) * (shape.maxY() - shape.minY());
    }

    /** Even-odd: inside when a ray from the point crosses the rings an odd number of times. */
    private static boolean inside(RegionShapes.Shape shape, double x, double y) {
        boolean in = false;
        for (double[] ring : shape.rings()) {
            for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
                if ((ring[i + 1] > y) != (ring[j + 1] > y)
                        && x < (ring[j] - ring[i]) * (y - ring[i + 1]) / (ring[j + 1] - ring[i + 1]) + ring[i]) {
                    in = !in;
                }
            }
        }
        return in;
    }
}
