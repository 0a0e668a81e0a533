package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A forum decision with its text, by its programme-wide number (its stable identity, cited everywhere). */
@Entity
@Table(name = "forum_decision_view")
public class ForumDecisionView extends PanacheEntityBase {

    @Id
    @Column(name = "number")
    public String number;
    @Column(name = "forum_id")
    public UUID forumId;
    @Column(name = "forum_type")
    public String forumType;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "text")
    public String text;
    @Column(name = "approves_kind")
    public String approvesKind;
    @Column(name = "approves_reference")
    public String approvesReference;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
