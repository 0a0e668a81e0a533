package id.desatumis.assessment.domain;

import java.util.List;

/** The result of an assessment under a named policy version: never rewritten when the policy changes. */
public record Classification(String policyVersion, int criteriaMet, PovertyClass povertyClass, Integer desil,
                             List<Need> needs) {
}
