package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lat.ideal.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas that ship in the jar accept the samples and everything the writers write, and reject errors. */
final class SchemaTest {
    private static final IdealJson JSON = IdealJson.withDefaults();
    private static final Map<DocumentType, Schema> SCHEMAS = new EnumMap<>(DocumentType.class);
    private static String results;

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (DocumentType type : DocumentType.values()) {
            SCHEMAS.put(type, registry.getSchema(type.schema(), InputFormat.JSON));
        }
    }

    private static List<Error> validate(DocumentType type, String json) {
        return SCHEMAS.get(type).validate(json, InputFormat.JSON);
    }

    static String sample(DocumentType type) throws IOException {
        String name = "samples/" + type.schemaFileName().replace(".schema", "");
        try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "RESULTS", mode = EnumSource.Mode.EXCLUDE)
    void sample_isValidByItsSchema_andReadsWithoutProblems(DocumentType type) throws IOException {
        String json = sample(type);
        assertThat(validate(type, json)).isEmpty();
        ReadResult<?> read;
        switch (type) {
            case DATASET:
                read = JSON.readDataset("sample", new StringReader(json));
                break;
            case METHODOLOGY:
                read = JSON.readMethodology("sample", new StringReader(json));
                break;
            case PRIORITIES:
                read = JSON.readPriorities("sample", new StringReader(json));
                break;
            default:
                read = JSON.readActionPlans("sample", new StringReader(json));
                break;
        }
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void schema_hasTheDocumentedId(DocumentType type) {
        assertThat(type.schema()).contains("\"$id\": \"" + type.schemaId() + "\"")
                .contains("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void schema_rejectsAnUnknownProperty(DocumentType type) throws IOException {
        String document = type == DocumentType.RESULTS ? results() : sample(type);
        String json = document.replaceFirst("\\{", "{\"colour\": \"red\",");
        assertThat(validate(type, json)).extracting(Error::getKeyword).contains("additionalProperties");
    }

    @Test
    void datasetSchema_rejectsANumberInQuotesAndABadGrade() throws IOException {
        String json = sample(DocumentType.DATASET).replace("\"measurement\": 7.5", "\"measurement\": \"7.5\"")
                .replace("\"B2\"", "\"Z9\"");
        assertThat(validate(DocumentType.DATASET, json)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/observations/0/measurement", "/observations/0/grade");
    }

    @Test
    void methodologySchema_rejectsANodeWithChildrenAndIndicator() throws IOException {
        String json = sample(DocumentType.METHODOLOGY).replace("\"key\": \"markets\",",
                "\"key\": \"markets\", \"indicator\": \"x\",");
        assertThat(validate(DocumentType.METHODOLOGY, json)).isNotEmpty();
    }

    /** The results of scoring the GI-TOC 2023 import with the gitoc-ocindex preset, as a results document. */
    private static synchronized String results() throws IOException {
        if (results == null) {
            GitocImport g = GitocImporterTest.load("gitoc-ocindex-2023.csv", 2023);
            StringWriter out = new StringWriter();
            JSON.writeResults(Scorer.of(g.methodology()).score(g.input()), out);
            results = out.toString();
        }
        return results;
    }

    @Test
    void writtenResults_areValidByTheirSchema() throws IOException {
        String json = results();
        assertThat(validate(DocumentType.RESULTS, json)).isEmpty();
        assertThat(json).contains("\"unit\": \"BOL\"").contains("\"name\": \"Bolivia\"");
    }

    static Stream<Long> seeds() {
        return Samples.seeds(15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writtenDocuments_areValidByTheirSchemas(long seed) throws IOException {
        Samples s = new Samples(seed);
        StringWriter dataset = new StringWriter();
        JSON.writeDataset(s.dataset(20), dataset);
        assertThat(validate(DocumentType.DATASET, dataset.toString())).isEmpty();
        StringWriter methodology = new StringWriter();
        JSON.writeMethodology(s.methodology(), methodology);
        assertThat(validate(DocumentType.METHODOLOGY, methodology.toString())).isEmpty();
        StringWriter priorities = new StringWriter();
        JSON.writePriorities(s.priorities(), priorities);
        assertThat(validate(DocumentType.PRIORITIES, priorities.toString())).isEmpty();
        StringWriter plans = new StringWriter();
        JSON.writeActionPlans(s.plans(), plans);
        assertThat(validate(DocumentType.ACTION_PLANS, plans.toString())).isEmpty();
    }
}
