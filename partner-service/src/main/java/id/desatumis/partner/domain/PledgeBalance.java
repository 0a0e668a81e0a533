package id.desatumis.partner.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pledge as a reservation sees it: what it may serve, where and when, and what of its capacity is reserved,
 * consumed and withdrawn. Written with the events of the pledge and of its reservations, read under the pledge's lock.
 */
public record PledgeBalance(UUID pledgeId, UUID partnerId, PledgeStatus status, List<NeedKind> kinds, AreaScope scope,
                            String unit, LocalDate validFrom, LocalDate validUntil, Amounts capacity, Amounts reserved,
                            Amounts consumed, Amounts withdrawn) {

    public PledgeBalance {
        kinds = List.copyOf(kinds);
    }

    /** What can still be reserved (or withdrawn): capacity less reserved, consumed and withdrawn, per counted part. */
    public Amounts remaining() {
        return new Amounts(left(capacity.rupiah(), reserved.rupiahOrZero() + consumed.rupiahOrZero() + withdrawn.rupiahOrZero()),
                left(capacity.units(), reserved.unitsOrZero() + consumed.unitsOrZero() + withdrawn.unitsOrZero()));
    }

    /** The same pledge with these changes to its reserved and consumed amounts. */
    public PledgeBalance with(Amounts reservedDelta, Amounts consumedDelta) {
        return new PledgeBalance(pledgeId, partnerId, status, kinds, scope, unit, validFrom, validUntil, capacity,
                counted(reserved.plus(reservedDelta)), counted(consumed.plus(consumedDelta)), withdrawn);
    }

    private static Amounts counted(Amounts a) {
        return new Amounts(a.rupiahOrZero(), a.unitsOrZero());
    }

    private static Long left(Long capacity, long used) {
        return capacity == null ? null : capacity - used;
    }
}
