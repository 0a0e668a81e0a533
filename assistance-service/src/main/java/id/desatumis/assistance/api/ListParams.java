package id.desatumis.assistance.api;

import id.desatumis.assistance.application.FieldProblems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.domain.RulesBroken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The query parameters of a list, read and checked together: every broken one is named in one problem
 * ({@link #check()}), never with the value sent. An absent parameter reads as its default (an enumeration's as null).
 */
final class ListParams {

    /** The size of a page when the request names none. */
    static final int DEFAULT_SIZE = 50;

    private final List<RuleBroken> broken = new ArrayList<>();

    int page(String value) {
        return number("page", value, 0, 0, FieldProblems.MAX_PAGE, "page-out-of-range");
    }

    int size(String value) {
        return number("size", value, DEFAULT_SIZE, 1, FieldProblems.MAX_SIZE, "size-out-of-range");
    }

    /** An optional value of an enumeration, spelt as the enumeration spells it. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, String rule) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) return e;
        }
        broken.add(new RuleBroken(field, rule, field + " is one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** Throws one problem naming every parameter that broke a rule. */
    void check() {
        if (!broken.isEmpty()) throw new RulesBroken(broken);
    }

    private int number(String field, String value, int absent, int min, int max, String rule) {
        if (value == null || value.isBlank()) return absent;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException notANumber) {
            // named below, like a number out of range
        }
        broken.add(new RuleBroken(field, rule, field + " is a whole number from " + min + " to " + max));
        return absent;
    }
}
