package id.desatumis.assistance.domain;

import id.desatumis.kit.domain.RuleBroken;

import java.util.UUID;

/**
 * An actor of the programme as partner-service published it: a partner, an office (OPD, with its office code) or a
 * village government. A suspended actor takes on nothing new until it is reinstated.
 */
public record Actor(UUID partnerId, ActorType type, String name, String opdCode, boolean active) {

    /** Refuses a suspended actor, on the field of the request that named it. */
    public Actor requireActive(String field) {
        if (!active) {
            throw new RuleBroken(field, "actor-suspended",
                    "partner-service has suspended this actor: it takes on nothing new until it is reinstated");
        }
        return this;
    }

    /** The refusal of an actor not known here; partner-service may not have published its registration yet. */
    public static RuleBroken unknown(String field) {
        return new RuleBroken(field, "actor-unknown",
                "no actor has this id here (partner-service may not have published its registration yet)");
    }
}
