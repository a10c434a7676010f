package org.unionregions.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.unionregions.ui.common.FigureFormat;

/**
 * A slide at a time, for a projector: large type, title, subtitle, source line. Right, Page Down
 * and Space step forward; Left and Page Up back; Home and End; Esc leaves.
 */
public final class PresentationView extends BorderPane {

    private final PresentationViewModel viewModel;
    private final FigureFormat format;
    private final SlideArt art;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label source = new Label();
    private final Label position = new Label();
    private final VBox header;
    private final HBox footer;

    private final javafx.beans.value.ChangeListener<Slide> onSlide = (obs, old, slide) -> show(slide);
    private final javafx.beans.value.ChangeListener<Boolean> onBlank = (obs, old, blank) -> blank(blank);

    /**
     * {@code art}: draws the contents the screens' slides show (the chart art is always there).
     */
    public PresentationView(PresentationViewModel viewModel, FigureFormat format, SlideArt art) {
        this.viewModel = viewModel;
        this.format = format;
        this.art = SlideArt.firstOf(java.util.List.of(new ChartArt(), art));
        getStyleClass().add("projector");
        setId("presentation");
        title.setId("slide-title");
        title.getStyleClass().add("slide-title");
        title.setWrapText(true);
        subtitle.setId("slide-subtitle");
        subtitle.getStyleClass().add("slide-subtitle");
        subtitle.setWrapText(true); // "the 20 of 48 Russian regions…" is long in Russian
        source.setId("slide-source");
        source.getStyleClass().add("slide-source");
        source.setWrapText(true);
        position.setId("slide-position");
        position.getStyleClass().add("slide-source");
        position.textProperty().bind(viewModel.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        header = new VBox(8, title, subtitle);
        header.setPadding(new Insets(32, 48, 8, 48));
        setTop(header);
        footer = new HBox(24, source, position);
        HBox.setHgrow(source, Priority.ALWAYS);
        source.setMaxWidth(Double.MAX_VALUE);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(8, 48, 24, 48));
        setBottom(footer);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (viewModel.blankProperty().get() && event.getCode() != KeyCode.B) {
                viewModel.toggleBlank(); // any key brings the slide back, as in PowerPoint
                event.consume();
                return;
            }
            switch (event.getCode()) {
                case RIGHT, PAGE_DOWN, SPACE, DOWN -> viewModel.next();
                case LEFT, PAGE_UP, UP -> viewModel.previous();
                case HOME -> viewModel.first();
                case END -> viewModel.last();
                case ESCAPE -> viewModel.exit();
                case B, PERIOD -> viewModel.toggleBlank(); // a presenter remote's "black screen" key
                default -> {
                    return;
                }
            }
            event.consume();
        });
        // a click steps forward, a right click back; on a black screen, a click brings the slide back
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (viewModel.blankProperty().get()) {
                viewModel.toggleBlank();
            } else if (event.getButton() == MouseButton.PRIMARY) {
                viewModel.next();
            } else if (event.getButton() == MouseButton.SECONDARY) {
                viewModel.previous();
            }
        });
        viewModel.blankProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onBlank));
        // weakly: the view model outlives each view (every export draws on a view of its own), and a
        // listener held by the view model kept every such view, its pictures and tooltips in memory
        viewModel.currentProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onSlide));
        show(viewModel.currentProperty().get());
    }

    /** Black: nothing of the slide shows (B, or a remote's black-screen key). */
    private void blank(boolean blank) {
        pseudoClassStateChanged(BLANK, blank);
        for (Node part : getChildren()) {
            part.setVisible(!blank);
        }
    }

    private static final javafx.css.PseudoClass BLANK = javafx.css.PseudoClass.getPseudoClass("blank");

    /** Without title and source line: the picture a deck puts between its own text. */
    public void setTextVisible(boolean visible) {
        setTop(visible ? header : null);
        setBottom(visible ? footer : null);
    }

    private void show(Slide slide) {
        if (slide == null) {
            setCenter(null);
            return;
        }
        title.setText(slide.title());
        subtitle.setText(slide.subtitle());
        source.setText(slide.source());
        SlideArt.Frame frame = new SlideArt.Frame(getWidth() > 0 ? getWidth() : SlideRenderer.WIDTH,
                getHeight() > 0 ? getHeight() : SlideRenderer.HEIGHT, title::getTextFill, format);
        Node content = art.draw(slide.content(), frame);
        if (content == null) {
            throw new IllegalStateException("no art draws a slide of " + slide.content().getClass().getSimpleName());
        }
        BorderPane.setMargin(content, new Insets(8, 48, 8, 48));
        setCenter(content);
    }
}
