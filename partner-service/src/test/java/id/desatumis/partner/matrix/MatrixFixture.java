package id.desatumis.partner.matrix;

import id.desatumis.partner.domain.Approval;
import id.desatumis.partner.domain.ForumEvent.DecisionRecorded;
import id.desatumis.partner.domain.ForumType;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.persistence.ForumDecisions;
import id.desatumis.partner.persistence.PartnerDirectory;
import io.vertx.mutiny.sqlclient.Pool;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The partners and forum decisions the matrix tests name, written into the inline tables the commands check, as the
 * partner and forum commands write them. Every id and number is new, so tests sharing the database never meet.
 */
final class MatrixFixture {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final PartnerDirectory DIRECTORY = new PartnerDirectory();
    private static final ForumDecisions DECISIONS = new ForumDecisions();

    private MatrixFixture() {
    }

    static UUID partner(Pool pool, PartnerType type) {
        return register(pool, type, null);
    }

    /** An office registered with its office code (the {@code opd} claim of its staff's tokens). */
    static UUID opd(Pool pool, String opdCode) {
        return register(pool, PartnerType.OPD, opdCode);
    }

    static UUID suspended(Pool pool) {
        UUID id = partner(pool, PartnerType.CSR);
        pool.withTransaction(tx -> DIRECTORY.statusChanged(tx, id, PartnerDirectory.Status.SUSPENDED))
                .await().atMost(PATIENCE);
        return id;
    }

    /** A decision approving matrix entries in general, by the forum of the area's level. */
    static String decision(Pool pool, String areaCode) {
        return decision(pool, areaCode, Approval.Kind.RESPONSIBILITY, null);
    }

    static String decision(Pool pool, String areaCode, Approval.Kind kind, String reference) {
        ForumType type = switch (areaCode.split("\\.").length) {
            case 2 -> ForumType.TKPKD_COORDINATION;
            case 3 -> ForumType.MUSYAWARAH_KECAMATAN;
            default -> ForumType.MUSYAWARAH_DESA;
        };
        String number = "TEST/" + areaCode + "/" + UUID.randomUUID();
        var recorded = new DecisionRecorded(UUID.randomUUID(), number, "the matrix as agreed", new Approval(kind, reference),
                type, areaCode, LocalDate.of(2026, 6, 1), "sekretariat-tkpkd");
        pool.withTransaction(tx -> DECISIONS.recorded(tx, recorded)).await().atMost(PATIENCE);
        return number;
    }

    private static UUID register(Pool pool, PartnerType type, String opdCode) {
        UUID id = UUID.randomUUID();
        var registered = new PartnerRegistered(id, type, type + " " + id.toString().substring(0, 8), opdCode,
                "Kepala Bidang", "staf-dinsos");
        pool.withTransaction(tx -> DIRECTORY.registered(tx, registered)).await().atMost(PATIENCE);
        return id;
    }
}
