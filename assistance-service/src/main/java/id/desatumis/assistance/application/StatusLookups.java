package id.desatumis.assistance.application;

import id.desatumis.assistance.persistence.HouseholdRows;
import id.desatumis.assistance.persistence.NeedRows;
import id.desatumis.assistance.persistence.ReferenceCodeRows;
import id.desatumis.contracts.registry.ReferenceCodes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The public status lookup: a household's needs, by its reference code, as kinds and stages only (no id, name, member
 * or amount), and whether all are met. A code that is malformed, has a wrong check character, is unknown or was
 * replaced answers nothing, the same way: a malformed one is looked up too (under a hash no code has), so that each
 * takes the same path.
 */
@ApplicationScoped
public class StatusLookups {

    /** A need as the household may see it: its kind, and its stage (the intervention's while one is planned). */
    public record NeedStatus(String kind, String stage) {
    }

    public record Status(List<NeedStatus> needs, boolean allNeedsMet) {
    }

    /** No code's hash: the registry's hashes are SHA-256 digests, and none is all zeros. */
    private static final String NO_CODE = "0".repeat(64);

    private final Pool pool;
    private final ReferenceCodeRows codes;
    private final HouseholdRows households;
    private final NeedRows needs;

    public StatusLookups(Pool pool, ReferenceCodeRows codes, HouseholdRows households, NeedRows needs) {
        this.pool = pool;
        this.codes = codes;
        this.households = households;
        this.needs = needs;
    }

    /** The status, or empty for a code that answers nothing. */
    public Uni<Optional<Status>> lookUp(String typed) {
        String hash = ReferenceCodes.normalise(typed).map(ReferenceCodes::hash).orElse(NO_CODE);
        return codes.householdOf(pool, hash).chain(household -> household.isEmpty()
                ? Uni.createFrom().item(Optional.<Status>empty())
                : households.find(pool, household.get()).chain(row -> needs.stagesOf(pool, household.get())
                        .map(stages -> Optional.of(new Status(
                                stages.stream().map(s -> new NeedStatus(s.kind(), s.stage())).toList(),
                                row.map(HouseholdRows.Row::needsMetAnnounced).orElse(false))))));
    }
}
