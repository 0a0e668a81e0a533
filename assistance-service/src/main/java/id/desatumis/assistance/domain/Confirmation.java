package id.desatumis.assistance.domain;

import java.time.LocalDate;

/**
 * The household's confirmation of a delivery as the village recorded it: who in the household confirmed (a role,
 * never a name), on which day, and how; {@code verifiedBy} is the operator who recorded it.
 */
public record Confirmation(ConfirmedBy confirmedBy, LocalDate confirmedOn, Method method, String verifiedBy) {

    public enum ConfirmedBy { HEAD_OF_HOUSEHOLD, SPOUSE, OTHER_MEMBER, REPRESENTATIVE }

    public enum Method { SIGNATURE, THUMBPRINT, IN_PERSON_WITNESSED, PHOTO }
}
