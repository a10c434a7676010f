package org.unionregions.model;

/** A rule between the columns of one row; a table lists the ones it keeps (see {@link TableDef#rules()}). */
public enum RowRule {
    /** A region's code starts with its country ("BY-", "RU-"). */
    CODE_MATCHES_COUNTRY,
    /** An edition figure's unit fits its metric: agreements count, participants are people, money has a currency. */
    UNIT_FITS_METRIC,
    /** An edition ends on or after the day it starts. */
    END_NOT_BEFORE_START,
    /** A fact's value needs its unit (a currency or a percentage), and a unit needs a value: money is never mixed. */
    VALUE_HAS_UNIT,
    /** A fact without a year takes the year it was signed; a year and a date that disagree are refused. */
    YEAR_FROM_DATE,
    /** A fact's edition was held in the fact's year. */
    EDITION_IN_ITS_YEAR,
    /** A kind that names its level ("district agreement") gives the fact that level when none is given. */
    LEVEL_FROM_KIND
}
