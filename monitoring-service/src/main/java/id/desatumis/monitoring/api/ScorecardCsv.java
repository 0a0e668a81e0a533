package id.desatumis.monitoring.api;

import id.desatumis.monitoring.domain.Scorecard;

import java.util.Arrays;
import java.util.List;

/** Scorecards as a CSV table: one line per actor, the JSON's figures flattened. */
final class ScorecardCsv {

    private static final List<String> HEADERS = List.of("partnerId", "name", "type", "pledgedRupiah", "pledgedUnits",
            "reservedRupiah", "reservedUnits", "consumedRupiah", "consumedUnits", "deliveredRupiah", "deliveredUnits",
            "verifiedRupiah", "verifiedUnits", "interventions", "overdue", "disputes", "planToDeliveryDaysP50",
            "planToDeliveryDaysP90", "deliveryToVerificationDaysP50", "deliveryToVerificationDaysP90", "forumsInvited",
            "forumsAttended", "forumsAbsentWithoutNotice", "forumsAttendanceRate");

    private ScorecardCsv() {
    }

    static CsvTable of(String fileName, List<Scorecard> cards) {
        return new CsvTable(fileName, HEADERS, cards.stream().map(ScorecardCsv::row).toList());
    }

    private static List<?> row(Scorecard s) {
        return Arrays.asList(s.partnerId(), s.name(), s.type(), s.pledged().rupiah(), s.pledged().units(),
                s.reserved().rupiah(), s.reserved().units(), s.consumed().rupiah(), s.consumed().units(),
                s.delivered().rupiah(), s.delivered().units(), s.verified().rupiah(), s.verified().units(),
                s.interventions(), s.overdue(), s.disputes(), s.planToDeliveryDays().p50(),
                s.planToDeliveryDays().p90(), s.deliveryToVerificationDays().p50(),
                s.deliveryToVerificationDays().p90(), s.forums().invited(), s.forums().attended(),
                s.forums().absentWithoutNotice(), s.forums().attendanceRate());
    }
}
