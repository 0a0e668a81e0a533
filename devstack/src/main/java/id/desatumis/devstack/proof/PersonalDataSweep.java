package id.desatumis.devstack.proof;

import java.nio.file.Path;

/**
 * Looks for a run's personal values everywhere a service could have left them: every table of its database,
 * every Kafka topic, its log. A proof test sweeps once before erasure (the values must be found where they are
 * meant to be readable, so the sweep is shown to work) and once after (nothing may be found).
 */
public final class PersonalDataSweep {

    private final ValueMatcher matcher;

    public PersonalDataSweep(PersonalValues values) {
        this.matcher = new ValueMatcher(values.forms());
    }

    /** Every row of every table, materialized view and partition of the database, but the catalogs'. */
    public SweepReport database(String jdbcUrl, String user, String password) {
        return new TableDump(jdbcUrl, user, password).sweep(matcher);
    }

    /** Every record of every topic, internal ones included, from the beginning to the end offsets of now. */
    public SweepReport kafka(String bootstrap) {
        return new TopicDump(bootstrap).sweep(matcher);
    }

    /** Every line of a log file (none read if it does not exist: the report then names no source). */
    public SweepReport log(Path file) {
        return new LogDump(file).sweep(matcher);
    }
}
