package id.desatumis.devstack.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a sweep read and found: the sources it read (so a test can show it did not pass by reading nothing),
 * the rows, records or lines, the bytes, and every finding.
 */
public final class SweepReport {

    private final List<String> sources = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private long units;
    private long bytes;

    void read(String source) {
        sources.add(source);
    }

    void counted(long unitCount, long byteCount) {
        units += unitCount;
        bytes += byteCount;
    }

    void found(Finding f) {
        findings.add(f);
    }

    /** Adds another sweep's reading to this one. */
    public SweepReport and(SweepReport other) {
        sources.addAll(other.sources);
        findings.addAll(other.findings);
        units += other.units;
        bytes += other.bytes;
        return this;
    }

    public List<String> sources() { return List.copyOf(sources); }
    public List<Finding> findings() { return List.copyOf(findings); }
    /** Rows, records and lines read. */
    public long units() { return units; }
    public long bytes() { return bytes; }

    /** The findings that match, e.g. those of one table or one value. */
    public List<Finding> findings(Predicate<Finding> which) {
        return findings.stream().filter(which).toList();
    }

    /** One line for a test's output: how much was read. */
    public String summary() {
        return sources.size() + " sources, " + units + " rows/records/lines, " + bytes + " bytes, "
                + findings.size() + " findings";
    }
}
