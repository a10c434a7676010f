package org.unionregions.io;

import java.util.List;
import org.unionregions.model.RegionMap;

/**
 * A short document for a meeting, worded already (in the language of the reader): a title, then
 * sections of text, tables and a bar chart. {@link BriefWriter} lays it out on A4 pages.
 *
 * @param language the BCP 47 tag of the text (ru-RU, be-BY, en-GB), for the PDF's language entry
 * @param footer   the line under every page, before its number ("Union Regions · sources named")
 */
public record Brief(String title, String subtitle, String language, String footer, List<Section> sections) {

    /** One part of the brief. */
    public sealed interface Section permits Heading, Paragraph, Table, Chart, MapFigure, SourceList {
    }

    public record Heading(String text) implements Section {
    }

    /** Text; {@code note} prints it smaller and grey (a source line). */
    public record Paragraph(String text, boolean note) implements Section {
    }

    /** Rows of text under headers; {@code widths} are the columns' shares of the page width. */
    public record Table(List<String> headers, List<List<String>> rows, List<Double> widths) implements Section {
    }

    /** Bars of two series side by side per category (reported and announced documents, say). */
    public record Chart(String title, List<String> categories, List<Double> first, List<Double> second,
                        String firstName, String secondName) implements Section {
    }

    /** A map of the regions (drawn as vectors), under its title. */
    public record MapFigure(String title, RegionMap map) implements Section {
    }

    /**
     * The sources a brief cites, each its id and publisher: two columns of a table on a PDF page, a
     * numbered list in a Word document. {@code headers}: the id's and the publisher's headings.
     */
    public record SourceList(List<String> headers, List<List<String>> sources) implements Section {
    }
}
