package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.IndicatorScope;

import java.util.HashMap;
import java.util.Map;

/**
 * The collaboration indicators' filters as SQL over named parameters ({@code {area}}, {@code {cohort}},
 * {@code {from}}, {@code {to}}, {@code {today}}): one wording for every query, so every indicator reads the same scope.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    /** A desa code, or a forum's area code, lies in the area and, with a cohort, is one of its desa. */
    static String inScope(String code) {
        return "((CAST({area} AS text) IS NULL OR " + code + " = {area} OR " + code + " LIKE {area} || '.%')"
                + " AND (CAST({cohort} AS int) IS NULL OR " + code
                + " IN (SELECT desa_code FROM desa_programme WHERE intake_year = {cohort})))";
    }

    /** A day lies in the period (either end open). */
    static String inPeriod(String day) {
        return "((CAST({from} AS date) IS NULL OR " + day + " >= {from}) AND (CAST({to} AS date) IS NULL OR "
                + day + " <= {to}))";
    }

    /**
     * A decision taken for area {@code code} holds for the scope: for a desa of it (in the area, in the cohort), or
     * for the area itself, or for an area within it.
     */
    static String concerns(String code) {
        return "(CASE WHEN CAST({cohort} AS int) IS NULL THEN (CAST({area} AS text) IS NULL OR " + code + " = {area} OR "
                + code + " LIKE {area} || '.%' OR {area} LIKE " + code + " || '.%')"
                + " ELSE EXISTS (SELECT 1 FROM desa_programme dp WHERE dp.intake_year = {cohort}"
                + " AND (CAST({area} AS text) IS NULL OR dp.desa_code = {area} OR dp.desa_code LIKE {area} || '.%')"
                + " AND (dp.desa_code = " + code + " OR dp.desa_code LIKE " + code + " || '.%')) END)";
    }

    /** Every area of a pledge's scope lies in the area and, with a cohort, is one of its desa. */
    static String pledgeWithin(String codes) {
        return "((CAST({area} AS text) IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(" + codes + ") c"
                + " WHERE NOT (c = {area} OR c LIKE {area} || '.%')))"
                + " AND (CAST({cohort} AS int) IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(" + codes + ") c"
                + " WHERE c NOT IN (SELECT desa_code FROM desa_programme WHERE intake_year = {cohort}))))";
    }

    static NamedStatement statement(String sql, IndicatorScope scope) {
        Map<String, Object> named = new HashMap<>();
        named.put("area", scope.areaCode());
        named.put("cohort", scope.cohort());
        named.put("from", scope.from());
        named.put("to", scope.to());
        named.put("today", scope.today());
        return NamedStatement.of(sql, named);
    }
}
