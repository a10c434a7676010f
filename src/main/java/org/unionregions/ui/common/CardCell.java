package org.unionregions.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list cell showing a small card of wrapped lines (a fact: when and what, the source's words, who
 * published it). A labelled cell measures its graphic without a width, so wrapped lines were counted
 * as one and the card's first line was cut off above the cell; this one measures the card at the
 * list's width, and wraps to that width instead of scrolling sideways.
 */
public abstract class CardCell<T> extends ListCell<T> {

    protected final VBox card = new VBox(2);

    protected CardCell() {
        card.getStyleClass().add("fact-card");
        setPrefWidth(0);
        setAlignment(Pos.TOP_LEFT);
    }

    /** A wrapping line of the card, with a style class. */
    protected final Label line(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(label);
        return label;
    }

    /**
     * Marks the card as a document's statement: a further source's statement of the document on the card
     * before is set in and says so ({@code sameAs}); a document's first statement carries what its
     * sources state differently ({@code disagreement}, in the warning line).
     */
    protected final void showStatement(boolean furtherStatement, String sameAs, String disagreement, Label sameAsLine,
                                       Label disagreementLine) {
        card.pseudoClassStateChanged(FURTHER, furtherStatement);
        showIfAny(sameAsLine, furtherStatement ? sameAs : "");
        showIfAny(disagreementLine, disagreement);
    }

    private static final javafx.css.PseudoClass FURTHER = javafx.css.PseudoClass.getPseudoClass("further-statement");

    /** Shows or hides (and frees the room of) a line that is empty for this item. */
    protected static void showIfAny(Label line, String text) {
        line.setText(text);
        line.setVisible(!text.isEmpty());
        line.setManaged(!text.isEmpty());
    }

    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        if (graphic == null || getText() != null && !getText().isEmpty()) {
            return super.computePrefHeight(width);
        }
        double inside = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + graphic.prefHeight(inside > 0 ? inside : -1) + snappedBottomInset();
    }
}
