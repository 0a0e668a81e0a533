package id.desatumis.partner.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the matrix queries answer, as JSON. Actors by id, name, type and status: no person is named. */
public final class MatrixViews {

    private MatrixViews() {
    }

    /** A registered actor; name, type and status are null for an id the directory does not hold. */
    public record Actor(UUID partnerId, String name, String type, String status) {
    }

    /**
     * Who leads a kind of need in an area on a day: {@code fromAreaCode} is the area whose entry answers (the area
     * itself or a wider one); {@code gap} when nobody does.
     */
    public record Lead(String kind, String areaCode, String areaName, LocalDate at, boolean gap, Actor lead,
                       List<Actor> supporting, String decisionNumber, LocalDate effectiveFrom, String fromAreaCode,
                       String fromAreaLevel) {
    }

    /** One entry of the matrix in force. */
    public record Entry(String kind, String areaCode, String areaLevel, String areaName, Actor lead, List<Actor> supporting,
                        String decisionNumber, LocalDate effectiveFrom) {
    }

    /** A kind of need in an area that nobody leads, there or in a wider area. */
    public record Gap(String kind, String areaCode, String areaLevel, String areaName) {
    }

    public record Page<T>(LocalDate at, int total, int page, int size, List<T> items) {
    }

    /** The gaps, with how many there are of each kind (of those the caller may see). */
    public record GapPage(LocalDate at, int total, Map<String, Integer> byKind, int page, int size, List<Gap> items) {
    }

    /** One entry of a cell's history: ASSIGNED (with a lead) or CLEARED (with the reason). */
    public record HistoryEntry(long version, String change, Actor lead, List<Actor> supporting, String decisionNumber,
                               LocalDate effectiveFrom, String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    public record History(String kind, String areaCode, String areaName, long version, List<HistoryEntry> entries) {
    }
}
