package id.desatumis.partner.api;

import id.desatumis.partner.application.MatrixViews;
import id.desatumis.partner.application.PledgeQueries;
import id.desatumis.partner.application.ForumQueries;
import id.desatumis.partner.application.PartnerQueries;
import id.desatumis.partner.application.views.ViewFreshness.Freshness;
import id.desatumis.partner.domain.NeedKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the OpenAPI document says of the service's answers that the resources cannot show by their Java types: the
 * commands answer {@link id.desatumis.kit.api.CommandResult}'s map (kept for Idempotency-Key replays), the queries
 * the read models' answers with their freshness beside their fields ({@link FreshAnswers}). Each record here is the
 * shape of one such answer, field for field as the code builds it ({@code PartnerCommands.result},
 * {@code ForumResults}, {@code MatrixCommands.result}, {@code PledgeAnswers}); none is ever instantiated. The patterns
 * are the field rules of {@link FieldChecks}, {@link id.desatumis.partner.domain.Area} and
 * {@link id.desatumis.partner.domain.DecisionNumber}.
 */
final class ApiSchemas {

    /** The regency, a kecamatan or a desa of Kabupaten Sragen (whether the code exists is the region catalog's). */
    static final String AREA_PATTERN = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$";
    static final String DECISION_PATTERN = "^[A-Za-z0-9./_-]{1,100}$";
    static final String OPD_CODE_PATTERN = "^[A-Za-z0-9._-]{2,30}$";
    static final String IF_MATCH_PATTERN = "^\"[0-9]{1,18}\"$";
    static final String IDEMPOTENCY_KEY_PATTERN = "^[\\x21-\\x7e]{1,255}$";

    static final String PARTNER_ID = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f";
    static final String PARTNER_ID_2 = "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
    static final String PLEDGE_ID = "3f6a9c12-8e4b-4d7a-b1c5-9e2f0a7d4b38";
    static final String FORUM_ID = "c4e7a1b9-2d3f-4a6c-8e5b-7f9d1c3a5e20";
    static final String DECISION_EXAMPLE = "TKPKD/33.14/2026/011";

    static final String IF_MATCH = "The version (the ETag of an earlier answer) the change is meant for; a stale one is "
            + "refused with 412 and the current version. Optional.";
    static final String IDEMPOTENCY_KEY = "1 to 255 visible ASCII characters naming this request: a retry with the same "
            + "key and body is answered as the first was (with Idempotent-Replayed: true), the same key with another "
            + "body is 422, while the first still runs 409. Kept 24 hours, per caller, method and path. Optional.";
    static final String LOCATION = "Where the record can be read";
    static final String ETAG = "The record's version after the command, a strong ETag such as \"3\": send it as If-Match";
    static final String EVENTS_BEHIND = "Events in the store not yet applied to the read models (counted up to a cap)";
    static final String LAST_EVENT_AT = "When the last event applied to the read models was recorded; absent before the first";

    static final String PARTNERS = "Partners";
    static final String PARTNERS_TAG = "The actors of the programme: OPDs, village governments (PEMDES) and partners, "
            + "registered, suspended and reinstated by Dinas Sosial or TKPKD";
    static final String PLEDGES = "Pledges";
    static final String PLEDGES_TAG = "What each actor pledges (kinds of need, areas, rupiah and units, a period), its "
            + "acceptance on a forum decision, withdrawals, and what of it is reserved and where it went";
    static final String FORUMS = "Forums";
    static final String FORUMS_TAG = "Coordination forums (TKPKD coordination, musyawarah kecamatan, musyawarah desa): "
            + "invitations, attendance and decisions";
    static final String MATRIX = "Responsibility matrix";
    static final String MATRIX_TAG = "Who leads each kind of need in the regency, a kecamatan or a desa, with its "
            + "supporting actors, from which forum decision and date";

    private ApiSchemas() {
    }

    @Schema(name = "AreaCode", type = SchemaType.STRING, pattern = AREA_PATTERN, examples = "33.14.07",
            description = "An area of Kabupaten Sragen by its dotted Kemendagri code: the regency 33.14, a kecamatan "
                    + "(33.14.07) or a desa (33.14.07.2001)")
    static final class AreaCode {
    }

    @Schema(name = "PartnerAnswer", description = "A partner as it stands after the command", requiredProperties = {
            "partnerId", "type", "name", "contactRole", "status", "version"})
    record PartnerAnswer(
            @Schema(format = "uuid", examples = PARTNER_ID, description = "The partner's id") UUID partnerId,
            @Schema(type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}, description = "What kind of actor it is") String type,
            @Schema(examples = "Baznas Kabupaten Sragen", maxLength = 200, description = "Its name") String name,
            @Schema(nullable = true, pattern = OPD_CODE_PATTERN, examples = "DINSOS",
                    description = "An OPD's office code (the opd claim of its staff's tokens); null for every other type")
            String opdCode,
            @Schema(examples = "Ketua Bidang Pendistribusian", maxLength = 200,
                    description = "The role to contact, never a person's name") String contactRole,
            @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "SUSPENDED"}, description = "ACTIVE, or SUSPENDED: nothing new is reserved "
                    + "from a suspended partner's pledges") String status,
            @Schema(minimum = "1", examples = "1", description = "The partner stream's version, as in the ETag") long version) {
    }

    @Schema(name = "ForumAnswer", description = "A forum as it stands after the command: invitations, attendance and "
            + "decisions. Actors are partner ids; a representative is a role, never a name", requiredProperties = {
            "forumId", "type", "date", "place", "agenda", "areaCode", "invited", "attendance", "decisions", "version",
            "recorded"})
    record ForumAnswer(
            @Schema(description = "The forum's id", format = "uuid", examples = FORUM_ID) UUID forumId,
            @Schema(description = "The type of forum", type = SchemaType.STRING, enumeration = {"TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN", "MUSYAWARAH_DESA"}) String type,
            @Schema(description = "The day it is (or was) held") LocalDate date,
            @Schema(description = "Where it is held", examples = "Balai Desa Tangen") String place,
            @Schema(description = "What it is held for", examples = "Penetapan penerima bantuan RTLH 2027") String agenda,
            @Schema(type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN, examples = "33.14.07", description = "The area the forum is held for: the regency for "
                    + "TKPKD_COORDINATION, a kecamatan for MUSYAWARAH_KECAMATAN, a desa for MUSYAWARAH_DESA") String areaCode,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, description = "The actors invited")
            List<String> invited,
            @Schema(description = "How invited actors took part, one entry per actor recorded") List<AttendedAnswer> attendance,
            @Schema(description = "The decisions recorded at the forum") List<DecisionAnswer> decisions,
            @Schema(minimum = "1", examples = "3", description = "The forum stream's version, as in the ETag") long version,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"ActorsInvited\"]",
                    description = "The events this command recorded (ForumScheduled, ActorsInvited, AttendanceRecorded, "
                            + "DecisionRecorded); empty when it changed nothing") List<String> recorded) {
    }

    @Schema(name = "AttendedAnswer", requiredProperties = {"partnerId", "attendance"})
    record AttendedAnswer(
            @Schema(description = "The partner's id", format = "uuid", examples = PARTNER_ID) UUID partnerId,
            @Schema(description = "How the actor took part", type = SchemaType.STRING, enumeration = {"PRESENT", "REPRESENTED", "ABSENT_WITH_NOTICE", "ABSENT_WITHOUT_NOTICE"}) String attendance,
            @Schema(nullable = true, examples = "Sekretaris Dinas",
                    description = "The role of whoever came in the actor's place; REPRESENTED only") String representedBy) {
    }

    @Schema(name = "DecisionAnswer", requiredProperties = {"number", "text", "approves", "decidedOn"})
    record DecisionAnswer(
            @Schema(description = "The decision's number, unique across the programme", pattern = DECISION_PATTERN, examples = DECISION_EXAMPLE) String number,
            @Schema(description = "What was decided", examples = "Pledges of Baznas accepted") String text,
            @Schema(description = "What the decision approves") ApprovesAnswer approves,
            @Schema(description = "The forum's date") LocalDate decidedOn) {
    }

    @Schema(name = "ApprovesAnswer", description = "What a decision approves", requiredProperties = "kind")
    record ApprovesAnswer(
            @Schema(description = "What kind of thing it approves", type = SchemaType.STRING, enumeration = {"PLEDGE", "RESPONSIBILITY", "VERIFICATION_LIST", "INTERVENTION_PLAN", "OTHER"}) String kind,
            @Schema(nullable = true, examples = PLEDGE_ID,
                    description = "What exactly, when the decision names it: a pledge id, a matrix entry "
                            + "(HOUSE_REPAIR@33.14.07), a list or plan reference") String reference) {
    }

    @Schema(name = "MatrixAnswer", description = "The matrix cell's latest entry after the command", requiredProperties = {
            "kind", "areaCode", "supportingPartnerIds", "decisionNumber", "effectiveFrom", "version"})
    record MatrixAnswer(
            @Schema(description = "The kind of need", type = SchemaType.STRING, enumeration = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"}) String kind,
            @Schema(description = "The area's Kemendagri code", type = SchemaType.STRING, pattern = ApiSchemas.AREA_PATTERN, examples = "33.14.07") String areaCode,
            @Schema(format = "uuid", nullable = true, examples = PARTNER_ID,
                    description = "The lead from effectiveFrom on; null after a clearance") UUID leadPartnerId,
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, description = "The supporting actors")
            List<String> supportingPartnerIds,
            @Schema(description = "The forum decision cited", pattern = DECISION_PATTERN, examples = DECISION_EXAMPLE) String decisionNumber,
            @Schema(description = "From this day on") LocalDate effectiveFrom,
            @Schema(minimum = "1", examples = "1", description = "The cell stream's version, as in the ETag") long version) {
    }

    @Schema(name = "PledgeAnswer", description = "A pledge as it stands after the command, with its balance",
            requiredProperties = {"pledgeId", "partnerId", "status", "version", "kinds", "scope", "validFrom",
                    "validUntil", "balance"})
    record PledgeAnswer(
            @Schema(description = "The pledge's id", format = "uuid", examples = PLEDGE_ID) UUID pledgeId,
            @Schema(description = "The partner's id", format = "uuid", examples = PARTNER_ID) UUID partnerId,
            @Schema(description = "Where the pledge stands", type = SchemaType.STRING, enumeration = {"OFFERED", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"}) String status,
            @Schema(minimum = "1", examples = "1", description = "The pledge stream's version, as in the ETag") long version,
            @Schema(description = "The kinds of need", type = SchemaType.ARRAY, implementation = NeedKind.class) List<String> kinds,
            @Schema(description = "Where it may be used") ScopeAnswer scope,
            @Schema(type = SchemaType.STRING, enumeration = {"HOUSE", "CONNECTION", "LATRINE", "SCHOLARSHIP", "POLICY", "PERSON", "PACKAGE", "BUSINESS"}, description = "What a unit is; only when capacity counts units")
            String unit,
            @Schema(description = "The first day") LocalDate validFrom,
            @Schema(description = "The last day") LocalDate validUntil,
            @Schema(pattern = DECISION_PATTERN, examples = DECISION_EXAMPLE,
                    description = "The forum decision that accepted it, once accepted") String decisionNumber,
            @Schema(description = "Its figures") BalanceAnswer balance) {
    }

    @Schema(name = "ScopeAnswer", description = "Where a pledge may be used", requiredProperties = {"level", "codes"})
    record ScopeAnswer(
            @Schema(description = "The level of every area", type = SchemaType.STRING, enumeration = {"REGENCY", "KECAMATAN", "DESA"}) String level,
            @Schema(description = "The areas' Kemendagri codes", type = SchemaType.ARRAY, implementation = AreaCode.class, examples = "[\"33.14.07\"]") List<String> codes) {
    }

    @Schema(name = "BalanceAnswer", description = "The pledge's figures in the parts its capacity counts",
            requiredProperties = {"capacity", "reserved", "consumed", "withdrawn", "remaining"})
    record BalanceAnswer(@Schema(description = "What was offered") Counted capacity, @Schema(description = "Reserved by interventions") Counted reserved, @Schema(description = "Delivered from reservations") Counted consumed, @Schema(description = "Taken back by the partner") Counted withdrawn, @Schema(description = "What a reservation can still take") Counted remaining) {
    }

    @Schema(name = "Counted", description = "Whole rupiah and/or units: a part the pledge's capacity does not count is "
            + "left out")
    record Counted(
            @Schema(description = "Whole rupiah", minimum = "0", examples = "500000000") Long rupiah,
            @Schema(description = "Whole units", minimum = "0", examples = "25") Long units) {
    }

    @Schema(name = "PartnerPage", description = "A page of partners by name, with the read models' freshness",
            requiredProperties = {"items", "page", "size", "total", "freshness"})
    record PartnerPage(@Schema(description = "The items of this page") List<PartnerQueries.PartnerItem> items, @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                       @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                       @Schema(minimum = "0", examples = "26", description = "How many items the listing has") long total,
                       @Schema(description = "How fresh the read models were") Freshness freshness) {
    }

    @Schema(name = "FreshPartner", description = "A partner from the read models, with their freshness",
            allOf = {PartnerQueries.PartnerItem.class, Freshened.class})
    interface FreshPartner {
    }

    @Schema(name = "ForumPage", description = "A page of forums, the latest first, with the read models' freshness",
            requiredProperties = {"items", "page", "size", "total", "freshness"})
    record ForumPage(@Schema(description = "The items of this page") List<ForumQueries.ForumItem> items, @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                     @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                     @Schema(description = "How many items the listing has", minimum = "0", examples = "3") long total, @Schema(description = "How fresh the read models were") Freshness freshness) {
    }

    @Schema(name = "FreshForum", description = "A forum from the read models, with their freshness",
            allOf = {ForumQueries.ForumDetail.class, Freshened.class})
    interface FreshForum {
    }

    @Schema(name = "AttendancePage", description = "Each actor's attendance, the most often absent first, with the read "
            + "models' freshness", requiredProperties = {"items", "page", "size", "total", "freshness"})
    record AttendancePage(@Schema(description = "The items of this page") List<ForumQueries.ActorTally> items, @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                          @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                          @Schema(description = "How many items the listing has", minimum = "0", examples = "12") long total, @Schema(description = "How fresh the read models were") Freshness freshness) {
    }

    @Schema(name = "FreshDecision", description = "A forum decision from the read models, with their freshness",
            allOf = {ForumQueries.DecisionItem.class, Freshened.class})
    interface FreshDecision {
    }

    @Schema(name = "PledgePage", description = "A page of a partner's pledges, the first to end first, with the read "
            + "models' freshness", requiredProperties = {"items", "page", "size", "total", "freshness"})
    record PledgePage(@Schema(description = "The items of this page") List<PledgeQueries.PledgeItem> items, @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                      @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                      @Schema(description = "How many items the listing has", minimum = "0", examples = "2") long total, @Schema(description = "How fresh the read models were") Freshness freshness) {
    }

    @Schema(name = "FreshPledge", description = "A pledge from the read models, with their freshness",
            allOf = {PledgeQueries.PledgeItem.class, Freshened.class})
    interface FreshPledge {
    }

    @Schema(name = "FreshAllocations", description = "Where a partner's pledges went, with the read models' freshness",
            allOf = {AllocationsAnswer.class, Freshened.class})
    interface FreshAllocations {
    }

    @Schema(name = "Allocations", description = "A page of (desa, kind of need) groups and the totals over the whole "
            + "filter", requiredProperties = {"partnerId", "groups", "totals"})
    record AllocationsAnswer(@Schema(description = "The partner", format = "uuid", examples = PARTNER_ID) UUID partnerId, @Schema(description = "A page of (desa, kind of need) groups") AllocationPage groups,
                             @Schema(description = "The sums over the whole filter") PledgeQueries.Allocation totals) {
    }

    @Schema(name = "AllocationPage", requiredProperties = {"items", "page", "size", "total"})
    record AllocationPage(@Schema(description = "The items of this page") List<PledgeQueries.Allocation> items, @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                          @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                          @Schema(description = "How many items the listing has", minimum = "0", examples = "4") long total) {
    }

    @Schema(name = "MatrixPage", description = "The matrix entries in force on a day", requiredProperties = {"at", "total",
            "page", "size", "items"})
    record MatrixPage(@Schema(description = "The day read") LocalDate at,
                      @Schema(description = "How many items the listing has", minimum = "0", examples = "8") int total,
                      @Schema(description = "The page, from 0", minimum = "0", examples = "0") int page,
                      @Schema(description = "Items per page", minimum = "1", maximum = "200", examples = "50") int size,
                      @Schema(description = "The items of this page") List<MatrixViews.Entry> items) {
    }

    @Schema(name = "Freshened", description = "How fresh the read models were when the answer was read",
            requiredProperties = "freshness")
    record Freshened(@Schema(description = "How fresh the read models were") Freshness freshness) {
    }
}
