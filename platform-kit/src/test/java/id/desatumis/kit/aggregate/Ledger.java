package id.desatumis.kit.aggregate;

import id.desatumis.kit.domain.RuleBroken;

import java.util.List;

/**
 * A tiny aggregate for the pipeline's tests: an account whose balance never goes below zero. Two generations of its
 * "Deposited" event: v1 stored the amount as {@code amount}, v2 as {@code amountRupiah} with a {@code source}.
 */
final class Ledger {

    private Ledger() {
    }

    record State(long balance) {
    }

    /** Events as the code reads them today. */
    sealed interface Event permits Deposited, Withdrawn {
    }

    record Deposited(long amountRupiah, String source) implements Event {
    }

    record Withdrawn(long amountRupiah) implements Event {
    }

    /** The event family of the older build, which stored Deposited at schema version 1. */
    sealed interface OldEvent permits OldDeposited, OldWithdrawn {
    }

    record OldDeposited(long amount) implements OldEvent {
    }

    record OldWithdrawn(long amountRupiah) implements OldEvent {
    }

    static List<Event> withdraw(State state, long amount) {
        if (amount > state.balance()) throw new RuleBroken("amountRupiah", "insufficient", "the balance is lower");
        return List.of(new Withdrawn(amount));
    }

    static State evolve(State s, Event e) {
        if (e instanceof Deposited d) return new State(s.balance() + d.amountRupiah());
        if (e instanceof Withdrawn w) return new State(s.balance() - w.amountRupiah());
        return s;
    }
}
