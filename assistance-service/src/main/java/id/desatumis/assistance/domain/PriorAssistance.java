package id.desatumis.assistance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention the double-assistance guard compares a new one with: any actor's, planned or delivered, for the
 * same household. {@code date} is its last delivery's date, or its due date while nothing is delivered.
 */
public record PriorAssistance(UUID interventionId, UUID memberId, NeedKind kind, UUID actorId, Stage stage,
                              LocalDate date) {
}
