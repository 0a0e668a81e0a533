package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One actor at one forum: invited or not, and how it took part once recorded (null until then). An actor recorded
 * without an invitation is kept too ({@code invited} false): the forum knew it was there.
 */
@Entity
@Table(name = "forum_attendance_view")
@IdClass(ForumAttendanceView.Key.class)
public class ForumAttendanceView extends PanacheEntityBase {

    @Id
    @Column(name = "forum_id")
    public UUID forumId;
    @Id
    @Column(name = "partner_id")
    public UUID partnerId;
    @Column(name = "invited")
    public boolean invited;
    /** PRESENT, REPRESENTED, ABSENT_WITH_NOTICE or ABSENT_WITHOUT_NOTICE; null while not recorded. */
    @Column(name = "attendance")
    public String attendance;
    /** The role of whoever came in the actor's place, never a name. */
    @Column(name = "represented_by")
    public String representedBy;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    public Key key() {
        return new Key(forumId, partnerId);
    }

    /** The row's identity: the forum and the actor. */
    public static class Key implements Serializable {
        public UUID forumId;
        public UUID partnerId;

        public Key() {
        }

        public Key(UUID forumId, UUID partnerId) {
            this.forumId = forumId;
            this.partnerId = partnerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(forumId, k.forumId) && Objects.equals(partnerId, k.partnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(forumId, partnerId);
        }
    }
}
