package id.desatumis.assistance.application;

import id.desatumis.kit.api.ProblemType;
import id.desatumis.kit.api.ProblemTypeCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static id.desatumis.kit.api.ProblemType.fieldRule;

/**
 * The field rules every part of assistance-service shares: declared here once (a rule is one problem type across
 * the service's catalogs), named by every part that checks them. Each part declares its own rules in its own catalog.
 */
@ApplicationScoped
public class FieldProblems implements ProblemTypeCatalog {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 100_000;
    /** The largest amount of rupiah taken: sums of a programme's figures stay far from overflowing a long. */
    public static final long MAX_RUPIAH = 1_000_000_000_000_000L;

    private static final List<ProblemType> TYPES = List.of(
            fieldRule("required", "A required field is missing", "The field named in errors is required."),
            fieldRule("max-length", "Too long", "The field named in errors is longer than allowed."),
            fieldRule("text-control-character", "A control character in a text",
                    "Texts hold no control characters but tab and line breaks (no NUL, no escape)."),
            fieldRule("max-size", "Too many", "The list named in errors has more entries than allowed."),
            fieldRule("rupiah-whole", "A fraction of a rupiah", "Rupiah are whole: a JSON integer."),
            fieldRule("amount-too-large", "Too large", "Rupiah are at most 1,000,000,000,000,000."),
            fieldRule("desa-unknown", "No such desa", "A desa is named by the Kemendagri code of one of Sragen's desa (33.14.07.2003)."),
            fieldRule("page-out-of-range", "No such page", "page is a whole number from 0 (the first page) to " + MAX_PAGE + "."),
            fieldRule("size-out-of-range", "Page size out of range", "size is a whole number from 1 to " + MAX_SIZE + "."));

    @Override
    public List<ProblemType> types() {
        return TYPES;
    }
}
