package id.desatumis.partner.bench;

import id.desatumis.devstack.Tokens;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The partners and accepted pledges the bench reserves from, made through the service's API as the programme makes
 * them: Dinas Sosial registers the partners, TKPKD records its coordination meeting (held yesterday) and the decision
 * approving pledges for the regency, each partner offers its pledges with its own token, and TKPKD accepts each on
 * that decision. Each pledge holds far more units than the bench asks for, so every request is confirmed and the work
 * is the same for all.
 */
final class PledgeSetup {

    /** Partners, and their pledges: pledge {@code i} is partner {@code i % partners}'s. */
    record Pledges(List<UUID> partners, List<UUID> pledges) {
    }

    static final String DESA = "33.14.07.2003";
    private static final String KECAMATAN = "33.14.07";
    private static final String REGENCY = "33.14";
    private static final ZoneId SRAGEN = ZoneId.of("Asia/Jakarta");

    private PledgeSetup() {
    }

    static Pledges create(ServiceApi api, Tokens tokens, int partners, int pledges) throws IOException, InterruptedException {
        String dinsos = tokens.mint("bench-dinsos", "dinsos", null, null, null);
        String tkpkd = tokens.mint("bench-tkpkd", "tkpkd", null, null, null);
        List<UUID> partnerIds = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            partnerIds.add(UUID.fromString(api.post(dinsos, "/partners", Map.of("type", "CSR", "name", "Bench CSR " + p,
                    "contactRole", "Kepala Divisi CSR"), 201).path("partnerId").asText()));
        }
        String decision = pledgesApproved(api, tkpkd);
        LocalDate today = LocalDate.now(SRAGEN);
        List<UUID> pledgeIds = new ArrayList<>();
        for (int i = 0; i < pledges; i++) {
            UUID partner = partnerIds.get(i % partners);
            String partnerToken = tokens.mint("bench-partner-" + partner, "partner", null, null, partner.toString());
            // a partner's pledges end on different days: a request naming only the partner takes the first to end
            UUID pledge = UUID.fromString(api.post(partnerToken, "/partners/" + partner + "/pledges", Map.of(
                    "kinds", List.of("HOUSE_REPAIR"),
                    "scope", Map.of("level", "KECAMATAN", "codes", List.of(KECAMATAN)),
                    "capacity", Map.of("units", 10_000_000L, "unit", "HOUSE"),
                    "validFrom", today.minusDays(1).toString(),
                    "validUntil", today.plusDays(30 + i).toString()), 201).path("pledgeId").asText());
            api.post(tkpkd, "/pledges/" + pledge + "/acceptance", Map.of("decisionNumber", decision), 200);
            pledgeIds.add(pledge);
        }
        return new Pledges(partnerIds, pledgeIds);
    }

    /** TKPKD's coordination meeting for the regency, held yesterday, and its decision approving pledges: its number. */
    private static String pledgesApproved(ServiceApi api, String tkpkd) throws IOException, InterruptedException {
        LocalDate held = LocalDate.now(SRAGEN).minusDays(1);
        String forum = api.post(tkpkd, "/forums", Map.of("type", "TKPKD_COORDINATION", "areaCode", REGENCY,
                "date", held.toString(), "place", "Ruang Rapat Bappeda Sragen",
                "agenda", "Penerimaan janji bantuan mitra untuk rehabilitasi rumah"), 201).path("forumId").asText();
        String number = "TKPKD/" + REGENCY + "/" + held.getYear() + "/BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        // approving pledges without naming one: it holds for every pledge of the regency cited on it
        api.post(tkpkd, "/forums/" + forum + "/decisions", Map.of("number", number,
                "text", "Janji bantuan mitra untuk rehabilitasi rumah diterima", "approves", Map.of("kind", "PLEDGE")), 200);
        return number;
    }
}
