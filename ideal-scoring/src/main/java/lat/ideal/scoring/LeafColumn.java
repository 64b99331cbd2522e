package lat.ideal.scoring;

import lat.ideal.model.method.NormalisationMethod;

/**
 * One leaf's prepared column: treated values, normalised and oriented values, and the values after the parent's
 * imputation, with the parameters the normaliser used (kept so that a published value can be recomputed exactly).
 * Arrays are never modified after preparation.
 */
final class LeafColumn {
    static final byte NOT_TREATED = 0;
    static final byte WINSORISED = 1;
    static final byte LOG_TRANSFORMED = 2;

    /** Orientation: none. */
    static final int KEEP = 0;
    /** Orientation: {@code lo + hi - v}. */
    static final int REFLECT = 1;
    /** Orientation: {@code -v}. */
    static final int NEGATE = 2;

    final int node;
    final int column;
    final double[] raw;
    final int rawOffset;
    /** Treated values in unit order, or null when no value was treated (then read {@code raw}). */
    final double[] treated;
    final byte treatment;
    final double[] normalised;
    final double[] filled;
    final boolean[] imputed;
    final NormalisationMethod method;
    final double low;
    final double high;
    final double from;
    final double to;
    final boolean clamp;
    final double target;
    final double worst;
    final int worstUnit;
    final double reference;
    final int orientation;
    final double orientLow;
    final double orientHigh;

    LeafColumn(Builder b) {
        node = b.node;
        column = b.column;
        raw = b.raw;
        rawOffset = b.rawOffset;
        treated = b.treated;
        treatment = b.treatment;
        normalised = b.normalised;
        filled = b.filled;
        imputed = b.imputed;
        method = b.method;
        low = b.low;
        high = b.high;
        from = b.from;
        to = b.to;
        clamp = b.clamp;
        target = b.target;
        worst = b.worst;
        worstUnit = b.worstUnit;
        reference = b.reference;
        orientation = b.orientation;
        orientLow = b.orientLow;
        orientHigh = b.orientHigh;
    }

    double rawValue(int u) {
        return raw == null ? Double.NaN : raw[rawOffset + u];
    }

    double treatedValue(int u) {
        return treated != null ? treated[u] : rawValue(u);
    }

    boolean isTreated(int u) {
        return treated != null && Double.compare(treated[u], rawValue(u)) != 0;
    }

    boolean isImputed(int u) {
        return imputed != null && imputed[u];
    }

    /** Mutable parts collected while preparing a leaf. */
    static final class Builder {
        int node;
        int column = -1;
        double[] raw;
        int rawOffset;
        double[] treated;
        byte treatment = NOT_TREATED;
        double[] normalised;
        double[] filled;
        boolean[] imputed;
        NormalisationMethod method = NormalisationMethod.IDENTITY;
        double low;
        double high = 1;
        double from;
        double to;
        boolean clamp;
        double target;
        double worst;
        int worstUnit = -1;
        double reference = Double.NaN;
        int orientation = KEEP;
        double orientLow;
        double orientHigh;
    }
}
