package org.unionregions.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Adds the parts of a screen one frame after another. The first time a screen shows, JavaFX styles
 * and lays out every node in it within a single frame; a whole screen of charts or a table full of
 * cells held the FX thread longer than a window may freeze (BENCHMARKS.md). Split into parts, each
 * frame does a share and the window keeps drawing (and answering clicks) in between.
 *
 * <p>A window runs one part a frame, whoever asked: when several fillings wait (the Data screen's
 * parts, its form's fields, its table growing), they take turns, so two parts never share a frame.
 *
 * <p>Only a screen going into a showing window is split. In a scene that is not shown (a picture
 * rendered for a slide, the warm-up's throwaway copies, a window still being set up) no frame is
 * coming, so the parts are added at once.
 */
public final class FrameByFrame {

    /** The node property holding the parts still waiting from {@link #replaceParts}. */
    private static final String PENDING = "frame-by-frame.pending";

    /** The fillings with parts waiting, per showing window's scene (FX thread only). */
    private static final Map<Scene, Turns> WAITING = new IdentityHashMap<>();

    private FrameByFrame() {
    }

    /**
     * Runs {@code parts} in order once {@code screen} is in a scene: the first after the frame that
     * shows the screen without them, each further one after a frame that showed the one before (and
     * any other filling's part whose turn came first). Returns the parts still to run.
     */
    public static Deque<Runnable> addParts(Node screen, Runnable... parts) {
        Deque<Runnable> left = new ArrayDeque<>(List.of(parts));
        if (screen.getScene() != null) {
            start(screen.getScene(), left);
            return left;
        }
        screen.sceneProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                Scene scene = screen.getScene();
                if (scene != null) {
                    screen.sceneProperty().removeListener(this);
                    start(scene, left);
                }
            }
        });
        return left;
    }

    /**
     * Like {@link #addParts}, for content that is filled again when its data changes (the form's
     * fields, the chart column): parts still waiting from an earlier filling of {@code owner} are
     * dropped, so they never add the old content after the new.
     */
    public static void replaceParts(Node owner, Runnable... parts) {
        if (owner.getProperties().get(PENDING) instanceof Deque<?> earlier) {
            earlier.clear();
        }
        owner.getProperties().put(PENDING, addParts(owner, parts));
    }

    /**
     * An empty region as wide as a part still to come, in its place: the rest of the screen is laid
     * out once, at its final width. (A details pane arriving beside a table made the table lay out all
     * its cells again at the narrower width.)
     */
    public static Region roomFor(double minWidth, double prefWidth) {
        Region room = new Region();
        room.setMinWidth(minWidth);
        room.setPrefWidth(prefWidth);
        return room;
    }

    /**
     * True once no part waits for a frame of a window that is showing: the screens on display are
     * complete (for tests and benchmarks; FX thread).
     */
    public static boolean allAdded() {
        WAITING.values().removeIf(turns -> turns.isEmpty() || !isShowing(turns.scene));
        return WAITING.isEmpty();
    }

    private static void start(Scene scene, Deque<Runnable> parts) {
        if (!isShowing(scene) || !Platform.isFxApplicationThread()) {
            while (!parts.isEmpty()) {
                parts.poll().run();
            }
            return;
        }
        WAITING.computeIfAbsent(scene, Turns::new).add(parts);
    }

    private static boolean isShowing(Scene scene) {
        return scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /** A window's waiting fillings: after each frame, the next part of the filling whose turn it is. */
    private static final class Turns {
        private final Scene scene;
        private final Deque<Deque<Runnable>> fillings = new ArrayDeque<>();
        private final Runnable afterFrame = this::afterFrame;
        private boolean waitingForFrame;

        Turns(Scene scene) {
            this.scene = scene;
        }

        void add(Deque<Runnable> parts) {
            fillings.add(parts);
            waitForFrame();
        }

        boolean isEmpty() {
            fillings.removeIf(Deque::isEmpty); // a later filling emptied them (replaceParts)
            return fillings.isEmpty();
        }

        private void waitForFrame() {
            if (!waitingForFrame && !isEmpty()) {
                waitingForFrame = true;
                scene.addPostLayoutPulseListener(afterFrame);
                Platform.requestNextPulse(); // a part that changed nothing on screen would otherwise wait forever
            }
        }

        private void afterFrame() {
            scene.removePostLayoutPulseListener(afterFrame);
            // after this frame is drawn, not inside its layout pass: the part is styled in the next one
            Platform.runLater(() -> {
                waitingForFrame = false;
                Deque<Runnable> turn = fillings.poll();
                while (turn != null && turn.isEmpty()) {
                    turn = fillings.poll();
                }
                if (turn != null) {
                    Runnable part = turn.poll();
                    if (!turn.isEmpty()) {
                        fillings.add(turn); // its next part after the others' waiting parts
                    }
                    part.run();
                }
                waitForFrame();
            });
        }
    }
}
