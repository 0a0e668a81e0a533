package id.desatumis.partner.application;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.domain.Forum;
import id.desatumis.partner.domain.ForumType;

/**
 * Who may change which forum. Dinas Sosial and TKPKD schedule any forum, invite to it and record its attendance; a
 * village operator does so for the musyawarah desa of its own desa only. District decisions (TKPKD coordination,
 * musyawarah kecamatan) are recorded by Dinas Sosial or TKPKD; a musyawarah desa's by the operator of its desa alone,
 * so that the village's own forum speaks for itself. A forum an operator may not see (another desa's, or a district
 * one) is as unknown to it as one that does not exist (404); a new forum outside its desa is 403.
 */
final class ForumAccess {

    private ForumAccess() {
    }

    static void requireMaySchedule(Caller caller, ForumType type, String areaCode) {
        if (districtStaff(caller)) return;
        if (type != ForumType.MUSYAWARAH_DESA) {
            throw new RuleBroken("type", "forum-organised-by-district",
                    "a village operator schedules only its own desa's musyawarah desa");
        }
        if (!caller.desaCodes().contains(areaCode)) {
            throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
    }

    /** The forum, if the caller may see it; 404 otherwise, as if it did not exist. */
    static Forum visible(Caller caller, Forum forum) {
        if (!forum.exists() || !(districtStaff(caller) || operatorOf(caller, forum))) throw Problems.notFound("forum");
        return forum;
    }

    /** Who records a forum's decisions (the forum visible to the caller already). */
    static void requireMayDecide(Caller caller, Forum forum) {
        if (forum.type() == ForumType.MUSYAWARAH_DESA && !operatorOf(caller, forum)) {
            throw new RuleBroken("forumId", "forum-decided-by-desa",
                    "the decisions of a musyawarah desa are recorded by the operator of its desa");
        }
    }

    private static boolean districtStaff(Caller caller) {
        return caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD);
    }

    private static boolean operatorOf(Caller caller, Forum forum) {
        return caller.has(Roles.VILLAGE_OPERATOR) && forum.type() == ForumType.MUSYAWARAH_DESA
                && caller.desaCodes().contains(forum.area().code());
    }
}
