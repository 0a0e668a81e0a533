package id.desatumis.registry.application;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.persistence.PersonIdentities;
import io.vertx.pgclient.PgException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answers to a NIK or KK number held elsewhere. Only Dinas Sosial is told which household holds it:
 * an operator must learn nothing about another village.
 */
final class IdentityConflicts {

    private IdentityConflicts() {
    }

    static ProblemException nikTaken(Caller caller, List<String> fields, List<UUID> holders) {
        List<FieldError> errors = fields.stream()
                .map(f -> new FieldError(f, "nik-unique", "this NIK belongs to a living person already registered")).toList();
        Map<String, Object> ext = caller.has(Roles.DINSOS) && !holders.isEmpty()
                ? Map.of("holdingHouseholdIds", holders.stream().distinct().map(UUID::toString).toList()) : Map.of();
        return new ProblemException(RegistryProblems.NIK_REGISTERED, "a NIK in this request is already registered",
                errors, ext, Map.of());
    }

    static ProblemException kkTaken(Caller caller, UUID holder) {
        Map<String, Object> ext = caller.has(Roles.DINSOS) && holder != null
                ? Map.of("holdingHouseholdId", holder.toString()) : Map.of();
        return new ProblemException(RegistryProblems.KK_REGISTERED, "this KK number is already registered",
                List.of(new FieldError("kkNumber", "kk-unique", "this KK number belongs to a registered household")), ext, Map.of());
    }

    /**
     * A NIK or KK number found held while the read models were written: a concurrent registration won the race (a
     * unique constraint fired), or a member's NIK is held by a current member of another household.
     */
    static Throwable fromConstraint(Throwable failure, Caller caller, List<String> nikFields) {
        if (failure instanceof PersonIdentities.NikHeldElsewhere) return nikTaken(caller, nikFields, List.of());
        if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
            String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
            if (constraint.startsWith("person_identity")) return nikTaken(caller, nikFields, List.of());
            if (constraint.startsWith("household_index_kk")) return kkTaken(caller, null);
        }
        return failure;
    }
}
