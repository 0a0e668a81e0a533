package id.desatumis.monitoring.application;

import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.persistence.CollaborationQueries;
import id.desatumis.monitoring.persistence.FunnelQueries;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.PublicReportQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A desa's public report, for anyone without an account (docs/indicators.md, "Public village report"): its households'
 * funnel, its needs by kind and current stage, what each actor type delivered there, and the forums held in it. No
 * personal data and no id; every count of households, needs or interventions is a {@link PublicReportCell}, hidden
 * under 5 and wherever a total or a difference would give a hidden one back ({@link PublicReportTables}).
 */
@ApplicationScoped
public class PublicVillageReport {

    /** The report as JSON gives it (the answer adds its freshness). */
    public record Report(String desaCode, String name, FunnelCells funnel, List<NeedsRow> needsByKindAndStage,
                         List<ResourcesRow> resourcesByActorType, int forumsHeld) {
    }

    /** The funnel's household figures (its needs are the additive table beside it). */
    public record FunnelCells(Households households) {
    }

    @Schema(name = "PublicHouseholds")
    public record Households(PublicReportCell listed, PublicReportCell assessed, PublicReportCell foundPoor,
                             PublicReportCell verifiedPoor, Map<String, PublicReportCell> verifiedPoorByClass,
                             PublicReportCell allNeedsMet) {
    }

    /** The needs of one kind (or of all, kind TOTAL) by the stage they are in now, and their total. */
    public record NeedsRow(String kind, PublicReportCell identified, PublicReportCell planned,
                           PublicReportCell resourced, PublicReportCell delivered, PublicReportCell disputed,
                           PublicReportCell verified, PublicReportCell cancelled, PublicReportCell closed,
                           PublicReportCell total) {

        /** The cells by their names in the JSON, in order (the CSV's columns). */
        public Map<String, PublicReportCell> byColumn() {
            return columns(List.of("identified", "planned", "resourced", "delivered", "disputed", "verified", "cancelled",
                    "closed", "total"), List.of(identified, planned, resourced, delivered, disputed, verified, cancelled,
                    closed, total));
        }
    }

    /** What one actor type (or all, TOTAL) delivered: interventions with a counted delivery, rupiah, rupiah verified. */
    public record ResourcesRow(String actorType, PublicReportCell interventions, PublicReportCell rupiahDelivered,
                               PublicReportCell rupiahVerified) {

        public Map<String, PublicReportCell> byColumn() {
            return columns(List.of("interventions", "rupiahDelivered", "rupiahVerified"),
                    List.of(interventions, rupiahDelivered, rupiahVerified));
        }
    }

    private static Map<String, PublicReportCell> columns(List<String> names, List<PublicReportCell> cells) {
        Map<String, PublicReportCell> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) byName.put(names.get(i), cells.get(i));
        return byName;
    }

    private final ProjectionReads reads;
    private final FunnelQueries funnels;
    private final CollaborationQueries collaboration;
    private final PublicReportQueries queries;
    private final Clock clock;

    public PublicVillageReport(ProjectionReads reads, FunnelQueries funnels, CollaborationQueries collaboration,
                               PublicReportQueries queries, Clock clock) {
        this.reads = reads;
        this.funnels = funnels;
        this.collaboration = collaboration;
        this.queries = queries;
        this.clock = clock;
    }

    /** The report of a desa, read in one transaction of the live projection. */
    public Uni<Fresh<Report>> of(Area desa) {
        String code = desa.code();
        LocalDate today = LocalDate.now(clock);
        return Fresh.read(reads, tx -> funnels.funnel(tx, List.of(code), null, null).chain(funnel ->
                queries.needsByKindAndStatus(tx, code).chain(needs ->
                collaboration.deliveredByPartnerType(tx, new IndicatorScope(code, null, null, null, today))
                        .chain(delivered -> queries.verifiedByPartnerType(tx, code).chain(verified ->
                queries.forumsHeld(tx, code, today).map(forums -> new Report(code, desa.name(),
                        new FunnelCells(PublicReportTables.households(funnel.households())), PublicReportTables.needs(needs),
                        PublicReportTables.resources(delivered, verified), forums)))))));
    }
}
