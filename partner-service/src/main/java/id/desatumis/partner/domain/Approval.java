package id.desatumis.partner.domain;

/**
 * What a forum decision approves, so that a command citing it can check it approves that kind of thing.
 *
 * @param reference what exactly, when the decision names it (a pledge id, a matrix entry "KIND@area", a list or plan
 *                  reference); null when the decision approves the kind of thing in general
 */
public record Approval(Kind kind, String reference) {

    public enum Kind {
        PLEDGE, RESPONSIBILITY, VERIFICATION_LIST, INTERVENTION_PLAN, OTHER
    }
}
