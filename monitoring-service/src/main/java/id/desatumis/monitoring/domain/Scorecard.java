package id.desatumis.monitoring.domain;

import java.util.UUID;

/**
 * One actor's scorecard (docs/indicators.md, "Actor scorecards"): what it pledged, reserved, consumed, delivered and
 * had verified; its interventions, those overdue, disputes on its deliveries; its lead times; its forum record.
 */
public record Scorecard(UUID partnerId, String name, String type, Amount pledged, Amount reserved, Amount consumed,
                        Amount delivered, Amount verified, int interventions, int overdue, int disputes,
                        LeadTimes planToDeliveryDays, LeadTimes deliveryToVerificationDays, ForumAttendance forums) {
}
