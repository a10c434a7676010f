package org.unionregions.ui.shell;

/** The screens of the main window, in the order of the navigation bar. */
public enum Screen {
    OVERVIEW,
    EDITIONS,
    MATRIX,
    PROFILE,
    DATA
}
