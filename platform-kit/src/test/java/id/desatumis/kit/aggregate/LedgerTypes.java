package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ledger as two builds declare it: the old one (Deposited v1) and today's (Deposited v2, with an upcaster). */
final class LedgerTypes {

    private LedgerTypes() {
    }

    static final AggregateType<Ledger.State, Ledger.Event> TODAY = new AggregateType<>() {
        private final EventTypes<Ledger.Event> types = EventTypes.of(Ledger.Event.class)
                .type("Deposited", 2, Ledger.Deposited.class)
                .type("Withdrawn", 1, Ledger.Withdrawn.class)
                .upcaster("Deposited", 1, LedgerTypes::depositedV1toV2)
                .build();

        @Override public String category() { return "ledger"; }
        @Override public Ledger.State initial() { return new Ledger.State(0); }
        @Override public Ledger.State evolve(Ledger.State s, Ledger.Event e) { return Ledger.evolve(s, e); }
        @Override public EventTypes<Ledger.Event> eventTypes() { return types; }
    };

    static final AggregateType<Long, Ledger.OldEvent> OLD_BUILD = new AggregateType<>() {
        private final EventTypes<Ledger.OldEvent> types = EventTypes.of(Ledger.OldEvent.class)
                .type("Deposited", 1, Ledger.OldDeposited.class)
                .type("Withdrawn", 1, Ledger.OldWithdrawn.class)
                .build();

        @Override public String category() { return "ledger"; }
        @Override public Long initial() { return 0L; }
        @Override public Long evolve(Long s, Ledger.OldEvent e) {
            return e instanceof Ledger.OldDeposited d ? s + d.amount() : s - ((Ledger.OldWithdrawn) e).amountRupiah();
        }
        @Override public EventTypes<Ledger.OldEvent> eventTypes() { return types; }
    };

    /** v1 had {@code amount} and no source: deposits then were all cash at the counter. */
    static ObjectNode depositedV1toV2(ObjectNode v1) {
        ObjectNode v2 = v1.objectNode();
        v2.put("amountRupiah", v1.get("amount").asLong());
        v2.put("source", "COUNTER");
        return v2;
    }
}
