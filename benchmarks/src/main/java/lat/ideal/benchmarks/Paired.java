package lat.ideal.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times one scoring workload in two builds of the library side by side in one JVM, to judge a change whose effect is
 * smaller than the drift of a shared machine from one minute to the next.
 *
 * <pre>{@code
 * java -Xmx3g --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar lat.ideal.benchmarks.Paired \
 *     OLD.jar NEW.jar WORKLOAD UNITS THREADS [PAIRS [WARMUP_SECONDS]]
 * }</pre>
 *
 * <p>{@code OLD.jar} and {@code NEW.jar} are two builds' {@code benchmarks/target/benchmarks.jar}, or each a class
 * path (entries separated as on the command line: jars and class directories). Each is loaded in a class loader of
 * its own, with {@link PairedCase} taken from the build where it has one and from this build otherwise; each side
 * builds the workload's seeded input (30 indicators) and scorer. Before anything is timed, both sides' root scores
 * must be the same bit for bit and their ranks identical, or nothing is timed and the exit status is 1. Then both
 * sides run in turn for {@code WARMUP_SECONDS} (default 3), and {@code PAIRS} pairs (default 60) are timed, A then B
 * in even pairs and B then A in odd ones, so that neither side always runs first. The line printed gives each side's
 * median and quartiles and those of the pairs' differences, B minus A, in milliseconds: the difference within a pair
 * is what the machine's drift does not reach. The compiled code differs from one JVM to the next, by a few
 * milliseconds at times, so a change is judged on several runs, with the builds' places swapped in every second
 * one. Exit status 2 for wrong arguments or a build that cannot run the workload, without a stack trace.
 */
public final class Paired {
    /** The class each side runs. */
    static final String CASE = "lat.ideal.benchmarks.PairedCase";
    /** Pairs timed when not given. */
    static final int DEFAULT_PAIRS = 60;
    /** Seconds of warm-up when not given. */
    static final double DEFAULT_WARMUP_SECONDS = 3;

    private Paired() {
    }

    /**
     * Runs a comparison.
     *
     * @param args see the type's description
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a comparison and prints its line.
     *
     * @param args see the type's description
     * @param out where the line goes
     * @param err where problems go
     * @return 0 when timed, 1 when the builds' results differ, 2 for wrong arguments or a build that cannot run
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 5 || args.length > 7) {
            err.println("usage: Paired OLD.jar NEW.jar WORKLOAD UNITS THREADS [PAIRS [WARMUP_SECONDS]]");
            return 2;
        }
        int units;
        int threads;
        int pairs;
        double warmup;
        try {
            units = Integer.parseInt(args[3]);
            threads = Integer.parseInt(args[4]);
            pairs = args.length > 5 ? Integer.parseInt(args[5]) : DEFAULT_PAIRS;
            warmup = args.length > 6 ? Double.parseDouble(args[6]) : DEFAULT_WARMUP_SECONDS;
        } catch (NumberFormatException e) {
            err.println("paired: UNITS, THREADS and PAIRS must be whole numbers and WARMUP_SECONDS a number: "
                    + e.getMessage());
            return 2;
        }
        if (units < 1 || threads < 1 || pairs < 2 || !(warmup >= 0)) {
            err.println("paired: UNITS and THREADS must be at least 1, PAIRS at least 2, WARMUP_SECONDS at least 0");
            return 2;
        }
        Side a;
        Side b;
        try {
            a = Side.load(args[0], args[2], units, threads);
            b = Side.load(args[1], args[2], units, threads);
        } catch (IllegalArgumentException e) {
            err.println("paired: " + e.getMessage());
            return 2;
        }
        Result result;
        try {
            String difference = difference(a.ranks(), b.ranks(), a.scores(), b.scores());
            if (difference != null) {
                err.println("paired: the builds' results differ, nothing was timed: " + difference);
                return 1;
            }
            result = compare(a, b, pairs, warmup);
        } catch (IllegalStateException e) {
            err.println("paired: a build failed while scoring " + args[2] + ": " + e.getMessage() + ": "
                    + e.getCause());
            return 2;
        }
        out.println(String.format(Locale.ROOT, "%s %d x %d, %d thread%s, %d pairs: %s", args[2], units,
                Compare.INDICATORS, threads, threads == 1 ? "" : "s", pairs, result.line()));
        return 0;
    }

    /**
     * Warms both sides up in turn, then times {@code pairs} pairs, alternating which side runs first.
     *
     * @param a side A
     * @param b side B
     * @param pairs the number of pairs
     * @param warmupSeconds the least warm-up time
     * @return the timings
     */
    static Result compare(Side a, Side b, int pairs, double warmupSeconds) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            a.time();
            b.time();
        } while (System.nanoTime() < end);
        double[] ta = new double[pairs];
        double[] tb = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                ta[i] = a.time() / 1e6;
                tb[i] = b.time() / 1e6;
            } else {
                tb[i] = b.time() / 1e6;
                ta[i] = a.time() / 1e6;
            }
        }
        return new Result(ta, tb);
    }

    /**
     * Describes the first difference between two sides' results: ranks compared for equality, scores bit for bit.
     *
     * @return null when they are the same
     */
    static String difference(int[] ranksA, int[] ranksB, double[] scoresA, double[] scoresB) {
        if (ranksA.length != ranksB.length || scoresA.length != scoresB.length) {
            return "A has " + scoresA.length + " units, B " + scoresB.length;
        }
        for (int u = 0; u < scoresA.length; u++) {
            if (Double.doubleToLongBits(scoresA[u]) != Double.doubleToLongBits(scoresB[u])) {
                return String.format(Locale.ROOT, "unit %d scores %s in A and %s in B", u,
                        Double.toString(scoresA[u]), Double.toString(scoresB[u]));
            }
        }
        for (int u = 0; u < ranksA.length; u++) {
            if (ranksA[u] != ranksB[u]) {
                return "unit " + u + " ranks " + ranksA[u] + " in A and " + ranksB[u] + " in B";
            }
        }
        return null;
    }

    /**
     * The value at quantile {@code q} of sorted values, by nearest rank ({@code round(q (n - 1))}).
     *
     * @param sorted values in ascending order, at least one
     * @param q between 0 and 1
     * @return the value
     */
    static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    /**
     * The timed pairs, in milliseconds, in pair order.
     *
     * @param a side A's times
     * @param b side B's times
     */
    record Result(double[] a, double[] b) {
        /** B minus A, pair by pair. */
        double[] differences() {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = b[i] - a[i];
            }
            return d;
        }

        /** The printed summary: each side's median and quartiles, then the differences'. */
        String line() {
            return "A " + summary(a) + ", B " + summary(b) + ", paired B - A " + summary(differences());
        }

        private static String summary(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            return String.format(Locale.ROOT, "median %.2f ms (q1 %.2f, q3 %.2f)", quantile(s, 0.5),
                    quantile(s, 0.25), quantile(s, 0.75));
        }
    }

    /** One build's {@link PairedCase}, called reflectively across class loaders. */
    static final class Side {
        private final Object target;
        private final Method time;
        private final Method ranks;
        private final Method scores;

        private Side(Object target) throws NoSuchMethodException {
            this.target = target;
            time = target.getClass().getMethod("time");
            ranks = target.getClass().getMethod("ranks");
            scores = target.getClass().getMethod("scores");
        }

        /**
         * Loads a build (a class path) and builds the workload's case in it.
         *
         * @throws IllegalArgumentException when the build is missing or cannot run the workload
         */
        static Side load(String build, String workload, int units, int threads) {
            String[] entries = build.split(File.pathSeparator);
            URL[] urls = new URL[entries.length];
            try {
                for (int i = 0; i < entries.length; i++) {
                    Path entry = Path.of(entries[i]);
                    if (!Files.exists(entry)) {
                        throw new IllegalArgumentException("no build at " + entry);
                    }
                    urls[i] = entry.toUri().toURL();
                }
                ClassLoader loader = new CaseLoader(urls);
                Class<?> type = loader.loadClass(CASE);
                return new Side(type.getConstructor(String.class, int.class, int.class)
                        .newInstance(workload, units, threads));
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(build + " cannot run " + workload + ": " + e.getCause(), e);
            } catch (ReflectiveOperationException | LinkageError | MalformedURLException e) {
                throw new IllegalArgumentException(build + " is not a build of the benchmarks: " + e, e);
            }
        }

        /** The class loader this side's case came from. */
        ClassLoader loader() {
            return target.getClass().getClassLoader();
        }

        long time() {
            return (long) call(time);
        }

        int[] ranks() {
            return (int[]) call(ranks);
        }

        double[] scores() {
            return (double[]) call(scores);
        }

        private Object call(Method method) {
            try {
                return method.invoke(target);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(method.getName() + " failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(method.getName() + " is not accessible", e);
            }
        }
    }

    /**
     * A build's class loader, with the platform loader as parent (so that no class of this build leaks in), which
     * defines {@link PairedCase} from this build's copy where the build has none.
     */
    private static final class CaseLoader extends URLClassLoader {
        CaseLoader(URL[] build) {
            super(build, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try {
                return super.findClass(name);
            } catch (ClassNotFoundException e) {
                if (!name.equals(CASE)) {
                    throw e;
                }
                try (InputStream in = Paired.class.getResourceAsStream("PairedCase.class")) {
                    if (in == null) {
                        throw e;
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException io) {
                    throw new ClassNotFoundException(name, io);
                }
            }
        }
    }
}
