package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A coordination forum (stream {@code forum-<id>}). Its version guards its invitations, attendance and decisions
 * too: they all come from its stream.
 */
@Entity
@Table(name = "forum_view")
public class ForumView extends PanacheEntityBase {

    @Id
    @Column(name = "forum_id")
    public UUID forumId;
    @Column(name = "type")
    public String type;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "place")
    public String place;
    @Column(name = "agenda")
    public String agenda;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "scheduled_at")
    public OffsetDateTime scheduledAt;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "version")
    public long version;
}
