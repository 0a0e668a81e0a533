package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdEvent.DuplicateFlagResolved;
import id.desatumis.registry.domain.HouseholdEvent.LikelyDuplicateFlagged;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** A name as compared: lower case, accents and punctuation removed, spaces collapsed. */
    public static String normalisedName(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ")
                .trim().replaceAll("\\s+", " ");
    }

    public static List<HouseholdEvent> resolve(List<HouseholdEvent> history, UUID flagId, String outcome, String reason) {
        LikelyDuplicateFlagged flag = null;
        for (HouseholdEvent e : history) {
            if (e instanceof LikelyDuplicateFlagged f && f.flagId().equals(flagId)) flag = f;
            if (e instanceof DuplicateFlagResolved r && r.flagId().equals(flagId)) {
                throw new HouseholdRejected("flagId", "flag-resolved", "this flag was resolved already (" + r.outcome() + ")");
            }
        }
        if (flag == null) {
            throw new HouseholdRejected("flagId", "flag-unknown", "no such flag on this household");
        }
        if (!OUTCOMES.contains(outcome)) {
            throw new HouseholdRejected("outcome", "outcome", "dismissed or merged");
        }
        return List.of(new DuplicateFlagResolved(flag.householdId(), flag.desaCode(), flagId, outcome, reason));
    }
}
