package id.desatumis.kit.eventstore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The first place where a stream's hash chain does not hold, and why. */
@Schema(description = "The first place where a stream's hash chain does not hold, and why")
public record BrokenLink(
        @Schema(description = "The stream", required = true, examples = "household-0b8f3c52-3d1e-4a57-9b1a-7d2f0e6c9a41") String streamId,
        @Schema(description = "The event's version in its stream", required = true, examples = "4") long version,
        @Schema(description = "The event's position in the whole store", required = true, examples = "1042") long globalPosition,
        @Schema(description = "What does not hold", required = true, examples = "hash does not match the event's content") String reason) {
}
