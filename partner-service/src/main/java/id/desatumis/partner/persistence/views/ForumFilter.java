package id.desatumis.partner.persistence.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which forums a listing covers: those whose area overlaps {@code areaCode} (the area itself, the areas within it,
 * and the areas that hold it, whose decisions hold there too), held from {@code from} to {@code to} (both days
 * included), and only in {@code visibleAreas} when the caller may see no more (a village operator's desa). A null
 * part does not filter.
 */
public record ForumFilter(String areaCode, LocalDate from, LocalDate to, Set<String> visibleAreas) {

    /** The SQL condition on the forum table of that alias, its parameters put in {@code params}. */
    String where(String f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("TRUE");
        if (areaCode != null) {
            List<String> enclosing = enclosing(areaCode);
            sql.append(" AND (").append(f).append(".area_code = :area OR ").append(f).append(".area_code LIKE :within");
            if (!enclosing.isEmpty()) sql.append(" OR ").append(f).append(".area_code IN (:enclosing)");
            sql.append(")");
            params.put("area", areaCode);
            params.put("within", areaCode + ".%");
            if (!enclosing.isEmpty()) params.put("enclosing", enclosing);
        }
        if (from != null) {
            sql.append(" AND ").append(f).append(".held_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND ").append(f).append(".held_on <= :to");
            params.put("to", to);
        }
        if (visibleAreas != null) {
            sql.append(" AND ").append(f).append(".area_code IN (:visible)");
            params.put("visible", visibleAreas.isEmpty() ? List.of("") : List.copyOf(visibleAreas));
        }
        return sql.toString();
    }

    /** The areas holding a code, the regency first: 33.14 and 33.14.07 for 33.14.07.2003. */
    static List<String> enclosing(String code) {
        String[] parts = code.split("\\.");
        List<String> out = new ArrayList<>();
        for (int n = 2; n < parts.length; n++) {
            out.add(String.join(".", List.of(parts).subList(0, n)));
        }
        return out;
    }
}
