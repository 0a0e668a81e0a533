package id.desatumis.monitoring.domain;

/**
 * The needs of one kind by the stages they reached (cumulative: a verified need counts as planned, resourced,
 * delivered and verified), those with any dispute, those cancelled or closed, and those still open.
 */
public record NeedStages(String kind, int identified, int planned, int resourced, int delivered, int verified,
                         int disputed, int cancelled, int closed, int open) {

    public static NeedStages none(String kind) {
        return new NeedStages(kind, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
