package id.desatumis.monitoring.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.AggregateStore.Change;
import id.desatumis.kit.aggregate.CommandRunner;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandResult;
import id.desatumis.monitoring.domain.DesaEvent;
import id.desatumis.monitoring.domain.DesaProgramme;
import id.desatumis.monitoring.domain.DesaProgrammes;
import id.desatumis.monitoring.domain.ProgrammeDecision;
import id.desatumis.monitoring.domain.TuntasDistance;
import id.desatumis.monitoring.persistence.ProgrammeDecisions;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.TuntasQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * tkpkd's decisions about desa, each a function of the caller's transaction (for its Idempotency-Key). What the
 * decision rests on is read from the live projection first, in a read transaction of its own: the decision cited
 * (partner-service's, as published) and, for a declaration, the desa's distance from tuntas. Then the desa's streams
 * are locked in one sorted call, before any write, loaded, decided on, and appended together: an intake is all or
 * none.
 *
 * <p>The projection trails the services' commits by the time it takes to read their events: a decision recorded a
 * moment ago may not be known yet (decision-unknown: retry), and a need disputed a moment ago may not count as open
 * yet.
 */
@ApplicationScoped
public class ProgrammeCommands {

    private final AggregateStore aggregates;
    private final CommandRunner runner;
    private final DesaAggregate desa;
    private final ProjectionReads reads;
    private final ProgrammeDecisions decisions;
    private final TuntasQueries tuntas;

    public ProgrammeCommands(AggregateStore aggregates, CommandRunner runner, DesaAggregate desa, ProjectionReads reads,
                             ProgrammeDecisions decisions, TuntasQueries tuntas) {
        this.aggregates = aggregates;
        this.runner = runner;
        this.desa = desa;
        this.reads = reads;
        this.decisions = decisions;
        this.tuntas = tuntas;
    }

    /** The desa of an intake join the programme in that year: 201, each desa's stream at its new version. */
    public Function<SqlConnection, Uni<CommandResult>> intake(CommandContext ctx, int year, List<String> desaCodes,
                                                              String decisionNumber) {
        List<String> streams = desaCodes.stream().map(desa::streamId).toList();
        return tx -> reads.read(c -> decisions.find(c, decisionNumber))
                .chain(decision -> aggregates.lock(tx, streams)
                        .chain(() -> loadAll(tx, desaCodes))
                        .chain(before -> {
                            List<List<DesaEvent>> events = runner.decide(() -> DesaProgrammes.intake(
                                    before.stream().map(Loaded::state).toList(), desaCodes, year, decisionNumber, decision));
                            List<Change<?, ?>> changes = new ArrayList<>();
                            for (int i = 0; i < before.size(); i++) {
                                changes.add(new Change<>(desa, before.get(i), events.get(i)));
                            }
                            return aggregates.appendAll(tx, changes, ctx.metadata());
                        }))
                .map(after -> ProgrammeAnswers.intake(year, decisionNumber, desaCodes, after));
    }

    /** The desa declared tuntas: 201 with what was settled. */
    public Function<SqlConnection, Uni<CommandResult>> declareTuntas(CommandContext ctx, String desaCode,
                                                                     String decisionNumber) {
        return tx -> reads.read(c -> decisions.find(c, decisionNumber)
                        .chain(decision -> tuntas.distance(c, desaCode).map(distance -> new Grounds(decision, distance))))
                .chain(g -> runner.run(tx, desa, desaCode, ctx.metadata(), before -> DesaProgrammes.declareTuntas(
                        before.state(), desaCode, decisionNumber, g.decision(), g.distance())))
                .map(ProgrammeAnswers::declared);
    }

    /** What a declaration rests on, as the projection reads it. */
    private record Grounds(Optional<ProgrammeDecision> decision, TuntasDistance distance) {
    }

    /** The desa's aggregates, one after the other on the transaction's connection, in the order given. */
    private Uni<List<Loaded<DesaProgramme>>> loadAll(SqlConnection tx, List<String> desaCodes) {
        Uni<List<Loaded<DesaProgramme>>> all = Uni.createFrom().item(new ArrayList<>());
        for (String code : desaCodes) {
            all = all.chain(list -> aggregates.load(tx, desa, code).map(loaded -> {
                list.add(loaded);
                return list;
            }));
        }
        return all;
    }
}
