package id.desatumis.registry.application;

import id.desatumis.contracts.registry.ReferenceCodes;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.IssueReferenceCode;
import id.desatumis.registry.domain.HouseholdEvent;
import id.desatumis.registry.domain.HouseholdEvent.HouseholdRegistered;
import id.desatumis.registry.domain.ReferenceCode;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Makes reference codes (event-contracts' {@link ReferenceCodes}: 80 bits from {@link SecureRandom}, a check
 * character, the hash other services compare), and gives every new household its first one in the append that
 * registers it: a registration, an import's family, a household split off.
 */
@ApplicationScoped
public class ReferenceCodeIssuer {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public ReferenceCodeIssuer(Clock clock) {
        this.clock = clock;
    }

    /** A new code, never issued before as far as 80 random bits can promise. */
    public ReferenceCode next() {
        String canonical = ReferenceCodes.generate(random);
        return new ReferenceCode(canonical, ReferenceCodes.hash(canonical));
    }

    /** The command giving a household a code: its first ({@code reason} null), or a new one for a lost code. */
    public IssueReferenceCode command(UUID householdId, String reason) {
        return new IssueReferenceCode(householdId, next(), clock.instant(), reason);
    }

    /** A new household's events (its registration first), followed by its first reference code. */
    public List<HouseholdEvent> withFirstCode(List<HouseholdEvent> registration) {
        UUID householdId = ((HouseholdRegistered) registration.get(0)).householdId();
        List<HouseholdEvent> events = new ArrayList<>(registration);
        events.addAll(Household.decide(Household.fold(registration), command(householdId, null)));
        return events;
    }
}
