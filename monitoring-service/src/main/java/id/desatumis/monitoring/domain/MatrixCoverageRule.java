package id.desatumis.monitoring.domain;

import id.desatumis.monitoring.domain.CollaborationIndicators.Gap;
import id.desatumis.monitoring.domain.CollaborationIndicators.MatrixCoverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage of the responsibility matrix over a set of desa: a kind of need is led in a desa when the matrix names a
 * lead for it there, in its kecamatan or in the regency (partner-service's MatrixGaps). Coverage is the share of
 * desa-and-kind cells led. The gaps are listed at the widest area wholly in the scope and wholly without a lead: the
 * regency, else each kecamatan, else each desa.
 *
 * @param regency      the regency's code
 * @param kecamatanOf  every kecamatan of the regency with all its desa, in order
 */
public record MatrixCoverageRule(String regency, Map<String, List<String>> kecamatanOf) {

    /**
     * @param scope the desa looked at, by kecamatan (a kecamatan absent: none of its desa)
     * @param led   cells with a lead in force, as {@code KIND@areaCode}
     */
    public MatrixCoverage of(List<String> kinds, Map<String, List<String>> scope, Set<String> led) {
        long cells = 0;
        long covered = 0;
        List<Gap> gaps = new ArrayList<>();
        for (String kind : kinds) {
            boolean regencyLed = led.contains(kind + "@" + regency);
            List<Gap> kindGaps = new ArrayList<>();
            boolean wholeRegencyUnled = !regencyLed && scope.keySet().containsAll(kecamatanOf.keySet());
            for (Map.Entry<String, List<String>> k : scope.entrySet()) {
                boolean kecamatanLed = regencyLed || led.contains(kind + "@" + k.getKey());
                List<String> unled = new ArrayList<>();
                for (String desa : k.getValue()) {
                    cells++;
                    if (kecamatanLed || led.contains(kind + "@" + desa)) covered++;
                    else unled.add(desa);
                }
                boolean whole = unled.size() == kecamatanOf.getOrDefault(k.getKey(), List.of()).size()
                        && !unled.isEmpty();
                wholeRegencyUnled &= whole;
                if (whole) kindGaps.add(new Gap(kind, k.getKey()));
                else unled.forEach(d -> kindGaps.add(new Gap(kind, d)));
            }
            if (wholeRegencyUnled && !scope.isEmpty()) gaps.add(new Gap(kind, regency));
            else gaps.addAll(kindGaps);
        }
        return new MatrixCoverage(gaps, Ratios.of(covered, cells));
    }
}
