package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.UUID;
import java.util.regex.Pattern;

/** A stream held back from its first event that could not be mapped, and why. */
public record ParkedStream(String streamId, long fromVersion, UUID eventId, String eventType, String reason) {

    /**
     * The event and a reason an operator can act on, without the payload's values: quoted text of the failure's
     * message (a parser quotes what it could not read) is left out, since it may be personal data.
     */
    static ParkedStream at(StoredEvent event, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? "" : ": " + QUOTED.matcher(root.getMessage()).replaceAll("'…'");
        String reason = (root == failure ? "" : failure.getClass().getName() + " caused by ") + root.getClass().getName()
                + message.lines().findFirst().orElse("");
        return new ParkedStream(event.streamId(), event.version(), event.eventId(), event.type(),
                reason.length() > 500 ? reason.substring(0, 500) : reason);
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|`[^`]*`");
}
