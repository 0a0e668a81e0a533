package id.desatumis.monitoring.domain;

import java.util.Map;
import java.util.UUID;

/**
 * How far a desa is from tuntas: what is still open, by kind and by responsible actor (a need not planned yet has no
 * actor and counts in {@code unplannedOpen}), and what is settled.
 *
 * @param householdsOpen verified-poor households with a need neither met nor closed
 * @param needsOpen      needs of verified-poor households neither met nor closed (a cancelled need is not needed)
 * @param openByKind     needsOpen by kind of need
 * @param openByActor    needsOpen planned with a responsible actor, by that actor's partner id
 * @param unplannedOpen  needsOpen with no intervention yet
 * @param householdsMet  verified-poor households with every need met or closed
 * @param needsMet       needs met by a verified delivery
 * @param needsClosed    needs closed for a recorded reason
 * @param verifiedPoor   verified-poor households in the desa
 */
public record TuntasDistance(int householdsOpen, int needsOpen, Map<String, Integer> openByKind,
                             Map<UUID, Integer> openByActor, int unplannedOpen, int householdsMet, int needsMet,
                             int needsClosed, int verifiedPoor) {

    /** Nothing open, and there is something to have settled. */
    public boolean settled() {
        return needsOpen == 0 && householdsOpen == 0 && verifiedPoor > 0;
    }
}
