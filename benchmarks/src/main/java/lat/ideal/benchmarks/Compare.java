package lat.ideal.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;

/**
 * The Java side of {@code benchmarks/compare.sh}: writes the seeded data and the Java results that the numpy side
 * checks itself against, and times one workload per JVM with an in-process harness.
 *
 * <p>Commands (all paths are directories; {@code --quick} selects the small case list):
 * <pre>{@code
 * java -cp benchmarks.jar lat.ideal.benchmarks.Compare cases [--quick]
 * java -cp benchmarks.jar lat.ideal.benchmarks.Compare prepare DIR [--quick]
 * java -cp benchmarks.jar lat.ideal.benchmarks.Compare time DIR WORKLOAD UNITS DRAWS THREADS [--quick]
 * }</pre>
 * {@code cases} prints one case per line ({@code WORKLOAD UNITS DRAWS THREADS}). {@code prepare} writes every case's
 * input (little-endian float64 matrices, column-major, one file per matrix; the Monte Carlo weight draws; the GI-TOC
 * sheet), the Java results (root scores as float64, ranks as int32, Monte Carlo rank summaries, GI-TOC published
 * values and ranks) and {@code manifest.json} describing them. {@code time} prints one JSON line: the median of
 * repeated runs after a warm-up, in milliseconds.
 *
 * <p>The harness, not JMH, because one comparison must finish in minutes and run each case in a fresh JVM: it runs the
 * operation until the warm-up time has passed (and at least twice), then times up to {@code repeats} runs (at least
 * three) within a time budget and reports their median. Every run's output is folded into a checksum that is printed,
 * so the JIT cannot drop the work.
 */
public final class Compare {
    /** The number of indicators of every synthetic case. */
    static final int INDICATORS = 30;
    /** The base seed of the synthetic matrices and weight draws. */
    static final long SEED = 20_240_601L;

    private Compare() {
    }

    /**
     * One comparison case.
     *
     * @param workload a {@link Workload} name, {@code MONTE_CARLO} or {@code GITOC}
     * @param units the number of units
     * @param draws the number of Monte Carlo draws, 0 for other workloads
     * @param threads the thread counts to time
     */
    record Case(String workload, int units, int draws, List<Integer> threads) {
    }

    /**
     * Returns the cases of a comparison.
     *
     * @param quick whether to return the short list (under two minutes in all)
     * @return the cases
     */
    static List<Case> cases(boolean quick) {
        List<Case> out = new ArrayList<>();
        int[] sizes = quick ? new int[] {1_000, 100_000} : new int[] {1_000, 100_000, 1_000_000};
        for (Workload w : Workload.values()) {
            for (int n : sizes) {
                // Scoring splits its work from 32,768 units on (Scorer.withParallelism).
                out.add(new Case(w.name(), n, 0, n >= 100_000 ? List.of(1, 2) : List.of(1)));
            }
        }
        out.add(new Case("MONTE_CARLO", 200, quick ? 1_000 : 10_000, List.of(1, 2)));
        if (!quick) {
            out.add(new Case("MONTE_CARLO", 1_000_000, 100, List.of(1, 2)));
        }
        out.add(new Case("GITOC", 193, 0, List.of(1)));
        return out;
    }

    /**
     * Runs a command.
     *
     * @param args the command and its arguments, as in the class description
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean quick = a.remove("--quick");
        if (a.isEmpty()) {
            usage();
            return;
        }
        switch (a.get(0)) {
            case "cases":
                for (Case c : cases(quick)) {
                    for (int t : c.threads()) {
                        System.out.println(c.workload() + " " + c.units() + " " + c.draws() + " " + t);
                    }
                }
                break;
            case "prepare":
                prepare(Path.of(a.get(1)), quick);
                break;
            case "time":
                System.out.println(time(a.get(2), Integer.parseInt(a.get(3)), Integer.parseInt(a.get(4)),
                        Integer.parseInt(a.get(5)), quick));
                break;
            default:
                usage();
                break;
        }
    }

    private static void usage() {
        System.err.println("usage: Compare cases [--quick] | prepare DIR [--quick]"
                + " | time DIR WORKLOAD UNITS DRAWS THREADS [--quick]");
        System.exit(2);
    }

    /** The least number of warm-up runs of the GI-TOC pipeline in the full comparison (about 20 s). */
    static final int GITOC_WARMUP_RUNS = 5_000;
    /** The most timed runs of the GI-TOC pipeline in the full comparison, on both sides (a few seconds). */
    static final int GITOC_RUNS = 1_000;

    static long matrixSeed(Workload w, int units) {
        return SEED ^ ((long) units << 8) ^ (w == Workload.TREATED ? 0x7F : 0);
    }

    static String matrixFile(Workload w, int units) {
        return (w == Workload.TREATED ? "treated-" : "complete-") + units + ".f64";
    }

    static long monteCarloSeed(int units, int draws) {
        return SEED + 31L * units + draws;
    }

    /**
     * Writes every case's data and Java results, and the manifest.
     *
     * @param dir the directory, created if needed
     * @param quick whether to use the short case list and timing settings
     * @throws IOException if a file cannot be written
     */
    static void prepare(Path dir, boolean quick) throws IOException {
        prepare(dir, cases(quick), quick);
    }

    /**
     * Writes the data and Java results of some cases, and the manifest.
     *
     * @param dir the directory, created if needed
     * @param list the cases
     * @param quick recorded in the manifest: whether the numpy side should time with the short settings
     * @throws IOException if a file cannot be written
     */
    static void prepare(Path dir, List<Case> list, boolean quick) throws IOException {
        Files.createDirectories(dir);
        Json cases = Json.array();
        for (Case c : list) {
            Json json = Json.object().put("workload", c.workload()).put("units", c.units())
                    .put("draws", c.draws()).put("threads", c.threads());
            switch (c.workload()) {
                case "GITOC":
                    prepareGitoc(dir, json);
                    break;
                case "MONTE_CARLO":
                    prepareMonteCarlo(dir, c, json);
                    break;
                default:
                    prepareScoring(dir, Workload.valueOf(c.workload()), c.units(), json);
                    break;
            }
            cases.add(json);
        }
        List<Double> weights = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            weights.add(IndicatorMatrix.weight(i));
            negative.add(IndicatorMatrix.negative(i));
        }
        List<Double> groupWeights = new ArrayList<>();
        for (int g = 0; g < Workload.GROUPS; g++) {
            groupWeights.add(Workload.groupWeight(g));
        }
        Json manifest = Json.object().put("indicators", INDICATORS).put("weights", weights).put("negative", negative)
                .put("groups", Workload.GROUPS).put("groupWeights", groupWeights)
                .put("maxWinsorised", Workload.MAX_WINSORISED).put("maxSkewness", 2.0).put("maxKurtosis", 3.5)
                .put("quick", quick).put("cases", cases);
        Files.writeString(dir.resolve("manifest.json"), manifest.toString(), StandardCharsets.UTF_8);
    }

    private static void prepareScoring(Path dir, Workload w, int units, Json json) throws IOException {
        IndicatorMatrix m = w.matrix(units, INDICATORS, matrixSeed(w, units));
        String matrix = matrixFile(w, units);
        if (!Files.exists(dir.resolve(matrix))) {
            writeDoubles(dir.resolve(matrix), m.values);
        }
        Workload.Outcome o = Workload.outcome(w.scorer(INDICATORS), m.input());
        String stem = "java-" + w.name().toLowerCase(Locale.ROOT) + "-" + units;
        writeDoubles(dir.resolve(stem + ".scores.f64"), o.scores());
        writeInts(dir.resolve(stem + ".ranks.i32"), o.ranks());
        json.put("matrix", matrix).put("scores", stem + ".scores.f64").put("ranks", stem + ".ranks.i32");
    }

    private static void prepareMonteCarlo(Path dir, Case c, Json json) throws IOException {
        IndicatorMatrix m = Workload.FLAT.matrix(c.units(), INDICATORS, matrixSeed(Workload.FLAT, c.units()));
        String matrix = matrixFile(Workload.FLAT, c.units());
        if (!Files.exists(dir.resolve(matrix))) {
            writeDoubles(dir.resolve(matrix), m.values);
        }
        long seed = monteCarloSeed(c.units(), c.draws());
        double[] weights = MonteCarlo.weights(c.draws(), INDICATORS, seed);
        String stem = "mc-" + c.units() + "-" + c.draws();
        writeDoubles(dir.resolve(stem + ".weights.f64"), weights);
        Scorer scorer = Workload.FLAT.scorer(INDICATORS);
        ScoringInput input = m.input();
        writeDoubles(dir.resolve("java-" + stem + ".summary.f64"),
                MonteCarlo.summary(MonteCarlo.analysis(scorer, input, c.draws(), seed, 2)));
        int last = c.draws() - 1;
        double[] firstAndLast = Arrays.copyOf(weights, 2 * INDICATORS);
        System.arraycopy(weights, last * INDICATORS, firstAndLast, INDICATORS, INDICATORS);
        int[][] ranks = MonteCarlo.ranks(scorer.prepare(input), firstAndLast, 2, 1);
        int[] both = Arrays.copyOf(ranks[0], 2 * c.units());
        System.arraycopy(ranks[1], 0, both, c.units(), c.units());
        writeInts(dir.resolve("java-" + stem + ".ranks.i32"), both);
        json.put("matrix", matrix).put("weights", stem + ".weights.f64").put("summary", "java-" + stem + ".summary.f64")
                .put("ranks", "java-" + stem + ".ranks.i32").put("rankedDraws", List.of(0, last))
                .put("noise", MonteCarlo.NOISE).put("seed", seed);
    }

    private static void prepareGitoc(Path dir, Json json) throws IOException {
        String csv = GitocPipeline.csv();
        Files.writeString(dir.resolve(GitocPipeline.RESOURCE), csv, StandardCharsets.UTF_8);
        GitocPipeline.Published p = GitocPipeline.run(csv);
        Json composites = Json.object();
        for (int k = 0; k < GitocPipeline.COMPOSITES.size(); k++) {
            List<String> published = new ArrayList<>();
            List<Integer> ranks = new ArrayList<>();
            for (int r = 0; r < p.countries().size(); r++) {
                published.add(p.published()[k][r].toPlainString());
                ranks.add(p.ranks()[k][r]);
            }
            composites.put(GitocPipeline.COMPOSITES.get(k),
                    Json.object().put("published", published).put("ranks", ranks));
        }
        Files.writeString(dir.resolve("java-gitoc.json"),
                Json.object().put("countries", p.countries()).put("composites", composites).toString(),
                StandardCharsets.UTF_8);
        json.put("csv", GitocPipeline.RESOURCE).put("result", "java-gitoc.json");
    }

    /**
     * Times one case in this JVM.
     *
     * @param workload the workload name
     * @param units the number of units
     * @param draws the number of draws (Monte Carlo only)
     * @param threads the number of threads: the scorer's parallelism, or Monte Carlo's sample threads
     * @param quick whether to use the short warm-up and fewer repeats
     * @return one JSON line
     */
    static String time(String workload, int units, int draws, int threads, boolean quick) {
        LongSupplier op;
        switch (workload) {
            case "GITOC": {
                String csv = GitocPipeline.csv();
                op = () -> GitocPipeline.run(csv).ranks()[0][0];
                break;
            }
            case "MONTE_CARLO": {
                ScoringInput input = Workload.FLAT.matrix(units, INDICATORS, matrixSeed(Workload.FLAT, units)).input();
                Scorer scorer = Workload.FLAT.scorer(INDICATORS);
                long seed = monteCarloSeed(units, draws);
                op = () -> (long) MonteCarlo.summary(MonteCarlo.analysis(scorer, input, draws, seed, threads))[units];
                break;
            }
            default: {
                Workload w = Workload.valueOf(workload);
                ScoringInput input = w.matrix(units, INDICATORS, matrixSeed(w, units)).input();
                Scorer scorer = w.scorer(INDICATORS).withParallelism(threads);
                op = () -> Workload.ranks(scorer, input)[units / 2];
                break;
            }
        }
        Harness h = quick ? new Harness(0.5, 2, 5, 3.0) : new Harness(3.0, 2, 10, 20.0);
        if ("GITOC".equals(workload)) {
            // A run takes a few milliseconds and reaches code in three modules: after 3 s many of its methods have
            // not yet been called often enough for C2 to compile them, so it warms up for a number of runs instead.
            // Its timed runs span a few seconds too (numpy's as many), so that a short disturbance cannot move the
            // median.
            h = quick ? new Harness(0.5, 300, 25, 3.0) : new Harness(3.0, GITOC_WARMUP_RUNS, GITOC_RUNS, 20.0);
        }
        Harness.Timing t = h.run(op);
        return Json.object().put("workload", workload).put("units", units).put("indicators",
                "GITOC".equals(workload) ? 32 : INDICATORS).put("draws", draws).put("threads", threads)
                .put("median_ms", t.median()).put("min_ms", t.min()).put("max_ms", t.max())
                .put("runs", t.runs()).put("warmup_runs", t.warmupRuns()).put("checksum", t.checksum())
                .put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"))
                .put("vector_api", Scorer.usesVectorApi()).toString();
    }

    /** Writes doubles as little-endian float64. */
    static void writeDoubles(Path file, double[] values) throws IOException {
        write(file, values.length, (buf, i) -> buf.putDouble(values[i]));
    }

    /** Writes ints as little-endian int32. */
    static void writeInts(Path file, int[] values) throws IOException {
        write(file, values.length, (buf, i) -> buf.putInt(values[i]));
    }

    /** Puts item {@code i} into a buffer. */
    private interface Put {
        void put(ByteBuffer buf, int i);
    }

    private static void write(Path file, int count, Put put) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int i = 0; i < count; i++) {
                if (buf.remaining() < Double.BYTES) {
                    drain(ch, buf);
                }
                put.put(buf, i);
            }
            drain(ch, buf);
        }
    }

    private static void drain(FileChannel ch, ByteBuffer buf) {
        buf.flip();
        try {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.clear();
    }
}
