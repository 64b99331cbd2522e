package lat.ideal.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import lat.ideal.io.ObservationCsv;
import lat.ideal.io.ReadResult;
import lat.ideal.model.Country;
import lat.ideal.model.Measurement;
import lat.ideal.model.Observation;
import lat.ideal.model.ReportingPeriod;
import lat.ideal.model.SourceGrade;
import lat.ideal.model.Target;
import lat.ideal.model.Tlp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streams a generated long-format observation CSV through {@link ObservationCsv#read(Path, java.util.function.Consumer)}.
 *
 * <p>The file ({@code rows} observations, written once per trial into a temporary directory) is read row by row; no
 * observation is kept, so the small heap of the fork ({@code -Xmx256m}) also shows that a million rows stream in
 * bounded memory. Run with:
 * <pre>{@code
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CsvReadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class CsvReadBenchmark {
    private static final ObservationCsv CSV = ObservationCsv.withDefaults();

    /** The number of observation rows. */
    @Param("1000000")
    public int rows;

    private Path dir;
    private Path file;

    /**
     * Writes the file.
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("ideal-csv-bench");
        file = dir.resolve("observations.csv");
        CSV.write(() -> observations(rows), file);
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /**
     * Reads every row, handing each observation to the blackhole.
     *
     * @param sink consumes the observations
     * @return the number of observations read
     */
    @Benchmark
    public long streamRows(Blackhole sink) {
        ReadResult<Long> read = CSV.read(file, sink::consume);
        return read.orElseThrow();
    }

    /** Generates observations on the fly, so that writing holds none of them. */
    static Iterator<Observation> observations(int count) {
        String[] codes = {"AR", "BO", "BR", "CL", "CO", "CR", "EC", "MX", "PA", "PE", "PY", "SV"};
        ReportingPeriod period = ReportingPeriod.year(2023);
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Observation next() {
                int n = i++;
                Observation o = Observation.of(Target.countryArea(Country.of(codes[n % codes.length]),
                                "drug-trafficking"), "indicator-" + (n % 40), Measurement.of(1 + (n % 19) * 0.5),
                        period).withGrade(SourceGrade.admiralty((char) ('A' + n % 6), 1 + n % 6))
                        .withHandling(Tlp.values()[n % 5]).withContributor(Country.of(codes[(n + 3) % codes.length]),
                                "agency " + (n % 7));
                return n % 3 == 0 ? o.withRationale("seen in " + (n % 11) + " reports, \"confirmed\"") : o;
            }
        };
    }
}
