package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What tkpkd's decisions answer, for the OpenAPI document: the application builds these bodies as maps
 * ({@code ProgrammeAnswers}, kept as they are for an Idempotency-Key's replay), these records name their fields.
 */
final class DecisionAnswers {

    private DecisionAnswers() {
    }

    @Schema(name = "IntakeRecorded", description = "The intake recorded: every desa named joined the programme")
    record IntakeRecorded(
            @Schema(description = "The intake year", examples = "2022", required = true) int intakeYear,
            @Schema(description = "The TKPKD decision cited", examples = "TKPKD/33.14/2022/001", required = true)
            String decisionNumber,
            @Schema(description = "The desa that joined, as named", required = true,
                    examples = "[\"33.14.07.2003\", \"33.14.07.2005\"]") List<String> desaCodes) {
    }

    @Schema(name = "TuntasDeclared", description = "The declaration recorded, with what was settled at it")
    record TuntasDeclared(
            @Schema(description = "The desa's Kemendagri code", examples = "33.14.07.2003",
                    pattern = SchemaWords.DESA_CODE, required = true) String desaCode,
            @Schema(description = "Always DECLARED", enumeration = "DECLARED", required = true) String status,
            @Schema(description = "The forum decision cited", examples = "MUSDES/33.14.07.2003/2023/007",
                    required = true) String decisionNumber,
            @Schema(description = "Verified-poor households with every verified need met", examples = "529",
                    minimum = "0", required = true) int householdsMet,
            @Schema(description = "Verified needs met (delivery verified)", examples = "1432", minimum = "0",
                    required = true) int needsMet,
            @Schema(description = "Verified needs closed for a recorded reason", examples = "7", minimum = "0",
                    required = true) int needsClosed,
            @Schema(description = "The desa stream's version after the declaration (the ETag)", examples = "2",
                    minimum = "1", required = true) long version) {
    }

    @Schema(name = "RebuildRequested", description = "The new generation of the projection, building beside the live one")
    record RebuildRequested(
            @Schema(description = "The new generation's number", examples = "4", minimum = "1", required = true)
            int generation,
            @Schema(description = "Its state", enumeration = "BUILDING", required = true) String state,
            @Schema(description = "The subject of the token that asked", examples = "dinsos-sri", required = true)
            String requestedBy) {
    }
}
