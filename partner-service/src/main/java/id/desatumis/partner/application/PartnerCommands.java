package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.CommandRunner.Decided;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.partner.domain.Partner;
import id.desatumis.partner.domain.PartnerEvent;
import id.desatumis.partner.domain.Partners;
import id.desatumis.partner.domain.Partners.Registration;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;

/**
 * Registering, suspending and reinstating partners, each a function of the caller's transaction (for its
 * Idempotency-Key). Who may is the resource's business (Dinas Sosial and TKPKD); a partner not registered is 404.
 */
@ApplicationScoped
public class PartnerCommands {

    private final CommandRunner runner;
    private final PartnerAggregate partners;
    private final PartnerDirectory directory;

    public PartnerCommands(CommandRunner runner, PartnerAggregate partners, PartnerDirectory directory) {
        this.runner = runner;
        this.partners = partners;
        this.directory = directory;
    }

    public Function<SqlConnection, Uni<CommandResult>> register(CommandContext ctx, Registration r) {
        String by = ctx.caller().subject();
        return tx -> opdCodeTaken(tx, r.opdCode())
                .chain(taken -> runner.run(tx, partners, r.partnerId(), ctx.metadata(),
                        before -> Partners.register(before.state(), r, taken, by)))
                .onFailure().transform(PartnerCommands::opdCodeTakenMeanwhile)
                .map(decided -> result(201, decided));
    }

    public Function<SqlConnection, Uni<CommandResult>> suspend(CommandContext ctx, UUID partnerId, OptionalLong ifMatch,
                                                               String reason) {
        String by = ctx.caller().subject();
        return change(ctx, partnerId, ifMatch, p -> Partners.suspend(p, reason, by));
    }

    public Function<SqlConnection, Uni<CommandResult>> reinstate(CommandContext ctx, UUID partnerId, OptionalLong ifMatch,
                                                                 String reason) {
        String by = ctx.caller().subject();
        return change(ctx, partnerId, ifMatch, p -> Partners.reinstate(p, reason, by));
    }

    private Function<SqlConnection, Uni<CommandResult>> change(CommandContext ctx, UUID partnerId, OptionalLong ifMatch,
                                                               Function<Partner, List<PartnerEvent>> decision) {
        return tx -> runner.run(tx, partners, partnerId, ctx.metadata(), before -> {
            if (!before.state().exists()) throw Problems.notFound("partner");
            Versions.checkIfMatch(ifMatch, before.version());
            return decision.apply(before.state());
        }).map(decided -> result(200, decided));
    }

    private Uni<Boolean> opdCodeTaken(SqlConnection tx, String opdCode) {
        return opdCode == null ? Uni.createFrom().item(false) : directory.byOpdCode(tx, opdCode).map(Objects::nonNull);
    }

    /** Two registrations of one office code at once: the directory's unique key lets one through. */
    private static Throwable opdCodeTakenMeanwhile(Throwable failure) {
        return PartnerDirectory.opdCodeTaken(failure)
                ? new RuleBroken("opdCode", "opd-code-taken", "another partner is registered with this office code") : failure;
    }

    private static CommandResult result(int status, Decided<Partner, PartnerEvent> decided) {
        Loaded<Partner> after = decided.after();
        Partner p = after.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerId", p.partnerId().toString());
        body.put("type", p.type().name());
        body.put("name", p.name());
        body.put("opdCode", p.opdCode());
        body.put("contactRole", p.contactRole());
        body.put("status", p.status().name());
        body.put("version", after.version());
        return new CommandResult(status, "/partners/" + p.partnerId(), after.version(), body);
    }
}
