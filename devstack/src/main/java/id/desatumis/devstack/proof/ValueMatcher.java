package id.desatumis.devstack.proof;

import java.util.List;

/** Looks for every form of the values in one piece of text (a row, a record, a log line) and reports each hit. */
final class ValueMatcher {

    private static final int EXCERPT = 40;

    private final List<ValueForm> forms;

    ValueMatcher(List<ValueForm> forms) {
        this.forms = forms;
    }

    void match(String source, String place, String text, SweepReport report) {
        String folded = null; // normalised only when a case-insensitive form needs it: most text is long JSON
        for (ValueForm f : forms) {
            String haystack = text;
            if (f.ignoreCase()) {
                if (folded == null) folded = ValueForm.normalise(text);
                haystack = folded;
            }
            int at = haystack.indexOf(f.ignoreCase() ? f.text().toLowerCase(java.util.Locale.ROOT) : f.text());
            if (at >= 0) {
                report.found(new Finding(source, place, f.label(), f.form(), excerpt(haystack, at, f.text().length())));
            }
        }
    }

    private static String excerpt(String s, int at, int length) {
        return s.substring(Math.max(0, at - EXCERPT), Math.min(s.length(), at + length + EXCERPT));
    }
}
