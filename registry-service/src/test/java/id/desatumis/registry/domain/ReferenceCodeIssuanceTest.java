package id.desatumis.registry.domain;

import id.desatumis.registry.domain.HouseholdCommand.IssueReferenceCode;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdErased;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdMergedInto;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static id.desatumis.registry.domain.Given.DESA;
import static id.desatumis.registry.domain.Given.FAMILY;
import static id.desatumis.registry.domain.Given.HOUSEHOLD;
import static id.desatumis.registry.domain.Given.OTHER;
import static id.desatumis.registry.domain.Given.rejection;
import static id.desatumis.registry.domain.Given.state;
import static org.assertj.core.api.Assertions.assertThat;

/** Given events, when a reference code is issued, then its event or a rejection; and which code is the household's. */
class ReferenceCodeIssuanceTest {

    private static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-05T03:30:00Z");
    // codes as the application makes them (any 17 characters and a hash do for the domain, which only carries them)
    private static final ReferenceCode FIRST = new ReferenceCode("7K3M9QW2XT5R8HNB4", "a".repeat(64));
    private static final ReferenceCode SECOND = new ReferenceCode("2D6F0GJ1PS4V9YZC8", "b".repeat(64));
    private static final ReferenceCodeIssued ISSUED = new ReferenceCodeIssued(HOUSEHOLD, DESA, FIRST.canonical(),
            FIRST.hash(), AT, null);

    @Test
    void aRegisteredHouseholdGetsItsFirstCode() {
        assertThat(Household.decide(state(FAMILY), new IssueReferenceCode(HOUSEHOLD, FIRST, AT, null)))
                .containsExactly(ISSUED);
        assertThat(ReferenceCodeIssuance.lacksCode(state(FAMILY))).isTrue();
        assertThat(ReferenceCodeIssuance.lacksCode(state(FAMILY, ISSUED))).isFalse();
    }

    @Test
    void aHouseholdThatHasACodeKeepsIt() {
        assertThat(rejection(() -> Household.decide(state(FAMILY, ISSUED), new IssueReferenceCode(HOUSEHOLD, SECOND, LATER, null))))
                .isEqualTo("reference-code-issued");
        assertThat(ReferenceCodeIssuance.current(state(FAMILY, ISSUED))).isEqualTo(ISSUED);
    }

    @Test
    void aLostCodeIsReplacedWithAReasonAndOnlyTheNewOneIsTheHouseholds() {
        var reissued = Household.decide(state(FAMILY, ISSUED), new IssueReferenceCode(HOUSEHOLD, SECOND, LATER, "kartu hilang"));
        assertThat(reissued).containsExactly(new ReferenceCodeIssued(HOUSEHOLD, DESA, SECOND.canonical(), SECOND.hash(),
                LATER, "kartu hilang"));
        Household.State after = Household.fold(state(FAMILY, ISSUED), reissued);
        assertThat(ReferenceCodeIssuance.current(after).referenceCode()).isEqualTo(SECOND.canonical());
        assertThat(after.version()).isEqualTo(3);
    }

    @Test
    void aHouseholdWithoutACodeMayBeGivenOneWithAReasonToo() {
        assertThat(Household.decide(state(FAMILY), new IssueReferenceCode(HOUSEHOLD, SECOND, LATER, "belum punya")))
                .hasSize(1);
    }

    @Test
    void aHouseholdNotRegisteredErasedOrMergedAwayGetsNone() {
        assertThat(rejection(() -> Household.decide(state(), new IssueReferenceCode(HOUSEHOLD, FIRST, AT, null))))
                .isEqualTo("household-unknown");
        var erased = state(FAMILY, ISSUED, new HouseholdErased(HOUSEHOLD, DESA, 3));
        assertThat(rejection(() -> Household.decide(erased, new IssueReferenceCode(HOUSEHOLD, SECOND, LATER, "x"))))
                .isEqualTo("household-erased");
        var merged = state(FAMILY, new HouseholdMergedInto(HOUSEHOLD, DESA, OTHER, "sama", 3));
        assertThat(rejection(() -> Household.decide(merged, new IssueReferenceCode(HOUSEHOLD, FIRST, AT, null))))
                .isEqualTo("household-merged");
        assertThat(ReferenceCodeIssuance.lacksCode(erased)).isFalse();
        assertThat(ReferenceCodeIssuance.lacksCode(merged)).isFalse();
        assertThat(ReferenceCodeIssuance.lacksCode(state())).isFalse();
    }

    @Test
    void aCodeIsReadOnlyWhileTheHouseholdIsCurrentAndHasOne() {
        assertThat(rejection(() -> ReferenceCodeIssuance.current(state(FAMILY)))).isEqualTo("reference-code-missing");
        assertThat(rejection(() -> ReferenceCodeIssuance.current(state())))
                .isEqualTo("household-unknown");
        var erased = state(FAMILY, ISSUED, new HouseholdErased(HOUSEHOLD, DESA, 3));
        assertThat(erased.referenceCode()).isNull();
        assertThat(rejection(() -> ReferenceCodeIssuance.current(erased))).isEqualTo("household-erased");
        assertThat(rejection(() -> ReferenceCodeIssuance.current(state(FAMILY, ISSUED,
                new HouseholdMergedInto(HOUSEHOLD, DESA, OTHER, "sama", 3))))).isEqualTo("household-merged");
    }

    @Test
    void otherChangesKeepTheCode() {
        var moved = state(FAMILY, ISSUED, new HouseholdEvent.HouseholdMoved(HOUSEHOLD, DESA, "33.14.01.2001", "Dukuh Baru", 3),
                new HouseholdEvent.KkNumberChanged(HOUSEHOLD, "33.14.01.2001", FAMILY.kkNumber(), "3314071001200009", "pindah"),
                new HouseholdEvent.MemberDied(HOUSEHOLD, "33.14.01.2001", Given.CHILD.memberId(), null));
        assertThat(ReferenceCodeIssuance.current(moved)).isEqualTo(ISSUED);
    }

    @Test
    void aReissueNeedsAReasonOfAtMost500Characters() {
        assertThat(ReferenceCodeIssuance.reason(" kartu hilang ").orThrow()).isEqualTo("kartu hilang");
        assertThat(ReferenceCodeIssuance.reason(null).violations()).extracting(RuleViolation::rule).containsExactly("required");
        assertThat(ReferenceCodeIssuance.reason("  ").violations()).extracting(RuleViolation::field).containsExactly("reason");
        assertThat(ReferenceCodeIssuance.reason("x".repeat(501)).violations()).extracting(RuleViolation::rule)
                .containsExactly("max-length");
        assertThat(rejection(() -> Household.decide(state(FAMILY, ISSUED), new IssueReferenceCode(HOUSEHOLD, SECOND, LATER, " "))))
                .isEqualTo("required");
    }
}
