package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pledge as the queries list it (stream {@code pledge-<id>}): what it offers, where and when, and what of it its
 * reservations (streams of their own) hold and used. Amounts are whole rupiah or units; a capacity part that is not
 * counted is null.
 */
@Entity
@Table(name = "pledge_view")
public class PledgeView extends PanacheEntityBase {

    @Id
    @Column(name = "pledge_id")
    public UUID pledgeId;
    @Column(name = "partner_id")
    public UUID partnerId;
    @Column(name = "status")
    public String status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "kinds")
    public String[] kinds;
    @Column(name = "scope_level")
    public String scopeLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_codes")
    public String[] scopeCodes;
    @Column(name = "unit")
    public String unit;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "capacity_rupiah")
    public Long capacityRupiah;
    @Column(name = "capacity_units")
    public Long capacityUnits;
    /** Still held by open reservations. */
    @Column(name = "reserved_rupiah")
    public long reservedRupiah;
    @Column(name = "reserved_units")
    public long reservedUnits;
    @Column(name = "consumed_rupiah")
    public long consumedRupiah;
    @Column(name = "consumed_units")
    public long consumedUnits;
    @Column(name = "withdrawn_rupiah")
    public long withdrawnRupiah;
    @Column(name = "withdrawn_units")
    public long withdrawnUnits;
    /** The forum decision that accepted it. */
    @Column(name = "decision_number")
    public String decisionNumber;
    /** Why it was declined or withdrawn. */
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "offered_at")
    public OffsetDateTime offeredAt;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    /** The version of its own stream last applied (its reservations' streams keep theirs in their own rows). */
    @Column(name = "version")
    public long version;
}
