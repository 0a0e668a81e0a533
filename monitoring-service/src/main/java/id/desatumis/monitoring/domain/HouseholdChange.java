package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a batch changes in one household's row: its facts folded in their streams' order, so the row takes one write
 * per batch. A null field leaves the column as it is; {@code membersDelta} adds up; {@code listedAt} and
 * {@code assessedAt} keep the earliest; every other field the latest of its stream.
 */
public final class HouseholdChange {

    private final UUID householdId;
    private String registryDesa;
    private String assessedDesa;
    private int membersDelta;
    private OffsetDateTime listedAt;
    private OffsetDateTime goneAt;
    private String goneReason;
    private OffsetDateTime assessedAt;
    private UUID assessmentId;
    private String foundClass;
    private OffsetDateTime verifiedAt;
    private String verifiedClass;
    private OffsetDateTime rejectedAt;
    private OffsetDateTime needsIdentifiedAt;
    private OffsetDateTime graduatedAt;
    private OffsetDateTime needsMetAt;

    public HouseholdChange(UUID householdId) {
        this.householdId = householdId;
    }

    /** Folds the household's next fact. */
    public HouseholdChange add(HouseholdFact fact) {
        if (!fact.householdId().equals(householdId)) throw new IllegalArgumentException("another household's fact");
        fact.applyTo(this);
        return this;
    }

    void registry(String desaCode, int delta) {
        registryDesa = desaCode;
        membersDelta += delta;
    }

    void listed(OffsetDateTime at) {
        listedAt = earliest(listedAt, at);
    }

    void gone(OffsetDateTime at, String reason) {
        goneAt = at;
        goneReason = reason;
    }

    HouseholdChange assessment(String desaCode) {
        assessedDesa = desaCode;
        return this;
    }

    void classified(OffsetDateTime at, UUID assessment, String povertyClass) {
        assessedAt = earliest(assessedAt, at);
        assessmentId = assessment;
        foundClass = povertyClass;
    }

    void verified(OffsetDateTime at, String povertyClass) {
        verifiedAt = at;
        verifiedClass = povertyClass;
    }

    void rejected(OffsetDateTime at) {
        rejectedAt = at;
    }

    void needsIdentified(OffsetDateTime at, String povertyClass) {
        needsIdentifiedAt = at;
        verifiedClass = povertyClass;
    }

    void graduated(OffsetDateTime at) {
        graduatedAt = at;
    }

    void needsMet(OffsetDateTime at) {
        needsMetAt = at;
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) return b;
        return b == null || a.isBefore(b) ? a : b;
    }

    public UUID householdId() { return householdId; }
    public String registryDesa() { return registryDesa; }
    public String assessedDesa() { return assessedDesa; }
    public int membersDelta() { return membersDelta; }
    public OffsetDateTime listedAt() { return listedAt; }
    public OffsetDateTime goneAt() { return goneAt; }
    public String goneReason() { return goneReason; }
    public OffsetDateTime assessedAt() { return assessedAt; }
    public UUID assessmentId() { return assessmentId; }
    public String foundClass() { return foundClass; }
    public OffsetDateTime verifiedAt() { return verifiedAt; }
    public String verifiedClass() { return verifiedClass; }
    public OffsetDateTime rejectedAt() { return rejectedAt; }
    public OffsetDateTime needsIdentifiedAt() { return needsIdentifiedAt; }
    public OffsetDateTime graduatedAt() { return graduatedAt; }
    public OffsetDateTime needsMetAt() { return needsMetAt; }
}
