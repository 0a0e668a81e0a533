package id.desatumis.devstack;

import java.util.Set;

/**
 * Hands out NIK serials (the last four digits) for test and synthetic people so that no two are one adjacent
 * swap apart: the registry would rightly flag such a pair as a likely typo of each other.
 */
public final class NikSerials {

    private NikSerials() {
    }

    /** The first serial from {@code from} on that is neither used nor one swap from a used one; marks it used. */
    public static int next(Set<Integer> used, int from) {
        int s = from;
        while (used.contains(s) || oneSwapFromUsed(s, used)) s++;
        used.add(s);
        return s;
    }

    private static boolean oneSwapFromUsed(int serial, Set<Integer> used) {
        char[] digits = String.format("%04d", serial).toCharArray();
        for (int i = 0; i < 3; i++) {
            char[] c = digits.clone();
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            if (used.contains(Integer.parseInt(new String(c)))) return true;
        }
        return false;
    }
}
