package id.desatumis.monitoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.api.SchemaWords.ACTOR_GROUPS;
import static id.desatumis.monitoring.api.SchemaWords.AREA_CODE;
import static id.desatumis.monitoring.api.SchemaWords.DESA_CODE;
import static id.desatumis.monitoring.api.SchemaWords.FORUM_TYPES;
import static id.desatumis.monitoring.api.SchemaWords.NEED_KINDS;
import static id.desatumis.monitoring.api.SchemaWords.PARTNER_TYPES;
import static id.desatumis.monitoring.api.SchemaWords.oneOf;
import static id.desatumis.monitoring.api.SchemaWords.pattern;

/** The words of actors' figures (docs/indicators.md): scorecards, forums, collaboration, the public report. */
final class ActorWords {

    private static final String PARTNER_ID = "5b0c3a4e-8f1d-4c2b-9a7e-2d6f1b3c4a5e";

    private ActorWords() {
    }

    static void addTo(SchemaWords words) {
        words.schema("Amount", "Whole rupiah and units (houses, connections, scholarships), each summed over what counts it")
                .count("rupiah", "Whole rupiah", 150_000_000).count("units", "Units, whatever the unit", 12);
        words.schema("LeadTimes", "A lead time in days: median and 90th percentile (continuous); null when nothing was "
                        + "measured")
                .p("p50", "The median, in days", 44.0).p("p90", "The 90th percentile, in days", 61.5);
        words.schema("ForumAttendance", "An actor's forum record over forums held by today")
                .count("invited", "Forums it was invited to", 6)
                .count("attended", "Of those, attended (present or represented)", 5)
                .count("absentWithoutNotice", "Of those, missed without notice", 1)
                .p("attendanceRate", "attended / invited; null when never invited", 0.8333, unit());
        words.schema("Scorecard", "One actor's scorecard (docs/indicators.md, \"Actor scorecards\")")
                .p("partnerId", "The actor's partner id (partner-service)", PARTNER_ID)
                .p("name", "The actor's name", "Baznas Kabupaten Sragen")
                .p("type", "The actor's partner type", "BAZNAS", oneOf(PARTNER_TYPES))
                .p("pledged", "Accepted pledges less withdrawals, and an office's budget ceilings", null)
                .p("reserved", "Held for interventions, or held and used", null)
                .p("consumed", "What deliveries used of it", null)
                .p("delivered", "Counted deliveries of the interventions it answers for", null)
                .p("verified", "Of those, confirmed by the village", null)
                .count("interventions", "Interventions it answers for, not cancelled", 14)
                .count("overdue", "Planned interventions past their due date and not delivered in full", 1)
                .count("disputes", "Its deliveries the village disputed", 0)
                .p("planToDeliveryDays", "Days from plan to delivery in full", null)
                .p("deliveryToVerificationDays", "Days from delivery in full to the village's confirmation", null)
                .p("forums", "Its forum record", null);
        words.schema("ForumSummary", "A forum held for the desa, its kecamatan or the regency: attendance and decisions")
                .p("forumId", "The forum's id (partner-service)", "0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f")
                .p("type", "The kind of forum", "MUSYAWARAH_DESA", oneOf(FORUM_TYPES))
                .p("areaCode", "The area the forum is held for", "33.14.07.2003", pattern(AREA_CODE))
                .p("heldOn", "The forum's date", "2022-03-15")
                .count("invited", "Actors invited", 9).count("present", "Present", 6)
                .count("represented", "Represented", 1).count("absentWithNotice", "Absent with notice", 1)
                .count("absentWithoutNotice", "Absent without notice", 1)
                .p("decisions", "What it decided", null);
        words.schema("Decision", "A decision of a forum")
                .p("number", "The decision's number", "MUSDES/33.14.07.2003/2022/002")
                .p("approvesKind", "What it approves", "VERIFICATION_LIST",
                        oneOf(List.of("PLEDGE", "RESPONSIBILITY", "VERIFICATION_LIST", "INTERVENTION_PLAN", "OTHER")))
                .p("decidedOn", "The day it was taken", "2022-03-15");
        collaboration(words);
        publicReport(words);
    }

    private static void collaboration(SchemaWords words) {
        words.schema("CollaborationIndicators", "The study's collaboration indicators (docs/indicators.md, "
                        + "\"Collaboration indicators (Ansell & Gash)\") for the area, cohort and period asked")
                .p("resourceShareByActorType", "Resources delivered by actor group", null)
                .p("forumParticipation", "Each actor's participation in the forums held", null)
                .p("decisionVenues", "Decisions that hold for the scope, by forum type (MUSYAWARAH_DESA, "
                        + "MUSYAWARAH_KECAMATAN, TKPKD_COORDINATION)", Map.of("MUSYAWARAH_DESA", 4, "TKPKD_COORDINATION", 1))
                .p("pledgeFulfilment", "Whether accepted pledges are kept, and how fast", null)
                .p("disputesPerHundredDeliveries", "100 x deliveries disputed / deliveries reported; null when none "
                        + "reported", 2.5, s -> s.setMinimum(BigDecimal.ZERO))
                .p("matrixCoverage", "Kinds of need and areas without a lead", null)
                .p("overTime", "The course of the indicators, a row per period, empty ones included", null);
        words.schema("ResourceShare", "What one actor group delivered")
                .p("actorType", "The actor group", "ZAKAT", oneOf(ACTOR_GROUPS))
                .count("rupiah", "Rupiah of counted deliveries", 250_000_000)
                .count("units", "Units of counted deliveries", 30)
                .count("interventions", "Interventions those deliveries belong to", 25)
                .p("share", "The group's rupiah / all groups' rupiah; null when nothing was delivered", 0.31, unit());
        words.schema("Participation", "One actor's participation in the forums held")
                .p("actorId", "The actor's partner id", PARTNER_ID)
                .p("name", "The actor's name", "PLN UP3 Sragen")
                .p("type", "The actor's partner type", "BUMN", oneOf(PARTNER_TYPES))
                .count("invited", "Forums it was invited to", 4).count("attended", "Attended", 3)
                .count("absentWithoutNotice", "Missed without notice", 1)
                .p("rate", "attended / invited; null when never invited", 0.75, unit());
        words.schema("PledgeFulfilment", "Accepted pledges against what was consumed from them")
                .count("pledgedRupiah", "Pledged rupiah", 500_000_000).count("consumedRupiah", "Consumed rupiah", 320_000_000)
                .count("pledgedUnits", "Pledged units", 40).count("consumedUnits", "Consumed units", 22)
                .p("ratio", "Consumed / pledged (rupiah, else units); null when nothing pledged", 0.64)
                .p("daysToFulfilP50", "Median days from a pledge's acceptance to its last consumption", 38.0);
        words.schema("MatrixCoverage", "The responsibility matrix's coverage")
                .p("kindsAreasWithoutLead", "Each gap, at the widest area wholly without a lead", null)
                .p("coverage", "Led desa-and-kind cells / all cells in scope; null when no desa is in scope", 0.875, unit());
        words.schema("Gap", "A kind of need without a lead in an area")
                .p("kind", "The kind of need", "SKILLS_TRAINING", oneOf(NEED_KINDS))
                .p("areaCode", "The area", "33.14.07", pattern(AREA_CODE));
        words.schema("Period", "One period of the indicators over time")
                .p("period", "The period: 2023-04 (MONTH), 2023-Q2 (QUARTER) or 2023 (YEAR)", "2023-04",
                        pattern("^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$"))
                .count("resourcesRupiah", "Rupiah of counted deliveries", 75_000_000)
                .count("deliveries", "Deliveries reported", 12).count("disputes", "Disputes raised", 0)
                .count("forums", "Forums held", 2);
    }

    private static void publicReport(SchemaWords words) {
        words.schema("PublicReportCell", "A figure of the public report: {\"value\": n}, or {\"suppressed\": true, "
                        + "\"display\": \"< 5\"} when hidden (a rupiah amount hidden with its count reads \"x\")")
                .p("value", "The figure; absent when hidden", 12)
                .p("suppressed", "true when hidden; absent otherwise", true)
                .p("display", "What to show instead of a hidden figure", "< 5", oneOf(List.of("< 5", "x")));
        words.schema("Report", "A desa's public report, with no personal data and no id; counts under 5 (and any a "
                        + "total would give back) are hidden")
                .p("desaCode", "The desa's Kemendagri code", "33.14.07.2003", pattern(DESA_CODE))
                .p("name", "The desa's name", "Cemeng")
                .p("funnel", "Households by step", null)
                .p("needsByKindAndStage", "Needs by kind and the stage they are in now; the TOTAL row last", null)
                .p("resourcesByActorType", "What each actor group delivered; the TOTAL row last", null)
                .count("forumsHeld", "Forums held for the desa", 3);
        words.schema("FunnelCells", "The funnel's household figures")
                .p("households", "Households by step", null);
        words.schema("PublicHouseholds", "Households listed, assessed, found poor, verified poor (by class), all needs met")
                .p("listed", "Listed", null).p("assessed", "Assessed", null).p("foundPoor", "Found poor", null)
                .p("verifiedPoor", "Verified poor", null)
                .p("verifiedPoorByClass", "Verified poor by class: EXTREME_POOR, POOR, NEAR_POOR", null)
                .p("allNeedsMet", "With every verified need met or closed", null);
        words.schema("NeedsRow", "The needs of one kind (or TOTAL) by the stage they are in now, and their total")
                .p("kind", "The kind of need, or TOTAL", "HOUSE_REPAIR", oneOf(withTotal(NEED_KINDS)))
                .p("identified", "Identified, not planned yet", null).p("planned", "Planned", null)
                .p("resourced", "Resourced", null).p("delivered", "Delivered", null).p("disputed", "Disputed", null)
                .p("verified", "Verified", null).p("cancelled", "Cancelled", null).p("closed", "Closed", null)
                .p("total", "All of the kind", null);
        words.schema("ResourcesRow", "What one actor group (or TOTAL) delivered")
                .p("actorType", "The actor group, or TOTAL", "ZAKAT", oneOf(withTotal(ACTOR_GROUPS)))
                .p("interventions", "Interventions with a counted delivery", null)
                .p("rupiahDelivered", "Rupiah delivered", null).p("rupiahVerified", "Rupiah verified", null);
    }

    private static List<Object> withTotal(List<Object> values) {
        return java.util.stream.Stream.concat(values.stream(), java.util.stream.Stream.of("TOTAL")).toList();
    }

    /** A ratio from 0 to 1. */
    private static java.util.function.Consumer<org.eclipse.microprofile.openapi.models.media.Schema> unit() {
        return s -> {
            s.setMinimum(BigDecimal.ZERO);
            s.setMaximum(BigDecimal.ONE);
        };
    }
}
