package id.desatumis.assistance.domain;

import java.time.LocalDate;

/** One payment of a plan paid in tranches (business capital): its number from 1, its amount and when it is due. */
public record Tranche(int number, long rupiah, LocalDate due) {
}
