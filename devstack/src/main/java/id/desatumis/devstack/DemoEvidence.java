package id.desatumis.devstack;

import id.desatumis.devstack.DemoAllocation.Assignment;
import id.desatumis.devstack.DemoAllocation.Fate;
import id.desatumis.devstack.DemoPlanBodies.Part;

import java.util.List;
import java.util.Map;

/**
 * What the actors and the village write about a delivery: its description and evidence (a handover document's number,
 * never a NIK or KK number), the household's confirmation, the grounds of a dispute and Dinas Sosial's resolution.
 */
final class DemoEvidence {

    private static final Map<String, String> WHAT = Map.of(
            "HOUSE_REPAIR", "Rehabilitasi rumah tidak layak huni",
            "ELECTRICITY", "Penyambungan listrik PLN 900 VA",
            "SANITATION", "Pembangunan jamban sehat",
            "EDUCATION", "Beasiswa pendidikan satu tahun ajaran",
            "HEALTH_COVER", "Pendaftaran peserta PBI-JKN (KIS)",
            "BUSINESS_CAPITAL", "Bantuan modal usaha mikro",
            "SKILLS_TRAINING", "Pelatihan keterampilan kerja",
            "FOOD_ASSISTANCE", "Paket sembako: beras 10 kg, minyak goreng 2 liter, telur 1 kg");
    private static final List<String> CONFIRMED_BY = List.of("HEAD_OF_HOUSEHOLD", "HEAD_OF_HOUSEHOLD", "SPOUSE", "OTHER_MEMBER");
    private static final List<String> METHODS = List.of("SIGNATURE", "THUMBPRINT", "PHOTO", "IN_PERSON_WITNESSED");

    private DemoEvidence() {
    }

    static Map<String, Object> delivery(DemoContext demo, Assignment a, Part part) {
        String kind = a.programme().kind();
        String what = WHAT.get(kind) + (part.tranche() != null ? ", tahap " + part.tranche()
                : kind.equals("HOUSE_REPAIR") && part.units() == null && part.rupiah() != null ? ": bahan bangunan (tahap 1)"
                : kind.equals("HOUSE_REPAIR") ? ": pekerjaan selesai" : "");
        long seq = Math.floorMod(DemoPlanBodies.seed(a), 10_000) + (part.tranche() != null ? part.tranche() : part.units() == null ? 0 : 1);
        String document = String.format("BAST/%s/%d/%05d", a.programme().key().toUpperCase(java.util.Locale.ROOT), demo.today.getYear(), seq);
        return DemoHttp.map("deliveredOn", demo.today.toString(), "description", what,
                "amount", DemoHttp.map("rupiah", part.rupiah(), "units", part.units()), "tranche", part.tranche(),
                "evidence", DemoHttp.map("documentNumber", document));
    }

    static Map<String, Object> confirmation(DemoContext demo, Assignment a) {
        int i = (int) Math.floorMod(DemoPlanBodies.seed(a), 4L);
        return Map.of("confirmedBy", CONFIRMED_BY.get(i), "confirmedOn", demo.today.toString(), "method", METHODS.get(i));
    }

    static Map<String, Object> dispute(Fate fate) {
        return switch (fate) {
            case ACCEPTED -> Map.of("ground", "INCOMPLETE", "reason", "Jumlah yang diterima tidak sesuai berita acara");
            case REDELIVERED -> Map.of("ground", "WRONG_ITEM", "reason", "Barang tidak sesuai spesifikasi dalam rencana");
            default -> Map.of("ground", "NOT_RECEIVED", "reason", "Rumah tangga menyatakan belum menerima bantuan");
        };
    }

    static String resolutionReason(String resolution) {
        return switch (resolution) {
            case "ACCEPT" -> "Klarifikasi lapangan: bantuan diterima lengkap, selisih pencatatan";
            case "REDELIVER" -> "Pelaksana mengirim ulang sesuai spesifikasi";
            default -> "Pelaksana tidak dapat memenuhi; kebutuhan direncanakan ulang";
        };
    }
}
