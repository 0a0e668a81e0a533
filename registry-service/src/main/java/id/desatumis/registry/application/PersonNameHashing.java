package id.desatumis.registry.application;

import id.desatumis.registry.persistence.PersonNames;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At start, hashes the names the search table held in clear before names were hashed (V21): each row's words get
 * their keyed hashes and its clear name goes. Idempotent and resumable; the search finds such a row only once it is
 * hashed (a few seconds after a start on an old database).
 */
@ApplicationScoped
public class PersonNameHashing {

    private static final Logger LOG = Logger.getLogger(PersonNameHashing.class);
    private static final int BATCH = 500;

    private final Pool pool;
    private final PersonNames names;
    private final IdentityHasher hasher;

    public PersonNameHashing(Pool pool, PersonNames names, IdentityHasher hasher) {
        this.pool = pool;
        this.names = names;
        this.hasher = hasher;
    }

    void onStart(@Observes StartupEvent event) {
        run(0).subscribe().with(
                hashed -> {
                    if (hashed > 0) LOG.infof("hashed %d names the search table held in clear", hashed);
                },
                e -> LOG.errorf(e, "hashing the names held in clear stopped; it goes on at the next start"));
    }

    /** Hashes every row still in clear; how many. */
    public Uni<Integer> run(int doneSoFar) {
        return pool.withTransaction(tx -> names.inClear(tx, BATCH).call(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PersonNames.InClear row : rows) {
                chain = chain.chain(() -> names.hashed(tx, row.memberId(), hasher.wordsOf(row.normalised())));
            }
            return chain;
        })).chain(rows -> rows.isEmpty() ? Uni.createFrom().item(doneSoFar) : run(doneSoFar + rows.size()));
    }
}
