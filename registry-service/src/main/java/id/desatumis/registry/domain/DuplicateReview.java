package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.registry.domain.HouseholdEvent.DuplicateFlagResolved;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.UUID;

/**
 * Likely duplicates: found, flagged, and resolved once by Dinas Sosial, with a reason. A flag is not a refusal:
 * the enumerator's registration stands while the flag waits.
 */
public final class DuplicateReview {

    public static final String SAME_NAME_AND_BIRTH_DATE = "same-name-and-birth-date";
    public static final String NIK_TRANSPOSITION = "nik-transposition";
    public static final Set<String> OUTCOMES = Set.of("dismissed", "merged");

    private DuplicateReview() {
    }

    /**
     * The NIKs one adjacent transposition away in the serial (the last four digits), the commonest typing slip
     * that the other rules cannot catch: a slip in the kecamatan or the date would break those rules already,
     * and matching them would flag every neighbour born on a "swapped" day.
     */
    public static List<String> transpositions(String nik) {
        List<String> out = new ArrayList<>();
        for (int i = 12; i + 1 < nik.length(); i++) {
            if (nik.charAt(i) == nik.charAt(i + 1)) continue;
            char[] c = nik.toCharArray();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            out.add(new String(c));
        }
        return out;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A name as compared: lower case, accents and punctuation removed, spaces collapsed. */
    public static String normalisedName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(NOT_NAME.matcher(plain).replaceAll(" ").trim()).replaceAll(" ");
    }

    /** Dinas Sosial's resolution of one flag: {@code outcome} is one of {@link #OUTCOMES}. */
    public record ResolveFlag(UUID flagId, String outcome, String reason) {
    }

    /** The field rules of a resolution, as submitted. */
    public static Checked<ResolveFlag> resolution(String flagId, String outcome, String reason) {
        List<RuleViolation> v = new ArrayList<>();
        UUID flag = FieldRules.id("flagId", flagId, false, v);
        String why = FieldRules.requiredText("reason", reason, 500, v);
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            v.add(new RuleViolation("outcome", "outcome", "dismissed or merged"));
        }
        return Checked.of(new ResolveFlag(flag, outcome, why), v);
    }

    /** A flag is resolved once, and only a flag raised on this household. */
    public static List<HouseholdEvent> resolve(List<HouseholdEvent> history, ResolveFlag c) {
        LikelyDuplicateFlagged flag = null;
        for (HouseholdEvent e : history) {
            if (e instanceof LikelyDuplicateFlagged f && f.flagId().equals(c.flagId())) flag = f;
            if (e instanceof DuplicateFlagResolved r && r.flagId().equals(c.flagId())) {
                throw new RuleBroken("flagId", "flag-resolved", "this flag was resolved already (" + r.outcome() + ")");
            }
        }
        if (flag == null) {
            throw new RuleBroken("flagId", "flag-unknown", "no such flag on this household");
        }
        return List.of(new DuplicateFlagResolved(flag.householdId(), flag.desaCode(), c.flagId(), c.outcome(), c.reason()));
    }
}
