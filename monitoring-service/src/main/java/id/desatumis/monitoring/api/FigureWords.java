package id.desatumis.monitoring.api;

import java.util.List;

import static id.desatumis.monitoring.api.SchemaWords.AREA_CODE;
import static id.desatumis.monitoring.api.SchemaWords.DESA_CODE;
import static id.desatumis.monitoring.api.SchemaWords.oneOf;
import static id.desatumis.monitoring.api.SchemaWords.pattern;

/** The words of the programme's figures: freshness, the funnel, tuntas, cohorts, the desa lists, the timeline. */
final class FigureWords {

    private FigureWords() {
    }

    static void addTo(SchemaWords words) {
        // annotations cannot reach a list's items (a type-use @Schema is not allowed): their pattern is set here
        words.schema("IntakeBody", null).items("desaCodes", pattern(DESA_CODE));
        words.schema("DashboardSession", null)
                .items("roles", oneOf(List.of("dinsos", "village-operator", "opd", "partner", "tkpkd", "auditor")))
                .items("desaCodes", pattern(DESA_CODE));
        words.schema("Freshness", "How fresh the figures are, read in the same snapshot as them")
                .p("lastEventAt", "The source time (ce_time) of the latest event the projection applied; null before any",
                        "2026-03-02T09:14:05Z")
                .p("lastAppliedAt", "When the projection applied that event; null before any", "2026-03-02T09:14:06Z")
                .count("consumerLag", "Records of the topics the projection reads that it has not applied yet", 0);
        words.schema("Funnel", "The programme's funnel over some desa at some instant (docs/indicators.md, "
                        + "\"Funnel and tuntas\")")
                .p("households", "Households by the furthest step they reached", null)
                .p("needs", "Needs by the furthest stage they reached (cumulative)", null);
        words.schema("Households", "Households of the area: listed in the registry, assessed, found poor on assessment, "
                        + "verified poor (by class), with every verified need met")
                .count("listed", "Households the registry lists in the area", 2257)
                .count("assessed", "Households with a submitted assessment", 2101)
                .count("foundPoor", "Households an assessment classed EXTREME_POOR, POOR or NEAR_POOR", 623)
                .count("verifiedPoor", "Households whose poor classification was verified", 529)
                .p("verifiedPoorByClass", "Verified-poor households by class: EXTREME_POOR, POOR, NEAR_POOR (each "
                        + "listed, 0 when none)", java.util.Map.of("EXTREME_POOR", 112, "POOR", 301, "NEAR_POOR", 116))
                .count("allNeedsMet", "Verified-poor households each of whose verified needs is met (delivery verified) "
                        + "or closed", 87);
        words.schema("Needs", "Needs by the furthest stage they reached: cumulative, a verified need counts as planned, "
                        + "resourced and delivered too")
                .count("identified", "Needs identified by verified assessments", 1480)
                .p("identifiedByKind", "Needs identified by kind of need (HOUSE_REPAIR, ELECTRICITY, SANITATION, "
                        + "EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING, FOOD_ASSISTANCE; each listed, 0 "
                        + "when none)", java.util.Map.of("HOUSE_REPAIR", 210, "ELECTRICITY", 95))
                .count("planned", "Needs with a planned intervention", 900)
                .count("resourced", "Needs whose intervention has its resources reserved", 760)
                .count("delivered", "Needs whose intervention was delivered", 610)
                .count("verified", "Needs whose delivery the village and the household confirmed", 540)
                .count("disputed", "Needs whose delivery was disputed", 12)
                .count("cancelled", "Needs whose intervention was cancelled with a reason", 20)
                .count("closed", "Needs closed for a recorded reason without delivery", 8);
        words.schema("AreaFunnel", "The funnel of an area (the regency, a kecamatan or a desa) as of an instant")
                .p("areaCode", "The area's Kemendagri code", "33.14.07", pattern(AREA_CODE))
                .p("level", "What the area is", "KECAMATAN")
                .p("name", "The area's name", "Sambungmacan")
                .p("households", "Households by the furthest step they reached", null)
                .p("needs", "Needs by the furthest stage they reached", null)
                .p("freshness", "How fresh the figures are", null);
        words.schema("Level", "What an area is: the regency (33.14), a kecamatan (33.14.07) or a desa (33.14.07.2003)");
        words.schema("TuntasStatus", "Where a desa stands: OPEN (some verified need of a verified-poor household is "
                + "neither met nor closed, or no household is verified poor yet), READY (tkpkd may declare it), DECLARED");
        words.schema("DesaFigures", "A desa of an area's list, with its tuntas status")
                .p("desaCode", "The desa's Kemendagri code", "33.14.07.2003", pattern(DESA_CODE))
                .p("name", "The desa's name", "Cemeng")
                .p("kecamatanCode", "Its kecamatan's Kemendagri code", "33.14.07", pattern("^33\\.14\\.[0-9]{2}$"))
                .p("kecamatanName", "Its kecamatan's name", "Sambungmacan")
                .p("intakeYear", "The year of the intake it joined the programme in; null when it has not joined", 2022)
                .count("listed", "Households the registry lists in it", 2257)
                .count("verifiedPoor", "Households verified poor", 529)
                .count("needsOpen", "Verified needs of verified-poor households neither met nor closed", 41)
                .count("needsSettled", "Verified needs met (delivery verified) or closed", 1439)
                .p("tuntas", "Its tuntas status", "OPEN");
        words.schema("TuntasAnswer", "A desa's tuntas status and its distance to tuntas")
                .p("desaCode", "The desa's Kemendagri code", "33.14.07.2003", pattern(DESA_CODE))
                .p("status", "Its tuntas status", "OPEN")
                .p("declaredAt", "When tkpkd declared it tuntas; null unless DECLARED", "2023-11-20T03:00:00Z")
                .p("decisionNumber", "The decision it was declared on; null unless DECLARED", "TKPKD/33.14/2023/014")
                .count("householdsOpen", "Verified-poor households with a verified need neither met nor closed", 17)
                .count("needsOpen", "Verified needs of verified-poor households neither met nor closed", 41)
                .p("openByKind", "Open needs by kind of need (HOUSE_REPAIR, ELECTRICITY, ...)",
                        java.util.Map.of("HOUSE_REPAIR", 12, "ELECTRICITY", 3))
                .p("openByActor", "Open needs by the actor responsible for their planned intervention", null)
                .count("unplannedOpen", "Open needs without a planned intervention", 6)
                .p("freshness", "How fresh the figures are", null);
        words.schema("ActorOpen", "Open needs with one responsible actor")
                .p("actorId", "The actor's partner id (partner-service)", "5b0c3a4e-8f1d-4c2b-9a7e-2d6f1b3c4a5e")
                .p("name", "The actor's name; null while partner-service has not told of it", "DPU PR Kabupaten Sragen")
                .p("type", "The actor's partner type; null while unknown", "OPD", oneOf(SchemaWords.PARTNER_TYPES))
                .count("needsOpen", "Open needs whose planned intervention it answers for", 9);
        words.schema("Cohort", "A yearly intake: its desa and the TKPKD decisions that chose them")
                .p("intakeYear", "The intake year", 2022)
                .p("desaCodes", "The desa that joined in it, by Kemendagri code", List.of("33.14.07.2003", "33.14.07.2005"),
                        s -> s.getItems().setPattern(DESA_CODE))
                .p("decisionNumbers", "The decisions the intake cited", List.of("TKPKD/33.14/2022/001"));
        words.schema("CohortDesa", "A desa of a cohort, and where it stands now")
                .p("desaCode", "The desa's Kemendagri code", "33.14.07.2003", pattern(DESA_CODE))
                .p("name", "The desa's name", "Cemeng")
                .p("joinedAt", "When its intake was recorded: its baseline instant", "2022-02-14T02:30:00Z")
                .p("decisionNumber", "The TKPKD decision its intake cited", "TKPKD/33.14/2022/001")
                .p("tuntas", "Its tuntas status now", "READY");
        words.schema("TuntasCounts", "How many of a cohort's desa are in each tuntas status")
                .count("open", "Desa OPEN", 1).count("ready", "Desa READY", 1).count("declared", "Desa DECLARED", 1);
        words.schema("CohortDetail", "A cohort: its desa, its funnel as each desa joined (summed) beside now, its "
                        + "desa by tuntas status")
                .p("intakeYear", "The intake year", 2022)
                .p("desa", "The cohort's desa", null)
                .p("baseline", "The funnel of each desa at the instant it joined, summed", null)
                .p("current", "The funnel of the cohort's desa now", null)
                .p("tuntas", "The cohort's desa by tuntas status", null)
                .p("freshness", "How fresh the figures are", null);
        words.schema("NeedStages", "A desa's needs of one kind by the stages they reached (cumulative), disputed, "
                        + "cancelled, closed and still open")
                .p("kind", "The kind of need", "HOUSE_REPAIR", oneOf(SchemaWords.NEED_KINDS))
                .count("identified", "Needs identified", 42).count("planned", "Needs planned", 30)
                .count("resourced", "Needs resourced", 25).count("delivered", "Needs delivered", 20)
                .count("verified", "Needs whose delivery was verified", 18)
                .count("disputed", "Needs with a disputed delivery", 1).count("cancelled", "Needs cancelled", 2)
                .count("closed", "Needs closed for a recorded reason", 1).count("open", "Needs neither met nor closed", 21);
        words.schema("TimelineEvent", "One event of a household's timeline, by ids: never a name, NIK, KK or address")
                .p("occurredAt", "When it happened (the event's time)", "2022-03-01T04:00:00Z")
                .p("source", "The service that recorded it", "assessment", oneOf(List.of("registry", "assessment",
                        "partner", "assistance", "monitoring")))
                .p("type", "The event type", "NeedsIdentified")
                .p("eventId", "The event's id (its CloudEvents id)", "9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
                .p("streamId", "The stream it belongs to", "assessment-3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b")
                .p("streamVersion", "Its version in that stream", 3, s -> s.setMinimum(java.math.BigDecimal.ONE))
                .p("refs", "Its whitelisted fields: ids, codes, kinds, stages, classes, reason codes and amounts",
                        java.util.Map.of("desaCode", "33.14.07.2003", "kinds", List.of("HOUSE_REPAIR")));
    }
}
