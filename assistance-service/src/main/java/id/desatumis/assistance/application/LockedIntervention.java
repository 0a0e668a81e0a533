package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.Intervention;
import id.desatumis.assistance.domain.NeedsOfHousehold;
import id.desatumis.assistance.persistence.InterventionIndex.CommandKeys;
import id.desatumis.kit.aggregate.Loaded;

/**
 * An intervention loaded under its stream's lock for a command on its deliveries, with the household it serves when
 * the command may change the household's need (loaded under its lock too; null otherwise). The budget line, when the
 * command may change it, is locked with them and read by the ledger.
 */
public record LockedIntervention(CommandKeys keys, Loaded<Intervention> intervention,
                                 Loaded<NeedsOfHousehold> household) {

    public Intervention state() {
        return intervention.state();
    }
}
