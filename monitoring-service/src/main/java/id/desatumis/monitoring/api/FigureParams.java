package id.desatumis.monitoring.api;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.monitoring.domain.TuntasStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The parameters of a read, checked together: every broken one is named in one problem ({@link #check()}), never
 * with the value sent. An absent optional parameter reads as null (page and size as their defaults).
 */
final class FigureParams {

    private static final Pattern AREA = Pattern.compile("\\d{2}\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?");
    private static final Pattern DESA = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final List<RuleBroken> broken = new ArrayList<>();

    /** An area code's form (whether Sragen has it is the resource's 404). */
    String area(String field, String value) {
        return matching(field, value, AREA, ReadProblems.AREA_CODE, "is a Kemendagri code: 33.14, 33.14.07 or 33.14.07.2003");
    }

    String desa(String field, String value) {
        return matching(field, value, DESA, ReadProblems.DESA_CODE, "is a desa's Kemendagri code, such as 33.14.07.2003");
    }

    OffsetDateTime asOf(String value) {
        if (absent(value)) return null;
        try {
            return Instant.parse(value.strip()).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return broke("asOf", ReadProblems.AS_OF, "asOf is an ISO-8601 instant, such as 2023-01-01T00:00:00Z");
        }
    }

    /** An intake year, optional (a query's cohort) or required (a path's year). */
    Integer year(String field, String value, boolean required) {
        if (absent(value) && !required) return null;
        Integer year = number(value, FIRST_YEAR, LAST_YEAR);
        return year != null ? year : broke(field, ReadProblems.COHORT, field + " is a year from " + FIRST_YEAR + " to " + LAST_YEAR);
    }

    TuntasStatus tuntas(String value) {
        if (absent(value)) return null;
        for (TuntasStatus s : TuntasStatus.values()) {
            if (s.name().equals(value.strip())) return s;
        }
        return broke("tuntas", ReadProblems.TUNTAS, "tuntas is one of OPEN, READY or DECLARED");
    }

    int page(String value) {
        if (absent(value)) return 0;
        Integer page = number(value, 0, ReadProblems.MAX_PAGE);
        if (page != null) return page;
        broke("page", ReadProblems.PAGE, "page is a whole number from 0 to " + ReadProblems.MAX_PAGE);
        return 0;
    }

    int size(String value) {
        if (absent(value)) return ReadProblems.DEFAULT_SIZE;
        Integer size = number(value, 1, ReadProblems.MAX_SIZE);
        if (size != null) return size;
        broke("size", ReadProblems.SIZE, "size is a whole number from 1 to " + ReadProblems.MAX_SIZE);
        return ReadProblems.DEFAULT_SIZE;
    }

    UUID household(String field, String value) {
        try {
            if (!absent(value)) return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAUuid) {
            // named below
        }
        return broke(field, ReadProblems.HOUSEHOLD_ID, field + " is a household's id (a uuid)");
    }

    /** Throws one problem naming every parameter that broke a rule. */
    void check() {
        if (broken.size() == 1) throw broken.get(0);
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }

    private String matching(String field, String value, Pattern pattern, String rule, String what) {
        if (value != null && pattern.matcher(value).matches()) return value;
        return broke(field, rule, field + " " + what);
    }

    private static Integer number(String value, int min, int max) {
        if (absent(value)) return null;
        try {
            int n = Integer.parseInt(value.strip());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    private <T> T broke(String field, String rule, String message) {
        broken.add(new RuleBroken(field, rule, message));
        return null;
    }
}
