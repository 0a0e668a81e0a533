package id.desatumis.monitoring.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The study's collaboration indicators (docs/indicators.md, "Collaboration indicators (Ansell & Gash)"). */
public record CollaborationIndicators(List<ResourceShare> resourceShareByActorType,
                                      List<Participation> forumParticipation, Map<String, Integer> decisionVenues,
                                      PledgeFulfilment pledgeFulfilment, Double disputesPerHundredDeliveries,
                                      MatrixCoverage matrixCoverage, List<Period> overTime) {

    /** What one actor type delivered: rupiah, units, interventions with a counted delivery, its share of rupiah. */
    public record ResourceShare(String actorType, long rupiah, long units, int interventions, Double share) {
    }

    /** One actor's participation in the forums held. */
    public record Participation(UUID actorId, String name, String type, int invited, int attended,
                                int absentWithoutNotice, Double rate) {
    }

    /** Accepted pledges against what was consumed from them, and the median days from acceptance to use. */
    public record PledgeFulfilment(long pledgedRupiah, long consumedRupiah, long pledgedUnits, long consumedUnits,
                                   Double ratio, Double daysToFulfilP50) {
    }

    /** Kinds of need and areas without a lead, and the share of desa-and-kind cells with one. */
    public record MatrixCoverage(List<Gap> kindsAreasWithoutLead, Double coverage) {
    }

    /** A kind of need without a lead in an area (the widest area of which no part has one). */
    public record Gap(String kind, String areaCode) {
    }

    /** One period's resources delivered (rupiah), deliveries reported, disputes raised and forums held. */
    public record Period(String period, long resourcesRupiah, int deliveries, int disputes, int forums) {
    }
}
