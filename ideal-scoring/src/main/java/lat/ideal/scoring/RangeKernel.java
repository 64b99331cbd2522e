package lat.ideal.scoring;

import java.util.Optional;

/**
 * A faster way to the column passes of {@link Stats} that read a whole column for its range (and, for TOPSIS, its
 * sum of squares), with the same results bit for bit, or none where a column holds a NaN (the caller then takes the
 * plain pass, which counts the missing cells).
 *
 * <p>The one implementation, {@code VectorRanges}, uses the JDK's Vector API, which is an incubator module
 * ({@code jdk.incubator.vector}) on every JDK this library supports. The library never asks for it: it is used only
 * where the host has added the module to the JVM ({@code --add-modules jdk.incubator.vector}), the processor has
 * 256-bit vector registers, and the class loads; otherwise {@link Stats#KERNEL} is null and every pass is the plain
 * one. {@code VectorRanges} is compiled on its own (from {@code src/main/vector}, see the module's POM) so that
 * nothing else depends on the incubator module.
 */
interface RangeKernel {
    /** Columns shorter than this take the plain passes: they are in the cache, and the plain loop starts sooner. */
    int FROM = 1 << 12;

    /**
     * {@link Stats#rangeAndMissing(double[], int, double[], int, int)} of two columns without NaN: {min, max, 0} of
     * the first, then of the second; null if either holds a NaN.
     */
    double[] rangeAndMissing(double[] x, int a, double[] y, int b, int n);

    /**
     * {@link Stats#rangeMissingAndSquares(double[], int, double[], int, int)} of two columns without NaN: {min, max,
     * 0, sum of squares} of the first, then of the second; null if either holds a NaN.
     */
    double[] rangeMissingAndSquares(double[] x, int a, double[] y, int b, int n);

    /**
     * {@link Stats#rangeAndMissing(double[], int, int, boolean)} of a column without NaN: {min, max, 0}; null if it
     * holds a NaN.
     */
    double[] rangeAndMissing(double[] x, int off, int n);

    /** The kernel this JVM can use, or null (see the type's description). */
    static RangeKernel load() {
        Optional<Module> vector = ModuleLayer.boot().findModule("jdk.incubator.vector");
        if (vector.isEmpty()) {
            return null;
        }
        // On the module path this module reads the incubator module only if told to at run time; on the class path
        // (an unnamed module, which reads every module) this does nothing.
        RangeKernel.class.getModule().addReads(vector.get());
        try {
            Class<?> type = Class.forName("lat.ideal.scoring.VectorRanges", true, RangeKernel.class.getClassLoader());
            RangeKernel kernel = (RangeKernel) type.getDeclaredConstructor().newInstance();
            return kernel.usable() ? kernel : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Whether the processor runs this kernel in vector registers (the Vector API's fallback is far slower). */
    boolean usable();
}
