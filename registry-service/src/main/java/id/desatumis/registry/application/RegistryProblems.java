package id.desatumis.registry.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry's own problem types, served at {@code /problems/<slug>}. Every rule of the registry is its own type,
 * {@code /problems/<rule>}: the kit answers a request that breaks one rule with that rule's type and one that breaks
 * several with {@code /problems/validation-failed}. Field rules are 400, rules about the household's current state 409.
 */
@ApplicationScoped
public class RegistryProblems implements ProblemTypeCatalog {

    public static final ProblemType NIK_REGISTERED = new ProblemType("nik-already-registered", 409,
            "This NIK belongs to a living person already registered",
            "One living person per NIK. Dinas Sosial sees which household holds it; others are told only that it is taken.");
    public static final ProblemType KK_REGISTERED = new ProblemType("kk-already-registered", 409,
            "This KK number belongs to a registered household", "One household per KK number.");
    public static final ProblemType HOUSEHOLD_STATE = new ProblemType("household-state-conflict", 409,
            "The household's current state does not allow this", "See `errors` for the rule; read the household and retry.");

    private static final List<ProblemType> TYPES = new ArrayList<>(List.of(NIK_REGISTERED, KK_REGISTERED, HOUSEHOLD_STATE));

    private static void field(String rule, String title, String description) {
        TYPES.add(new ProblemType(rule, 400, title, description));
    }

    private static void state(String rule, String title, String description) {
        TYPES.add(new ProblemType(rule, 409, title, description));
    }

    static {
        field("nik-format", "A NIK is 16 digits", "PPKKCC DDMMYY SSSS: kecamatan code, date of birth, serial.");
        field("nik-kecamatan-unknown", "The NIK's first six digits are no kecamatan",
                "They must be a Kemendagri kecamatan code, current or former (a NIK keeps the code where it was first issued).");
        field("nik-date-invalid", "The NIK's date is no date", "Digits 7-12 are DDMMYY, the day plus 40 for women.");
        field("nik-sex-mismatch", "The NIK disagrees with the member's sex", "Women's NIKs carry the day of birth plus 40.");
        field("nik-birth-date-mismatch", "The NIK disagrees with the birth date", "Digits 7-12 are the day, month and year of birth.");
        field("nik-serial-invalid", "The NIK's serial is 0000", "The last four digits are a serial from 0001.");
        field("nik-required", "A NIK is required", "Only a child under one year may be registered without one.");
        field("nik-duplicate-in-request", "The same NIK twice", "One person appears once in a request.");
        field("kk-format", "A KK number is 16 digits", "Issuing kecamatan code, issue date, serial.");
        field("kk-region-unknown", "The KK number's region is unknown", "Its first six digits must be a kecamatan code.");
        field("kk-serial-invalid", "The KK number's serial is 0000", "The last four digits are a serial from 0001.");
        field("desa-format", "Not a desa code", "A dotted Kemendagri code, for example 33.14.07.2003 (never a BPS code).");
        field("desa-unknown", "Not a desa of Sragen", "One of Kabupaten Sragen's 208 desa and kelurahan (GET /regions).");
        field("required", "A required field is missing", "The field named in errors is required.");
        field("max-length", "Too long", "The field named in errors is longer than allowed.");
        field("max-size", "Too many", "The list named in errors has more entries than allowed.");
        field("head-exactly-one", "Exactly one head", "A household, new or split off, has exactly one member with relationship HEAD.");
        field("date-in-future", "A date in the future", "Births, deaths and moves are recorded after they happen.");
        field("date-too-early", "A date before 1900", "Dates are after 1900-01-01.");
        field("date-format", "Not a date", "Dates are YYYY-MM-DD.");
        field("sex", "Not a sex code", "M or F, as on the KK.");
        field("relationship", "Not a relationship code", "HEAD, HUSBAND, WIFE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, "
                + "PARENT_IN_LAW, OTHER_RELATIVE, HOUSEHOLD_HELPER or OTHER.");
        field("id-format", "Not an id", "Ids are UUIDs as this API returns them.");
        field("desil-range", "Not a DTSEN decile", "A desil is a whole number from 1 (extreme poor) to 10.");
        field("member-twice", "The same member twice", "A member appears once in a request.");
        state("household-exists", "Registered already", "This household is registered already.");
        state("household-unknown", "No such household", "The household named is not registered, or not one you may see.");
        field("outcome", "Not an outcome", "A flag is resolved as dismissed or merged.");
        state("flag-unknown", "No such flag", "The flag named is not one of this household's.");
        state("flag-resolved", "Resolved already", "A flag is resolved once.");
        state("household-erased", "Erased", "This household was erased: nothing about it can be read or changed.");
        state("household-merged", "Merged into another household", "Use the id in mergedInto: this registration continues there.");
        state("head-exists", "The household has a head", "Change the head instead of adding a second one.");
        state("nik-already-in-household", "A member already", "This person is a member of the household already.");
        state("member-unknown", "Not a current member", "The member named is not (or no longer) a member of this household.");
        state("head-required", "Name the new head", "The head leaves and others stay: name who heads the household now.");
        state("head-not-needed", "No new head needed", "The head stays (or nobody does): do not name a new head.");
        state("head-unchanged", "Heads it already", "This member heads the household already.");
        state("address-unchanged", "Lives there already", "The household lives at this address in this desa already.");
        state("kk-unchanged", "The same KK number", "This is the household's KK number already.");
        state("split-leaves-nobody", "Someone must stay", "To reissue the card for everyone, change the KK number instead.");
        state("same-household", "The same household", "A member cannot move into, nor a household merge into, itself.");
        state("reference-code-issued", "Has its reference code", "A household keeps its reference code; Dinas Sosial "
                + "issues a new one, with a reason, when it is lost (POST /households/{id}/reference-code).");
        state("reference-code-missing", "No reference code yet", "Households registered before codes existed get one "
                + "at the service's next start; Dinas Sosial can issue one now (POST /households/{id}/reference-code).");
    }

    @Override
    public List<ProblemType> types() {
        return List.copyOf(TYPES);
    }
}
