package org.unionregions.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.paint.Paint;
import org.unionregions.ui.common.FigureFormat;

/**
 * Draws one kind of {@link SlideContent} as the node a slide shows. Each screen that offers slides
 * brings the art for its own content; the presentation asks each art in turn.
 */
@FunctionalInterface
public interface SlideArt {

    /** Where a slide's content is drawn: the room it has, the slide's text colour, the numbers' format. */
    record Frame(double width, double height, Supplier<Paint> textFill, FigureFormat format) {
    }

    /** Draws {@code content}, or returns null when it is not of the kind this art draws. */
    Node draw(SlideContent content, Frame frame);

    /** Draws nothing: a screen that offers no slides. */
    SlideArt NONE = (content, frame) -> null;

    /** The first of {@code arts} that draws a content draws it. */
    static SlideArt firstOf(List<SlideArt> arts) {
        List<SlideArt> all = List.copyOf(arts);
        return (content, frame) -> all.stream().map(art -> art.draw(content, frame)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
