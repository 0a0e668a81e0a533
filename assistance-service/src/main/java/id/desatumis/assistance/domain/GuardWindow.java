package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * How long one kind of assistance keeps another of the same kind away from the same household (or member): a period
 * either side of the earlier one's date (a house repaired is not repaired again within 5 years), or the same calendar
 * month (food assistance is monthly).
 */
public final class GuardWindow {

    private static final String SAME_MONTH = "same-month";

    private final Period period;

    private GuardWindow(Period period) {
        this.period = period;
    }

    /** {@code same-month}, or an ISO-8601 period such as {@code P5Y}. */
    public static GuardWindow parse(String text) {
        if (SAME_MONTH.equalsIgnoreCase(text.trim())) return new GuardWindow(null);
        try {
            Period p = Period.parse(text.trim());
            if (p.isNegative() || p.isZero()) throw new IllegalArgumentException("a guard window must be positive: " + text);
            return new GuardWindow(p);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a guard window is same-month or an ISO-8601 period like P5Y: " + text, e);
        }
    }

    /** Whether assistance on {@code earlier} and on {@code later} fall within the window of each other. */
    public boolean overlaps(LocalDate one, LocalDate other) {
        if (period == null) return YearMonth.from(one).equals(YearMonth.from(other));
        LocalDate first = one.isBefore(other) ? one : other;
        LocalDate second = one.isBefore(other) ? other : one;
        return second.isBefore(first.plus(period));
    }

    @Override
    public String toString() {
        return period == null ? SAME_MONTH : period.toString();
    }
}
