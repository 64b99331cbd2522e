package lat.ideal.scoring;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.Scale;
import lat.ideal.model.method.MethodNode;
import lat.ideal.model.method.Methodology;

/**
 * SHA-256 over a canonical binary form of everything a result depends on: methodology, scorer options, overrides
 * and input (unit keys and groups, indicator keys, scales and polarities, every cell's bits and UNKNOWN flag).
 * Display names are left out: they are presentation, and country names come from the JDK's locale data, which
 * changes between Java releases. The form is versioned by its first string; maps are written in key order, NaN in
 * its canonical bits.
 */
final class Fingerprint {
    private static final String FORMAT = "lat.ideal.scoring/fingerprint/1";

    private Fingerprint() {
    }

    static String of(PreparedScoring prepared, Overrides overrides) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha), 1 << 16))) {
            out.writeUTF(FORMAT);
            methodology(out, prepared.methodology());
            Scorer s = prepared.scorer();
            out.writeUTF(s.tiePolicy().name());
            out.writeUTF(s.rankBasis().name());
            out.writeInt(overrides.allWeights().size());
            for (Map.Entry<String, double[]> e : overrides.allWeights().entrySet()) {
                out.writeUTF(e.getKey());
                doubles(out, e.getValue());
            }
            out.writeInt(overrides.allAggregations().size());
            for (Map.Entry<String, lat.ideal.model.method.Aggregation> e : overrides.allAggregations().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().method().name());
                map(out, e.getValue().parameters());
            }
            input(out, prepared.input());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void input(DataOutputStream out, ScoringInput in) throws IOException {
        out.writeInt(in.unitCount());
        for (ScoringInput.Unit u : in.units()) {
            out.writeUTF(u.key());
            out.writeUTF(u.group());
        }
        out.writeInt(in.indicatorCount());
        for (ScoringInput.Indicator i : in.indicators()) {
            out.writeUTF(i.key());
            out.writeUTF(i.polarity().name());
            scale(out, i.scale());
        }
        // Cell by cell in column-major order, as the values are given.
        int n = in.unitCount();
        for (int i = 0; i < in.indicatorCount(); i++) {
            double[] v = in.columnValues(i);
            for (int u = 0; u < n; u++) {
                out.writeLong(Double.doubleToLongBits(v[u]));
                out.writeBoolean(in.unknownAt(i * n + u));
            }
        }
    }

    private static void scale(DataOutputStream out, Scale scale) throws IOException {
        out.writeUTF(scale.getClass().getSimpleName());
        out.writeDouble(scale.min());
        out.writeDouble(scale.max());
        if (scale instanceof Scale.Continuous) {
            Scale.Continuous c = (Scale.Continuous) scale;
            out.writeBoolean(c.step().isPresent());
            out.writeDouble(c.step().orElse(0));
        }
        if (scale instanceof Scale.Ordinal) {
            Scale.Ordinal o = (Scale.Ordinal) scale;
            for (Scale.Level l : o.levels()) {
                out.writeUTF(l.code());
                out.writeDouble(l.value());
            }
            out.writeBoolean(o.unknownValue().isPresent());
            out.writeDouble(o.unknownValue().orElse(0));
        }
    }

    private static void methodology(DataOutputStream out, Methodology m) throws IOException {
        out.writeUTF(m.id());
        out.writeUTF(m.version());
        text(out, m.title());
        out.writeUTF(m.description());
        strings(out, m.sources());
        out.writeUTF(m.unitKind().name());
        node(out, m.root());
    }

    private static void node(DataOutputStream out, MethodNode n) throws IOException {
        out.writeUTF(n.key());
        text(out, n.labels());
        out.writeDouble(n.weight());
        out.writeUTF(n.indicator());
        out.writeUTF(n.aggregation().method().name());
        map(out, n.aggregation().parameters());
        out.writeUTF(n.weighting().method().name());
        strings(out, n.weighting().order());
        out.writeInt(n.weighting().pairwise().size());
        for (List<Double> row : n.weighting().pairwise()) {
            doubles(out, row.stream().mapToDouble(Double::doubleValue).toArray());
        }
        out.writeInt(n.weighting().allocations().size());
        for (Map<String, Double> a : n.weighting().allocations()) {
            map(out, a);
        }
        out.writeBoolean(n.weighting().renormalise());
        out.writeUTF(n.normalisation().method().name());
        map(out, n.normalisation().parameters());
        out.writeUTF(n.normalisation().referenceUnit());
        out.writeUTF(n.direction().name());
        out.writeBoolean(n.treatment().enabled());
        out.writeInt(n.treatment().maxWinsorised());
        out.writeDouble(n.treatment().maxSkewness());
        out.writeDouble(n.treatment().maxKurtosis());
        out.writeBoolean(n.treatment().logFallback());
        out.writeUTF(n.missing().policy().name());
        out.writeDouble(n.missing().availabilityThreshold());
        out.writeInt(n.rounding().decimals());
        out.writeUTF(n.rounding().mode().name());
        out.writeUTF(n.banding().method().name());
        doubles(out, n.banding().cuts().stream().mapToDouble(Double::doubleValue).toArray());
        strings(out, n.banding().labels());
        out.writeInt(n.children().size());
        for (MethodNode c : n.children()) {
            node(out, c);
        }
    }

    private static void text(DataOutputStream out, LocalizedText t) throws IOException {
        out.writeUTF(t.es());
        out.writeUTF(t.en());
        out.writeUTF(t.pt());
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeLong(Double.doubleToLongBits(v));
        }
    }

    private static void map(DataOutputStream out, Map<String, Double> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(Double.doubleToLongBits(e.getValue()));
        }
    }
}
