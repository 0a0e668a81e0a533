package id.desatumis.assistance.domain;

import java.util.UUID;

/** Dinas Sosial's decision to plan despite an earlier intervention the double-assistance guard found, and why. */
public record GuardOverride(UUID existingInterventionId, String reason) {
}
