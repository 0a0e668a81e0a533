package id.desatumis.devstack;

import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoHouseholds.Registered;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code deploy/platform up --demo}: the Desa Tumis programme of 2022 played through the services' public REST APIs
 * only (never their databases), each caller with the token its role wants:
 * <ol>
 *   <li>registry: Cemeng's 2,257 and Kadipiro's 2,014 households (synthetic people, the real sizes);</li>
 *   <li>partner: an actor of every type, TKPKD's 2022 meeting (invitations, attendance, decisions), the responsibility
 *       matrix (skills training without a lead outside Sambungmacan), pledges offered and accepted;</li>
 *   <li>monitoring: the 2022 intake (Cemeng, Kadipiro, Jabung) on TKPKD's decision;</li>
 *   <li>assessment: every household assessed (forms synced in batches), classified so that 623 and 594 are found poor,
 *       and verified on the musyawarah desa's decision: 529 and 443 verified poor, the others rejected;</li>
 *   <li>assistance: budget lines, interventions planned for most needs from pledges and budget lines, resourced,
 *       delivered (some in parts or tranches), verified by the village, a few disputed and resolved, some cancelled,
 *       some due today (overdue from tomorrow); no desa is tuntas;</li>
 *   <li>TKPKD's 2023 meeting, its pledges, and the 2023 intake of three more desa; then the figures read back.</li>
 * </ol>
 * Running it again adds nothing: every step finds what it made before (or its Idempotency-Key answers again) and
 * carries on from there. Arguments: the folder of the local key pair, and optionally the services' host.
 */
public final class DemoData {

    private DemoData() {
    }

    public static void main(String[] args) {
        DemoContext demo = new DemoContext(args.length > 1 ? args[1] : "http://127.0.0.1", Tokens.fromFolder(Path.of(args[0])));
        try {
            play(demo);
        } catch (RuntimeException e) {
            demo.run.fail(e.getMessage());
        }
        demo.run.say(demo.run.failures() == 0 ? String.format("demo data loaded in %.0f s", demo.run.seconds())
                : "demo data: " + demo.run.failures() + " problem(s), see above");
        System.exit(demo.run.failures() == 0 ? 0 : 1);
    }

    private static void play(DemoContext demo) {
        demo.run.say("demo: the Desa Tumis programme of 2022, through the services' APIs");
        List<Registered> households = new DemoHouseholds(demo).register();
        DemoActors actors = new DemoActors(demo);
        actors.register();
        DemoForums forums = new DemoForums(demo, actors);
        forums.hold("partner: TKPKD 2022 and Jabung's forum", List.of(DemoForums.tkpkd2022(), DemoForums.jabung()));
        new DemoMatrix(demo, actors).assign();
        DemoPledges pledges = new DemoPledges(demo, actors);
        Set<String> later = Set.of("baznas-2023", "pln-2023");
        pledges.offerAndDecide(DemoPledges.ALL.stream().filter(p -> !later.contains(p.key())).toList());
        DemoCohorts cohorts = new DemoCohorts(demo);
        cohorts.intake(2022, DemoProgramme.INTAKE_2022, DemoProgramme.INTAKE_2022_DECISION);

        DemoAssessments assessments = new DemoAssessments(demo, households);
        assessments.submit(households);
        forums.hold("partner: musyawarah desa on the lists", DemoProgramme.ASSESSED.stream().map(DemoForums::verification).toList());
        assessments.verify();
        assessments.check();

        forums.hold("partner: forums on the plans", List.of(DemoForums.sambungmacan(), DemoForums.plans(DemoProgramme.CEMENG),
                DemoForums.plans(DemoProgramme.KADIPIRO)));
        new DemoBudget(demo).open();
        DemoInterventions interventions = new DemoInterventions(demo, actors, pledges, households);
        List<Assignment> assignments = interventions.needs(assessments.verifiedNeeds());
        interventions.plan(assignments);
        interventions.deliver(assignments);

        forums.hold("partner: TKPKD 2023", List.of(DemoForums.tkpkd2023()));
        pledges.offerAndDecide(DemoPledges.ALL.stream().filter(p -> later.contains(p.key())).toList());
        cohorts.intake(2023, DemoProgramme.INTAKE_2023, DemoProgramme.INTAKE_2023_DECISION);

        DemoFigures figures = new DemoFigures(demo);
        figures.assistance(assignments);
        figures.monitoring(assignments);
    }

    /** A household of one to six people in the desa; its identities depend only on the desa and the number. */
    public static String household(String desaCode, int n) {
        return DemoFamilies.of(desaCode, n).json();
    }
}
