package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;
import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.Responsibility;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

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

    /** An assignment or a clearing, for the caller's transaction (and its Idempotency-Key). */
    public Function<SqlConnection, Uni<CommandResult>> deciding(CommandContext ctx, Responsibility.Command c,
                                                                OptionalLong ifMatch) {
        return tx -> aggregates.lockAndLoad(tx, matrix, Responsibility.streamKey(c.kind(), c.area().code())).chain(loaded -> {
            Versions.checkIfMatch(ifMatch, loaded.version());
            return citations.require(tx, "decisionNumber", c.decisionNumber(), Approval.Kind.RESPONSIBILITY,
                            c.kind().name() + "@" + c.area().code(), List.of(c.area()))
                    .chain(() -> c instanceof Responsibility.Assign a
                            ? requireActive(tx, a.leadPartnerId(), a.supportingPartnerIds()) : Uni.createFrom().voidItem())
                    .chain(() -> aggregates.append(tx, matrix, loaded, Responsibility.decide(loaded.state(), c), ctx.metadata()))
                    .map(after -> result(loaded, after, c));
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

    private static CommandResult result(Loaded<Responsibility> before, Loaded<Responsibility> after,
                                        Responsibility.Command c) {
        Responsibility.Entry entry = after.state().latest().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", c.kind().name());
        body.put("areaCode", c.area().code());
        body.put("leadPartnerId", entry.hasLead() ? entry.leadPartnerId().toString() : null);
        body.put("supportingPartnerIds", entry.supportingPartnerIds().stream().map(UUID::toString).toList());
        body.put("decisionNumber", c.decisionNumber());
        body.put("effectiveFrom", c.effectiveFrom().toString());
        body.put("version", after.version());
        return new CommandResult(before.version() == 0 ? 201 : 200, "/matrix/" + c.kind().name() + "/" + c.area().code(),
                after.version(), body);
    }
}
