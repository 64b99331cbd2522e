package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import lat.ideal.model.Dataset;
import lat.ideal.model.OperationalActionPlan;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing then reading any valid document gives an equal value (seeded random values). */
final class JsonRoundTripTest {
    /** Random values are well-formed but not meaningful (unknown indicators, uncovered countries): no validator. */
    private static final IdealJson JSON = IdealJson.withDefaults().withDatasetValidator(d -> ValidationReport.empty())
            .withMethodologyValidator(m -> ValidationReport.empty());

    static Stream<Long> seeds() {
        return Samples.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dataset_roundTrips(long seed) throws IOException {
        Dataset data = new Samples(seed).dataset(30);
        StringWriter out = new StringWriter();
        JSON.writeDataset(data, out);
        ReadResult<Dataset> back = JSON.readDataset("d.json", new StringReader(out.toString()));
        assertThat(back.problems()).as(out.toString()).isEmpty();
        assertThat(back.orElseThrow()).isEqualTo(data);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void methodology_roundTrips(long seed) throws IOException {
        Methodology m = new Samples(seed).methodology();
        StringWriter out = new StringWriter();
        JSON.writeMethodology(m, out);
        ReadResult<Methodology> back = JSON.readMethodology("m.json", new StringReader(out.toString()));
        assertThat(back.problems()).as(out.toString()).isEmpty();
        assertThat(back.orElseThrow()).isEqualTo(m);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void priorities_roundTrip(long seed) throws IOException {
        PriorityDocument doc = new Samples(seed).priorities();
        StringWriter out = new StringWriter();
        JSON.writePriorities(doc, out);
        ReadResult<PriorityDocument> back = JSON.readPriorities("p.json", new StringReader(out.toString()));
        assertThat(back.problems()).as(out.toString()).isEmpty();
        assertThat(back.orElseThrow()).isEqualTo(doc);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void actionPlans_roundTrip(long seed) throws IOException {
        List<OperationalActionPlan> plans = new Samples(seed).plans();
        StringWriter out = new StringWriter();
        JSON.writeActionPlans(plans, out);
        ReadResult<List<OperationalActionPlan>> back = JSON.readActionPlans("a.json",
                new StringReader(out.toString()));
        assertThat(back.problems()).as(out.toString()).isEmpty();
        assertThat(back.orElseThrow()).isEqualTo(plans);
    }
}
