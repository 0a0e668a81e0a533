package id.desatumis.partner.domain;

import java.util.regex.Pattern;

/**
 * The shape of a forum decision's number, e.g. {@code MD/33.14.07.2003/2026/004}: letters, digits and {@code . / - _},
 * at most {@value #MAX_LENGTH} characters. Recording a decision and looking one up hold numbers to the same shape.
 */
public final class DecisionNumber {

    public static final int MAX_LENGTH = 100;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9./_-]+");

    private DecisionNumber() {
    }

    public static boolean isWellFormed(String number) {
        return number != null && !number.isEmpty() && number.length() <= MAX_LENGTH && SHAPE.matcher(number).matches();
    }
}
