package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where part of a pledge went: one reservation made from it (stream {@code reservation-<requestId>}), by desa and
 * kind of need, with what was reserved, consumed and given back. No household, no need: nothing personal.
 */
@Entity
@Table(name = "pledge_allocation_view")
public class PledgeAllocationView extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "pledge_id")
    public UUID pledgeId;
    @Column(name = "partner_id")
    public UUID partnerId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "desa_code")
    public String desaCode;
    /** What the reservation took from the pledge when it was made. */
    @Column(name = "reserved_rupiah")
    public long reservedRupiah;
    @Column(name = "reserved_units")
    public long reservedUnits;
    @Column(name = "consumed_rupiah")
    public long consumedRupiah;
    @Column(name = "consumed_units")
    public long consumedUnits;
    /** Given back to the pledge (a release, or the rest at the final consume). */
    @Column(name = "released_rupiah")
    public long releasedRupiah;
    @Column(name = "released_units")
    public long releasedUnits;
    /** Still holding capacity: not released and not finally consumed. */
    @Column(name = "open")
    public boolean open;
    @Column(name = "reserved_at")
    public OffsetDateTime reservedAt;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "version")
    public long version;
}
