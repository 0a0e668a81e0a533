package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.Responsibility;
import id.desatumis.partner.domain.ResponsibilityEvent;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * Setting the matrix (TKPKD or Dinas Sosial): lock the cell's stream, check If-Match, check the cited forum decision
 * approves this entry for this area, check every actor named is registered and active, let the domain decide, append
 * (the table's row comes with it). All in the caller's transaction.
 */
@ApplicationScoped
public class MatrixCommands {

    private final AggregateStore aggregates;
    private final ResponsibilityAggregate matrix;
    private final DecisionCitations citations;
    private final PartnerDirectory directory;

    public MatrixCommands(AggregateStore aggregates, ResponsibilityAggregate matrix, DecisionCitations citations,
                          PartnerDirectory directory) {
        this.aggregates = aggregates;
        this.matrix = matrix;
        this.citations = citations;
        this.directory = directory;
    }

    public Function<SqlConnection, Uni<CommandResult>> assigning(CommandContext ctx, Responsibility.Assign c,
                                                                 OptionalLong ifMatch) {
        return tx -> run(tx, ctx, c.kind(), c.area(), c.decisionNumber(), c.effectiveFrom(), ifMatch,
                requireActive(tx, c.leadPartnerId(), c.supportingPartnerIds()), s -> Responsibility.assign(s, c));
    }

    public Function<SqlConnection, Uni<CommandResult>> clearing(CommandContext ctx, Responsibility.Clear c,
                                                                OptionalLong ifMatch) {
        return tx -> run(tx, ctx, c.kind(), c.area(), c.decisionNumber(), c.effectiveFrom(), ifMatch,
                Uni.createFrom().voidItem(), s -> Responsibility.clear(s, c));
    }

    private Uni<CommandResult> run(SqlConnection tx, CommandContext ctx, NeedKind kind, Area area, String decisionNumber,
                                   LocalDate effectiveFrom, OptionalLong ifMatch, Uni<Void> actorsChecked,
                                   Function<Responsibility, List<ResponsibilityEvent>> decision) {
        String reference = kind.name() + "@" + area.code();
        return aggregates.lockAndLoad(tx, matrix, Responsibility.streamKey(kind, area.code())).chain(loaded -> {
            Versions.checkIfMatch(ifMatch, loaded.version());
            return citations.require(tx, "decisionNumber", decisionNumber, Approval.Kind.RESPONSIBILITY, reference,
                            List.of(area))
                    .chain(() -> actorsChecked)
                    .chain(() -> aggregates.append(tx, matrix, loaded, decision.apply(loaded.state()), ctx.metadata()))
                    .map(after -> result(loaded, after, kind, area, decisionNumber, effectiveFrom));
        });
    }

    /** Every actor named must be registered and active: a suspended one takes on nothing new. */
    private Uni<Void> requireActive(SqlClient tx, UUID lead, List<UUID> supporting) {
        List<UUID> named = new ArrayList<>();
        named.add(lead);
        named.addAll(supporting);
        return directory.findAll(tx, named).map(found -> {
            List<RuleBroken> broken = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                String field = i == 0 ? "leadPartnerId" : "supportingPartnerIds[" + (i - 1) + "]";
                PartnerDirectory.Entry entry = found.get(named.get(i));
                if (entry == null) {
                    broken.add(new RuleBroken(field, "partner-unknown", "no partner is registered with this id"));
                } else if (!entry.active()) {
                    broken.add(new RuleBroken(field, "partner-suspended", entry.name() + " is suspended"));
                }
            }
            if (broken.size() == 1) throw broken.get(0);
            if (!broken.isEmpty()) throw new RulesBroken(broken);
            return null;
        });
    }

    private static CommandResult result(Loaded<Responsibility> before, Loaded<Responsibility> after, NeedKind kind,
                                        Area area, String decisionNumber, LocalDate effectiveFrom) {
        Responsibility.Entry entry = after.state().latest().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.name());
        body.put("areaCode", area.code());
        body.put("leadPartnerId", entry.hasLead() ? entry.leadPartnerId().toString() : null);
        body.put("supportingPartnerIds", entry.supportingPartnerIds().stream().map(UUID::toString).toList());
        body.put("decisionNumber", decisionNumber);
        body.put("effectiveFrom", effectiveFrom.toString());
        body.put("version", after.version());
        return new CommandResult(before.version() == 0 ? 201 : 200, "/matrix/" + kind.name() + "/" + area.code(),
                after.version(), body);
    }
}
