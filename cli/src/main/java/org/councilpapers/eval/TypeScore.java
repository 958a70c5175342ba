package org.councilpapers.eval;

/** Counts for one record type: expected records, extracted records, and the extracted ones that matched. */
public record TypeScore(String type, int expected, int extracted, int matched) {
    /** Matched over extracted; 1 when nothing was extracted (nothing claimed, nothing wrong). */
    public double precision() {
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / extracted;
    }

    /** Matched over expected; 1 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1 : (double) matched / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    TypeScore plus(TypeScore o) {
        return new TypeScore(type, expected + o.expected, extracted + o.extracted, matched + o.matched);
    }
}
