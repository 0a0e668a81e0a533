package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner as the queries show it (stream {@code partner-<id>}): no personal data, a contact is a role. */
@Entity
@Table(name = "partner_view")
public class PartnerView extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;
    @Column(name = "type")
    public String type;
    @Column(name = "name")
    public String name;
    @Column(name = "opd_code")
    public String opdCode;
    @Column(name = "contact_role")
    public String contactRole;
    @Column(name = "status")
    public String status;
    /** Why it was last suspended or reinstated. */
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    /** The version of its stream last applied. */
    @Column(name = "version")
    public long version;
}
