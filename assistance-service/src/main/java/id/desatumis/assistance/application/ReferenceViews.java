package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The reference data as the read endpoints answer it, each answer with how fresh it is. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    /**
     * How fresh the reference data is: the time of the last partner event applied, and when it was applied (both null
     * before the first).
     */
    public record Freshness(OffsetDateTime lastEventAt, OffsetDateTime appliedAt) {
    }

    /** A page of actors by name (page from 0), and how many there are. */
    public record ActorPage(List<Actor> items, int page, int size, long total, Freshness freshness) {
    }

    /** An actor named by the matrix; all but its id null when partner-service's registration has not arrived yet. */
    public record NamedActor(UUID partnerId, ActorType type, String name, String opdCode, Boolean active) {

        static NamedActor of(UUID partnerId, Actor known) {
            return known == null ? new NamedActor(partnerId, null, null, null, null)
                    : new NamedActor(partnerId, known.type(), known.name(), known.opdCode(), known.active());
        }
    }

    /**
     * Who leads a kind of need in a desa on a day, and from which area's entry (the desa's, its kecamatan's or the
     * regency's), with the supporting actors, the decision and the date it took effect; {@code lead} and the rest
     * null when nobody does.
     */
    public record LeadHere(NeedKind kind, String desaCode, LocalDate on, NamedActor lead, String areaCode,
                           AreaLevel areaLevel, List<UUID> supportingPartnerIds, String decisionNumber,
                           LocalDate effectiveFrom, Freshness freshness) {
    }
}
