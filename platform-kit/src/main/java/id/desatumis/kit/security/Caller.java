package id.desatumis.kit.security;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.eventstore.EventMetadata;

import java.util.Set;

/** Who is calling, from the verified token: subject, roles, and the scope claims of their role. */
public record Caller(String subject, String username, Set<String> roles, Set<String> desaCodes, String opdCode,
                     String partnerId) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The role recorded as the actor's in event metadata. */
    public String primaryRole() {
        return Roles.BY_PRECEDENCE.stream().filter(roles::contains).findFirst().orElse("none");
    }

    /** Programme-wide staff act everywhere; a village operator only in the desa codes of its token. */
    public boolean mayActIn(String desaCode) {
        return has(Roles.DINSOS) || (has(Roles.VILLAGE_OPERATOR) && desaCodes.contains(desaCode));
    }

    /** Refuses, with 403, a change in a desa the caller does not act for. */
    public void requireActIn(String desaCode) {
        if (!mayActIn(desaCode)) {
            throw new id.desatumis.kit.api.ProblemException(Problems.OUTSIDE_SCOPE,
                    "you do not act for this desa");
        }
    }

    /**
     * Whether the caller may learn that a record of this desa exists. When not, the answer is 404, never 403:
     * an operator of one village must not learn what exists in another.
     */
    public boolean maySee(String desaCode) {
        boolean districtWide = has(Roles.DINSOS) || has(Roles.TKPKD) || has(Roles.AUDITOR) || has(Roles.OPD)
                || has(Roles.PARTNER);
        return districtWide || (has(Roles.VILLAGE_OPERATOR) && desaCodes.contains(desaCode));
    }

    public EventMetadata metadata(String source, String correlationId, String traceparent) {
        return new EventMetadata(subject, primaryRole(), correlationId, null, traceparent, source);
    }
}
