package id.desatumis.assessment.api;

import id.desatumis.assessment.domain.Answers;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.Criterion;
import id.desatumis.assessment.domain.GeoPoint;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.region.RegionCatalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a form field by field and turns it into the visit the domain records. Every broken rule is collected,
 * named by its JSON path (prefixed by the batch item's), and never echoes the value.
 */
final class FormReader {

    static final int MAX_MEMBERS = 30;
    private static final LocalDate EARLIEST_VISIT = LocalDate.of(2020, 1, 1);

    /** The visit, or the broken rules. */
    record Read(AssessmentSubmitted visit, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final String prefix;
    private final List<FieldError> errors = new ArrayList<>();

    private FormReader(String prefix) {
        this.prefix = prefix;
    }

    static Read read(AssessmentForm f, String prefix, String submittedBy, LocalDate today, RegionCatalog regions) {
        FormReader r = new FormReader(prefix);
        if (f == null) {
            r.fail("", "required", "the form is required");
            return new Read(null, r.errors);
        }
        UUID id = r.id("assessmentId", f.assessmentId());
        UUID household = r.id("householdId", f.householdId());
        String desa = r.desa(f.desaCode(), regions);
        LocalDate visit = r.visitDate(f.visitDate(), today);
        String assessor = r.text("assessor", f.assessor(), 100);
        GeoPoint location = r.location(f.location());
        Set<Criterion> criteria = r.criteria(f.criteriaMet());
        Answers.House house = r.house(f.house());
        List<Answers.MemberAnswers> members = r.members(f.members());
        if (f.desil() != null && (f.desil() < 1 || f.desil() > 10)) r.fail("desil", "desil-range", "a desil is from 1 to 10");
        if (!r.errors.isEmpty()) return new Read(null, r.errors);
        return new Read(new AssessmentSubmitted(household, id, desa, visit, assessor, submittedBy, location,
                new Answers(criteria, house, members, f.desil())), List.of());
    }

    private void fail(String field, String rule, String message) {
        String path = field.isEmpty() ? (prefix.isEmpty() ? "body" : prefix) : (prefix.isEmpty() ? field : prefix + "." + field);
        errors.add(new FieldError(path, rule, message));
    }

    private boolean present(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            fail(field, "required", field + " is required");
            return false;
        }
        return true;
    }

    private UUID id(String field, String value) {
        if (!present(field, value)) return null;
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) return id;
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        fail(field, "id-format", field + " is a UUID");
        return null;
    }

    private String desa(String value, RegionCatalog regions) {
        if (!present("desaCode", value)) return null;
        if (!value.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}")) {
            fail("desaCode", "desa-format", "a dotted Kemendagri desa code, for example 33.14.07.2003");
            return null;
        }
        if (!regions.isSragenDesa(value)) {
            fail("desaCode", "desa-unknown", "not one of Kabupaten Sragen's desa and kelurahan");
            return null;
        }
        return value;
    }

    private LocalDate visitDate(String value, LocalDate today) {
        if (!present("visitDate", value)) return null;
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(today)) fail("visitDate", "date-in-future", "a visit is recorded after it happens");
            else if (d.isBefore(EARLIEST_VISIT)) fail("visitDate", "date-too-early", "visits are from " + EARLIEST_VISIT);
            else return d;
        } catch (DateTimeParseException e) {
            fail("visitDate", "date-format", "dates are YYYY-MM-DD");
        }
        return null;
    }

    private String text(String field, String value, int max) {
        if (!present(field, value)) return null;
        if (value.length() > max) {
            fail(field, "max-length", field + " is at most " + max + " characters");
            return null;
        }
        return value.strip();
    }

    private GeoPoint location(AssessmentForm.Location l) {
        if (l == null) return null;
        boolean ok = true;
        if (l.latitude() == null || l.latitude() < -90 || l.latitude() > 90 || l.latitude().isNaN()) {
            fail("location.latitude", "range", "latitude is from -90 to 90");
            ok = false;
        }
        if (l.longitude() == null || l.longitude() < -180 || l.longitude() > 180 || l.longitude().isNaN()) {
            fail("location.longitude", "range", "longitude is from -180 to 180");
            ok = false;
        }
        return ok ? new GeoPoint(l.latitude(), l.longitude()) : null;
    }

    private Set<Criterion> criteria(List<String> values) {
        if (values == null) {
            fail("criteriaMet", "required", "criteriaMet lists the BPS criteria met (an empty list if none)");
            return null;
        }
        Set<Criterion> out = EnumSet.noneOf(Criterion.class);
        for (int i = 0; i < values.size(); i++) {
            Criterion c = oneOf("criteriaMet[" + i + "]", values.get(i), Criterion.class);
            if (c != null && !out.add(c)) fail("criteriaMet[" + i + "]", "criterion-twice", "a criterion is listed once");
        }
        return out;
    }

    private Answers.House house(AssessmentForm.House h) {
        if (!present("house", h)) return null;
        var roof = oneOf("house.roof", h.roof(), Answers.Condition.class);
        var roofMaterial = oneOf("house.roofMaterial", h.roofMaterial(), Answers.RoofMaterial.class);
        var walls = oneOf("house.walls", h.walls(), Answers.Condition.class);
        var wallMaterial = oneOf("house.wallMaterial", h.wallMaterial(), Answers.WallMaterial.class);
        var floor = oneOf("house.floor", h.floor(), Answers.Condition.class);
        var floorMaterial = oneOf("house.floorMaterial", h.floorMaterial(), Answers.FloorMaterial.class);
        var electricity = oneOf("house.electricity", h.electricity(), Answers.Electricity.class);
        var latrine = oneOf("house.latrine", h.latrine(), Answers.Latrine.class);
        var water = oneOf("house.water", h.water(), Answers.WaterSource.class);
        Double area = h.floorAreaM2();
        if (present("house.floorAreaM2", area) && (area.isNaN() || area <= 0 || area > 5000)) {
            fail("house.floorAreaM2", "range", "the floor area is more than 0 and at most 5000 m2");
        }
        if (roof == null || roofMaterial == null || walls == null || wallMaterial == null || floor == null
                || floorMaterial == null || electricity == null || latrine == null || water == null || area == null) {
            return null;
        }
        return new Answers.House(roof, roofMaterial, walls, wallMaterial, floor, floorMaterial, area, electricity, latrine, water);
    }

    private List<Answers.MemberAnswers> members(List<AssessmentForm.Member> members) {
        if (members == null || members.isEmpty()) {
            fail("members", "required", "the form answers for at least one member");
            return null;
        }
        if (members.size() > MAX_MEMBERS) {
            fail("members", "max-size", "at most " + MAX_MEMBERS + " members");
            return null;
        }
        List<Answers.MemberAnswers> out = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String at = "members[" + i + "]";
            AssessmentForm.Member m = members.get(i);
            if (!present(at, m)) continue;
            UUID id = id(at + ".memberId", m.memberId());
            if (id != null && !seen.add(id)) fail(at + ".memberId", "member-twice", "a member is answered for once");
            Integer age = m.ageYears();
            if (present(at + ".ageYears", age) && (age < 0 || age > 130)) fail(at + ".ageYears", "range", "age is 0 to 130 years");
            var school = m.schoolEnrolment() == null ? null : oneOf(at + ".schoolEnrolment", m.schoolEnrolment(), Answers.SchoolEnrolment.class);
            boolean schoolAge = age != null && age >= 6 && age <= 21;
            if (age != null && schoolAge && m.schoolEnrolment() == null) {
                fail(at + ".schoolEnrolment", "required", "school enrolment is asked for members aged 6 to 21");
            }
            if (age != null && !schoolAge && m.schoolEnrolment() != null) {
                fail(at + ".schoolEnrolment", "school-age-only", "school enrolment is asked only for members aged 6 to 21");
            }
            var health = oneOf(at + ".healthCover", m.healthCover(), Answers.HealthCover.class);
            var work = oneOf(at + ".workStatus", m.workStatus(), Answers.WorkStatus.class);
            if (m.disability() == null) fail(at + ".disability", "required", "disability is true or false");
            if (id != null && age != null && health != null && work != null && m.disability() != null) {
                out.add(new Answers.MemberAnswers(id, age, school, health, work, m.disability()));
            }
        }
        return out;
    }

    private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (!present(field, value)) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            fail(field, "one-of", field + " is one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
