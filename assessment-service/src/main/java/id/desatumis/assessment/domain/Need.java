package id.desatumis.assessment.domain;

import java.util.UUID;

/** A need: its kind, the member it concerns (null for a household need), and the answers that produced it. */
public record Need(NeedKind kind, UUID memberId, String reason) {
}
