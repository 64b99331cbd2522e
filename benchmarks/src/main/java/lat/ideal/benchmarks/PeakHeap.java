package lat.ideal.benchmarks;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import lat.ideal.scoring.Scorer;
import lat.ideal.scoring.ScoringInput;

/**
 * Measures the heap that scoring units x 30 indicators needs, against the raw matrix ({@code 8 x units x 30} bytes).
 *
 * <p>Two methods, both printed:
 * <ol>
 *   <li><b>Smallest heap that works.</b> Child JVMs with {@code -XX:+UseSerialGC} (no region rounding), a 16 MiB
 *   young generation (so that the old generation, where the large arrays live, is nearly the whole heap) and a
 *   bisected {@code -Xmx} either only build the input ({@code build}) or build it and then score and rank
 *   ({@code score}); the smallest {@code -Xmx} (to {@value #STEP_MB} MiB) at which each completes bounds the live
 *   heap from above. Scoring is what binds when the {@code score} bound exceeds the {@code build} bound (building
 *   briefly holds the generated matrix and the input's copy of it).</li>
 *   <li><b>Pool peaks.</b> In this JVM: build the input, collect, reset the peak usage of every heap pool, score,
 *   and add up the pools' peaks (an upper bound that also counts garbage not yet collected); then score
 *   {@value #WARM_SCORINGS} times more, collect, reset, and measure the next scoring the same way. The two differ
 *   where the first scoring runs code the JIT has not compiled yet and makes garbage that compiled code does not
 *   (the Vector API's passes, where the JVM has {@code jdk.incubator.vector}).</li>
 * </ol>
 * Child JVMs get {@code --add-modules jdk.incubator.vector} when this JVM has that module, so that both figures
 * describe the same path.
 * The input (values and the compact unit table) is live before scoring starts, so it is part of both figures;
 * building it briefly holds the generated matrix and the input's defensive copy of it (2 x raw).
 *
 * <p>Run from the repository root (the default is the flat workload at 1,000,000 units):
 * <pre>{@code
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar lat.ideal.benchmarks.PeakHeap [WORKLOAD] [UNITS]
 * }</pre>
 */
public final class PeakHeap {
    /** Figures are printed in MB of 10^6 bytes, as the raw matrix's 240 MB is counted. */
    private static final double MB = 1e6;
    private static final long MIB = 1L << 20;
    /** The resolution of the {@code -Xmx} bisection, in MiB. */
    static final int STEP_MB = 8;
    /** The young generation of the child JVMs: small, so that nearly the whole heap can hold live data. */
    static final String YOUNG = "-Xmn16m";
    /** Scorings between the first measured one and the measured warm one. */
    static final int WARM_SCORINGS = 5;

    private PeakHeap() {
    }

    /**
     * Measures, or (as a child) runs one step.
     *
     * @param args {@code [WORKLOAD] [UNITS]}, or {@code child build|score WORKLOAD UNITS}
     * @throws Exception if a child cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("child")) {
            Workload w = Workload.valueOf(args[2]);
            int units = Integer.parseInt(args[3]);
            ScoringInput input = input(w, units);
            if (args[1].equals("score")) {
                int[] ranks = Workload.ranks(w.scorer(Compare.INDICATORS), input);
                System.out.println(ranks[0]);
            }
            return;
        }
        Workload w = args.length > 0 ? Workload.valueOf(args[0]) : Workload.FLAT;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long raw = 8L * units * Compare.INDICATORS;
        System.out.printf(Locale.ROOT, "%s, %d units x %d indicators; raw matrix %.0f MB%n", w, units,
                Compare.INDICATORS, raw / MB);
        poolPeaks(w, units, raw);
        int build = smallestHeap("build", w, units);
        int score = smallestHeap("score", w, units);
        print("smallest -Xmx (SerialGC, " + YOUNG + ") that builds the input", build * MIB, raw);
        print("smallest -Xmx (SerialGC, " + YOUNG + ") that builds, scores and ranks", score * MIB, raw);
    }

    private static void print(String what, long bytes, long raw) {
        System.out.printf(Locale.ROOT, "%-62s %6.0f MB = %.2f x raw%n", what + ":", bytes / MB, bytes / (double) raw);
    }

    private static ScoringInput input(Workload w, int units) {
        return w.matrix(units, Compare.INDICATORS, Compare.matrixSeed(w, units)).input();
    }

    private static void poolPeaks(Workload w, int units, long raw) {
        Scorer scorer = w.scorer(Compare.INDICATORS);
        ScoringInput input = input(w, units);
        System.gc();
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        long before = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heap.add(p);
                before += p.getUsage().getUsed();
                p.resetPeakUsage();
            }
        }
        int[] ranks = Workload.ranks(scorer, input);
        long first = peaks(heap);
        for (int i = 0; i < WARM_SCORINGS; i++) {
            Workload.ranks(scorer, input);
        }
        System.gc();
        System.gc();
        for (MemoryPoolMXBean p : heap) {
            p.resetPeakUsage();
        }
        int[] again = Workload.ranks(scorer, input);
        long warm = peaks(heap);
        print("heap in use once the input is built (after GC)", before, raw);
        print("sum of heap pools' peaks, scoring 1 (rank of u0: " + ranks[0] + ")", first, raw);
        print("same, scoring " + (WARM_SCORINGS + 2) + " (rank of u0: " + again[0] + ")", warm, raw);
    }

    private static long peaks(List<MemoryPoolMXBean> heap) {
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        return peak;
    }

    /** Bisects the smallest -Xmx (in MiB, to STEP_MB) at which a child run succeeds. */
    private static int smallestHeap(String mode, Workload w, int units) throws IOException, InterruptedException {
        int lo = (int) (8L * units * Compare.INDICATORS / MIB / 2);
        int hi = lo * 8;
        if (!child(mode, w, units, hi)) {
            throw new IllegalStateException(mode + " fails even with -Xmx" + hi + "m");
        }
        while (hi - lo > STEP_MB) {
            int mid = (lo + hi) / 2;
            if (child(mode, w, units, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean child(String mode, Workload w, int units, int heapMb)
            throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", YOUNG, "-Xmx" + heapMb + "m"));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PeakHeap.class.getName(), "child", mode,
                w.name(), Integer.toString(units)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("child run with -Xmx" + heapMb + "m did not finish");
        }
        return p.exitValue() == 0;
    }
}
