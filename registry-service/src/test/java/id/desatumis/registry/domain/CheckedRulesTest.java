package id.desatumis.registry.domain;

import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The submitted fields of a command are checked once, by the domain's rules, every broken rule answered together. */
class CheckedRulesTest {

    @Test
    void everyBrokenFieldRuleOfARequestIsThrownTogether() {
        assertThatThrownBy(() -> LifecycleRules.merge(Given.HOUSEHOLD, "not-an-id", " ").orThrow())
                .isInstanceOfSatisfying(RulesBroken.class, r -> assertThat(r.rules())
                        .extracting(RuleBroken::field, RuleBroken::rule)
                        .containsExactly(tuple("duplicateId", "id-format"),
                                tuple("reason", "required")));
    }

    @Test
    void aValidRequestGivesItsCommand() {
        assertThat(LifecycleRules.merge(Given.HOUSEHOLD, Given.OTHER.toString(), " sama ").orThrow())
                .isEqualTo(new HouseholdCommand.MergeHouseholds(Given.HOUSEHOLD, Given.OTHER, "sama"));
    }

    @Test
    void aFlagIsResolvedAsDismissedOrMergedWithAReasonAndOnlyOnce() {
        UUID flag = UUID.randomUUID();
        assertThat(DuplicateReview.resolution(flag.toString(), "ignored", "x").violations())
                .extracting(RuleViolation::rule).containsExactly("outcome");
        var flagged = new HouseholdEvent.LikelyDuplicateFlagged(Given.HOUSEHOLD, Given.DESA, flag, Given.CHILD.memberId(),
                Given.OTHER, Given.NEIGHBOUR.memberId(), DuplicateReview.SAME_NAME_AND_BIRTH_DATE);
        var resolve = DuplicateReview.resolution(flag.toString(), "dismissed", "kakak beradik").orThrow();
        var resolved = DuplicateReview.resolve(List.of(Given.FAMILY, flagged), resolve);
        assertThat(resolved).containsExactly(new HouseholdEvent.DuplicateFlagResolved(Given.HOUSEHOLD, Given.DESA, flag,
                "dismissed", "kakak beradik"));
        assertThat(Given.rejection(() -> DuplicateReview.resolve(List.of(Given.FAMILY, flagged, resolved.get(0)),
                resolve))).isEqualTo("flag-resolved");
        assertThat(Given.rejection(() -> DuplicateReview.resolve(List.of(Given.FAMILY), resolve)))
                .isEqualTo("flag-unknown");
    }
}
