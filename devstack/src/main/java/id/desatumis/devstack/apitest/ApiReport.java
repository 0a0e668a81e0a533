package id.desatumis.devstack.apitest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a generator sent and what came back: requests, answers by status, and every answer that broke a rule. */
public final class ApiReport {

    private final String title;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private String table = "";

    ApiReport(String title) {
        this.title = title;
    }

    void answered(ApiRequest request, int status) {
        requests++;
        statuses.merge(status, 1, Integer::sum);
        perOperation.merge(request.operation().key(), 1, Integer::sum);
    }

    void failed(ApiRequest request, String rule, Object answer) {
        failures.add(request + " -> " + answer + ": " + rule);
    }

    public int requests() {
        return requests;
    }

    public Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    public Map<String, Integer> perOperation() {
        return Map.copyOf(perOperation);
    }

    /** Every answer that broke a rule, in words: the request, the answer, the rule. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    void table(String rows) {
        this.table = rows;
    }

    /** For the matrix: each operation's answers by caller, a line each. */
    public String table() {
        return table;
    }

    public String summary() {
        return title + ": " + requests + " requests to " + perOperation.size() + " operations, answers by status "
                + statuses + ", " + failures.size() + " broke a rule";
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(summary());
        failures.stream().limit(60).forEach(f -> out.append("\n  ").append(f));
        if (failures.size() > 60) out.append("\n  ... and ").append(failures.size() - 60).append(" more");
        return out.toString();
    }
}
