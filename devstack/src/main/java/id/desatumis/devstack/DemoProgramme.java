package id.desatumis.devstack;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The 2022 programme the demo plays: the desa, their figures and the forum decisions everything cites.
 *
 * <p>The study (DOMAIN.md, "Real figures (2022)") gives each desa's households listed, found poor and verified poor,
 * nothing finer: the split by class (extreme poor, poor, near-poor) below is the demo's own choice, as are the 2023
 * intake's three desa (the study names none) and every decision number.
 */
final class DemoProgramme {

    enum PovertyClass { EXTREME_POOR, POOR, NEAR_POOR, NOT_POOR }

    /** Households by class: found poor on assessment, or verified poor by the musyawarah desa. */
    record Split(int extremePoor, int poor, int nearPoor) {

        int total() {
            return extremePoor + poor + nearPoor;
        }

        int of(PovertyClass c) {
            return switch (c) {
                case EXTREME_POOR -> extremePoor;
                case POOR -> poor;
                case NEAR_POOR -> nearPoor;
                case NOT_POOR -> 0;
            };
        }
    }

    /**
     * A desa assessed house to house in 2022.
     *
     * @param firstVisit        the teams visit from this day, over 50 days
     * @param verificationForum the musyawarah desa that verified the list (after the last visit)
     * @param planForum         the musyawarah desa that approved the intervention plans
     */
    record Village(String desaCode, String name, String kecamatanCode, int listed, Split found, Split verified,
                   LocalDate firstVisit, LocalDate verificationForum, LocalDate planForum) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        /** The six digits of the kecamatan code, with which its people's NIK and KK numbers start. */
        String kecamatanDigits() {
            return kecamatanCode.replace(".", "");
        }

        String verificationDecision() {
            return "MD/" + desaCode + "/2022/001";
        }

        String planDecision() {
            return "MD/" + desaCode + "/2022/002";
        }
    }

    static final Village CEMENG = new Village("33.14.07.2003", "Cemeng", "33.14.07", 2257,
            new Split(87, 318, 218), new Split(85, 287, 157),
            LocalDate.of(2022, 5, 9), LocalDate.of(2022, 7, 14), LocalDate.of(2022, 8, 18));
    static final Village KADIPIRO = new Village("33.14.05.2005", "Kadipiro", "33.14.05", 2014,
            new Split(79, 301, 214), new Split(76, 243, 124),
            LocalDate.of(2022, 5, 16), LocalDate.of(2022, 7, 21), LocalDate.of(2022, 8, 25));

    /** The desa whose households the demo registers and assesses. */
    static final List<Village> ASSESSED = List.of(CEMENG, KADIPIRO);

    static final String REGENCY = "33.14";
    static final String JABUNG = "33.14.02.2010";
    /** The 2022 intake (the study's three desa). */
    static final List<String> INTAKE_2022 = List.of(CEMENG.desaCode(), KADIPIRO.desaCode(), JABUNG);
    /** The 2023 intake: Gilirejo Baru (Miri), Ngargotirto (Sumberlawang), Jekani (Mondokan); the demo's choice. */
    static final List<String> INTAKE_2023 = List.of("33.14.14.2010", "33.14.15.2011", "33.14.16.2005");

    // TKPKD's decisions (regency-wide), the musyawarah kecamatan's, and Jabung's musyawarah desa
    static final String INTAKE_2022_DECISION = "TKPKD/33.14/2022/001";
    static final String MATRIX_DECISION = "TKPKD/33.14/2022/002";
    static final String PLEDGES_DECISION = "TKPKD/33.14/2022/003";
    static final String REGENCY_PLANS_DECISION = "TKPKD/33.14/2022/004";
    static final String INTAKE_2023_DECISION = "TKPKD/33.14/2023/001";
    static final String PLEDGES_2023_DECISION = "TKPKD/33.14/2023/002";
    static final String SAMBUNGMACAN_PLANS_DECISION = "MK/33.14.07/2022/001";
    static final String JABUNG_DECISION = "MD/33.14.02.2010/2022/001";

    static final LocalDate TKPKD_2022 = LocalDate.of(2022, 3, 17);
    static final LocalDate SAMBUNGMACAN_FORUM = LocalDate.of(2022, 8, 10);
    static final LocalDate JABUNG_FORUM = LocalDate.of(2022, 4, 7);
    static final LocalDate TKPKD_2023 = LocalDate.of(2023, 2, 16);

    private DemoProgramme() {
    }
}
