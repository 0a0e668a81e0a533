package id.desatumis.monitoring.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of tkpkd's decisions about desa, each checked here once: each check adds what is broken to
 * {@code errors} (a client learns every mistake in one answer) and gives the value read, or null. Messages never
 * repeat the value sent.
 */
final class ProgrammeFields {

    /** The programme started in 2022: its first intake. */
    static final int FIRST_INTAKE = 2022;
    /** Decision numbers as partner-service records them. */
    static final int DECISION_NUMBER_MAX = 100;
    /** The form of a decision number, as the OpenAPI document gives it. */
    static final String DECISION_NUMBER_FORM = "^[A-Za-z0-9./_-]+$";
    private static final Pattern DECISION_NUMBER = Pattern.compile(DECISION_NUMBER_FORM);
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private ProgrammeFields() {
    }

    /** An intake year: from the first intake to next year (an intake may be decided a year ahead). */
    static Integer intakeYear(String value, int thisYear, List<FieldError> errors) {
        int year = value != null && YEAR.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (year < FIRST_INTAKE || year > thisYear + 1) {
            errors.add(new FieldError("year", "intake-year", "year is an intake year from " + FIRST_INTAKE + " to "
                    + (thisYear + 1)));
            return null;
        }
        return year;
    }

    /** The desa of an intake: one to every desa of Sragen, each a Sragen desa, each once. */
    static List<String> desaCodes(List<String> value, RegionCatalog regions, List<FieldError> errors) {
        int max = regions.sragenDesa().size();
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError("desaCodes", "required", "desaCodes needs at least one desa"));
            return null;
        }
        if (value.size() > max) {
            errors.add(new FieldError("desaCodes", "max-size", "desaCodes has at most " + max + " desa"));
            return null;
        }
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = errors.size();
        for (int i = 0; i < value.size(); i++) {
            String code = value.get(i);
            String field = "desaCodes[" + i + "]";
            if (!regions.isSragenDesa(code)) {
                errors.add(new FieldError(field, "desa-unknown", field + " is a desa of Kabupaten Sragen, by Kemendagri code"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field, "desa-listed-twice", field + " names a desa listed before"));
            }
            codes.add(code);
        }
        return errors.size() == before ? codes : null;
    }

    /** A forum decision's number, as partner-service records it. */
    static String decisionNumber(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("decisionNumber", "required", "decisionNumber is required"));
            return null;
        }
        if (value.length() > DECISION_NUMBER_MAX || !DECISION_NUMBER.matcher(value).matches()) {
            errors.add(new FieldError("decisionNumber", "decision-number-format",
                    "decisionNumber is 1 to " + DECISION_NUMBER_MAX + " letters, digits and . / - _"));
            return null;
        }
        return value;
    }
}
