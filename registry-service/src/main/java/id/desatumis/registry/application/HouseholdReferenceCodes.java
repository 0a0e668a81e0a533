package id.desatumis.registry.application;

import id.desatumis.contracts.registry.ReferenceCodes;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.registry.application.HouseholdReads.Reader;
import id.desatumis.registry.domain.Household;
import id.desatumis.registry.domain.HouseholdCommand.IssueReferenceCode;
import id.desatumis.registry.domain.HouseholdEvent.ReferenceCodeIssued;
import id.desatumis.registry.domain.ReferenceCodeIssuance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A household's reference code: read by those who print it on the household's receipt (a read of personal data,
 * recorded with its purpose like every other), and issued anew by Dinas Sosial when it is lost.
 */
@ApplicationScoped
public class HouseholdReferenceCodes {

    private final Pool pool;
    private final AggregateStore aggregates;
    private final CommandRunner runner;
    private final HouseholdAggregate households;
    private final ReferenceCodeIssuer issuer;
    private final AccessLog accessLog;

    public HouseholdReferenceCodes(Pool pool, AggregateStore aggregates, CommandRunner runner, HouseholdAggregate households,
                                   ReferenceCodeIssuer issuer, AccessLog accessLog) {
        this.pool = pool;
        this.aggregates = aggregates;
        this.runner = runner;
        this.households = households;
        this.issuer = issuer;
        this.accessLog = accessLog;
    }

    /** The code as printed ({@code XXXX-XXXX-XXXX-XXXX-C}), when it was issued, and the household's version. */
    public record Printed(UUID householdId, String referenceCode, Instant issuedAt, long version) {
    }

    /** A household the reader may not see is not found; one erased or merged away has no code to read. */
    public Uni<Printed> read(Reader reader, UUID id) {
        return aggregates.load(pool, households, id).map(Loaded::state).map(state -> {
            ReferenceCodeIssued issued = ReferenceCodeIssuance.current(HouseholdAccess.visible(reader.caller(), state));
            return new Printed(id, ReferenceCodes.print(issued.referenceCode()), issued.issuedAt(), state.version());
        }).call(printed -> accessLog.record(pool, reader.caller(), id, AccessLog.purpose(reader.purpose()),
                "reference-code", reader.ctx().correlationId()));
    }

    /** A new code replaces the household's own, which stops working; {@code reason} is recorded with it. */
    public Uni<CommandResult> reissue(SqlConnection tx, CommandContext ctx, UUID id, OptionalLong ifMatch, String reason) {
        IssueReferenceCode command = issuer.command(id, reason);
        return runner.run(tx, households, id, ctx.metadata(),
                        before -> Household.decide(HouseholdAccess.writable(ctx, before.state(), ifMatch), command))
                .map(decided -> new CommandResult(200, "/households/" + id + "/reference-code", decided.after().version(),
                        Map.of("householdId", id.toString(), "version", decided.after().version())));
    }
}
