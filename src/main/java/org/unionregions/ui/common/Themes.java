package org.unionregions.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark AtlantaFX themes, switched at run time as user-agent stylesheets. */
public final class Themes {

    public static final String APP_STYLESHEET = "/org/unionregions/ui/app.css";

    private Themes() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static String appStylesheet() {
        return Themes.class.getResource(APP_STYLESHEET).toExternalForm();
    }
}
