package lat.ideal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.model.LocalizedText;
import lat.ideal.model.method.Methodology;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.Severity;
import lat.ideal.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** One test per class of bad JSON input, each asserting the exact reported location. */
final class JsonBadInputTest {
    private static final IdealJson JSON = IdealJson.withDefaults();

    private static ReadResult<Dataset> read(String json) {
        return JSON.readDataset("d.json", new StringReader(json));
    }

    /** Asserts that reading failed with exactly one problem, and returns it. */
    private static Located single(ReadResult<?> result) {
        assertThat(result.value()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    private static void assertAt(Located p, int line, int column, String path, String rule) {
        assertThat(p.file()).isEqualTo("d.json");
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
        assertThat(p.column()).as("column of %s", p).isEqualTo(column);
        assertThat(p.path()).as("path of %s", p).isEqualTo(path);
        assertThat(p.rule()).as("rule of %s", p).isEqualTo(rule);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void minimalDocument_reads() {
        ReadResult<Dataset> r = read("{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\"}");
        assertThat(r.problems()).isEmpty();
        assertThat(r.isValid()).isTrue();
        assertThat(r.orElseThrow().id()).isEqualTo("t");
    }

    @Test
    void unknownProperty_isReportedAtItsName() {
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023",
                  "observations": [
                    {"target": "BO", "indicator": "x", "measurement": 1, "colour": "red"}
                  ]}
                """);
        assertThat(r.value()).isEmpty();
        // The observation itself could be read, so the validator checks it as well: this document defines
        // neither indicator x nor country BO.
        assertThat(r.problems()).extracting(q -> q.rule() + " " + q.path()).containsExactly(
                "unknown-property observations[0].colour", "unknown-indicator observations[0].indicator",
                "unknown-country observations[0].target");
        Located p = r.problems().get(0);
        assertAt(p, 3, 58, "observations[0].colour", "unknown-property");
        assertThat(p.value()).isEqualTo("colour");
        assertThat(p.message().en()).contains("unknown property 'colour'").contains("measurement");
        assertThat(p.toString()).startsWith("d.json:3:58: observations[0].colour: unknown property 'colour'");
    }

    @Test
    void duplicateKey_isReportedAtTheSecondName() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023",
                 "id": "u"}
                """));
        assertAt(p, 2, 2, "id", "duplicate-key");
    }

    @Test
    void duplicateKey_insideAnObservation() {
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1, "measurement": 2}]}
                """);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Located::rule).containsExactly("duplicate-key", "unknown-indicator",
                "unknown-country");
        assertAt(r.problems().get(0), 2, 56, "observations[0].measurement", "duplicate-key");
        assertAt(r.problems().get(1), 2, 33, "observations[0].indicator", "unknown-indicator");
        assertAt(r.problems().get(2), 2, 14, "observations[0].target", "unknown-country");
    }

    @Test
    void trailingTokens_areReportedWhereTheyStart() {
        Located p = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\"}\n  {}"));
        assertAt(p, 2, 3, "", "trailing-content");
    }

    @Test
    void trailingGarbage_isReportedAsTrailingContent() {
        Located p = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\"} x"));
        assertThat(p.rule()).isEqualTo("trailing-content");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void nanLiteral_isRejectedWithItsPath() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": NaN}]}
                """));
        assertAt(p, 2, 53, "observations[0].measurement", "non-finite-number");
    }

    @Test
    void infinityLiteral_isRejectedWithItsPath() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": -Infinity}]}
                """));
        assertAt(p, 2, 53, "observations[0].measurement", "non-finite-number");
    }

    @Test
    void overflowingNumber_isRejected() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1e999}]}
                """));
        assertAt(p, 2, 53, "observations[0].measurement", "non-finite-number");
    }

    @Test
    void wrongType_namesExpectedAndFound() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": 7, "period": "2023"}
                """));
        assertAt(p, 1, 32, "id", "wrong-type");
        assertThat(p.message().en()).isEqualTo("expected a string, found a number");
        assertThat(p.message().es()).isEqualTo("se esperaba un texto y se encontró un número");
    }

    @Test
    void numberInQuotes_isAWrongType() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": "7.5"}]}
                """));
        assertAt(p, 2, 53, "observations[0].measurement", "wrong-type");
    }

    @Test
    void decimalCommaInAQuotedMeasurement_isNamed() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": "7,5"}]}
                """));
        assertAt(p, 2, 53, "observations[0].measurement", "decimal-comma");
    }

    @Test
    void missingProperty_isReportedAtTheObject() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "measurement": 1}]}
                """));
        assertAt(p, 2, 3, "observations[0]", "missing-property");
        assertThat(p.value()).isEqualTo("indicator");
    }

    @Test
    void tooDeepNesting_stopsAtTheLimit() {
        IdealJson json = JSON.withLimits(ReadLimits.defaults().withMaxNestingDepth(3));
        ReadResult<Dataset> r = json.readDataset("d.json", new StringReader(
                "{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\", \"title\": [[[[1]]]]}"));
        Located p = single(r);
        assertThat(p.rule()).isEqualTo("limit-exceeded");
        assertThat(p.line()).isEqualTo(1);
        // the root object is depth 1 and "title": [[ reaches 3; the third '[' (column 66) would be depth 4
        assertThat(p.column()).isEqualTo(66);
        assertThat(p.path()).isEqualTo("title[0][0]");
        assertThat(p.message().en()).contains("nesting depth");
    }

    @Test
    void tooLongString_stopsAtTheLimit() {
        IdealJson json = JSON.withLimits(ReadLimits.defaults().withMaxStringLength(10));
        ReadResult<Dataset> r = json.readDataset("d.json", new StringReader(
                "{\"schemaVersion\": \"1.0\",\n \"id\": \"abcdefghijklmnopqrstuvwxyz\", \"period\": \"2023\"}"));
        Located p = single(r);
        assertThat(p.rule()).isEqualTo("limit-exceeded");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message().en()).contains("String value length");
    }

    @Test
    void tooLargeDocument_stopsAtTheLimit() {
        IdealJson json = JSON.withLimits(ReadLimits.defaults().withMaxDocumentChars(1_000));
        Located p = single(json.readDataset("d.json", new StringReader(
                "{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\", \"title\": \""
                        + "x".repeat(100_000) + "\"}")));
        assertThat(p.rule()).isEqualTo("limit-exceeded");
        assertThat(p.message().en()).contains("Document length");
    }

    @Test
    void syntaxError_isLocated() {
        Located p = single(read("{\"schemaVersion\": \"1.0\",\n  \"id\" \"t\"}"));
        assertAt(p, 2, 8, "id", "json-syntax");
    }

    @Test
    void syntaxMessages_sayWhatIsWrong_withoutTheParsersOwnTerms() {
        // The parser describes where an unclosed array began by its input, which it is set not to name, and
        // advises enabling its features; neither helps whoever edits the file. What is left is Jackson's text.
        Located open = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"t\",\n \"countries\": [\"BO\""));
        assertAt(open, 2, 20, "countries[0]", "json-syntax");
        assertThat(open.message().en()).isEqualTo("invalid JSON: Unexpected end-of-input: expected close marker for"
                + " Array");
        assertThat(open.message().es()).isEqualTo("JSON no válido: el archivo termina sin cerrar un arreglo");
        Located hex = single(read("{\"schemaVersion\": \"1.0\", \"id\": 0x1F}"));
        assertThat(hex.message().en()).isEqualTo("invalid JSON: Unexpected character ('x' (code 120)): hexadecimal"
                + " number literals are not allowed");
        Located token = single(read("{\"schemaVersion\": \"1.0\", \"id\": tru}"));
        assertThat(token.message().en()).startsWith("invalid JSON: Unrecognized token 'tru': was expecting")
                .doesNotContain("NaN", "INF", "Source", "enabl");
    }

    @Test
    void parserMessages_dropTheInputsDescriptionAndFeatureAdvice() {
        assertThat(ParserMessages.clean("expected close marker for Object (start marker at [Source: REDACTED"
                + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"))
                .isEqualTo("expected close marker for Object");
        assertThat(ParserMessages.clean("Unexpected character at [Source: (String)\"{}\"; line: 1, column: 2]"))
                .isEqualTo("Unexpected character");
        assertThat(ParserMessages.clean("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"
                + " to allow")).isEqualTo("Non-standard token 'NaN'");
        assertThat(ParserMessages.clean("Leading zeroes not allowed")).isEqualTo("Leading zeroes not allowed");
        assertThat(ParserMessages.clean(null)).isEmpty();
    }

    /** Broken JSON as hand editing leaves it, and what each language says of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"schemaVersion": "1.0", "countries": ["BO" | el archivo termina sin cerrar un arreglo | Unexpected end-of-input: expected close marker for Array | o arquivo termina sem fechar um array
            {"schemaVersion": "1.0", "id": "t | el archivo termina dentro de un texto entre comillas | Unexpected end-of-input: was expecting closing quote for a string value | o arquivo termina dentro de um texto entre aspas
            {"schemaVersion": "1.0", "id": tru} | símbolo no reconocido 'tru': se esperaba un texto entre comillas, un número, un arreglo, un objeto, null, true o false | Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | símbolo não reconhecido 'tru': esperava-se um texto entre aspas, um número, um array, um objeto, null, true ou false
            {"schemaVersion": "1.0", "id": "t",, } | carácter inesperado ',': se esperaba una comilla doble al comienzo del nombre de una propiedad | Unexpected character (',' (code 44)): was expecting double-quote to start property name | caractere inesperado ',': esperavam-se aspas duplas no início do nome de uma propriedade
            {"schemaVersion": "1.0" "id": "t"} | carácter inesperado '"': falta una coma entre los elementos de un objeto | Unexpected character ('"' (code 34)): was expecting comma to separate Object entries | caractere inesperado '"': falta uma vírgula entre os elementos de um objeto
            {"schemaVersion": "1.0", "countries": ["BO",]} | carácter inesperado ']': se esperaba un valor | Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | caractere inesperado ']': esperava-se um valor
            {"schemaVersion": "1.0", "id": 007} | número no válido: no se admiten ceros a la izquierda | Invalid numeric value: Leading zeroes not allowed | número inválido: zeros à esquerda não são permitidos
            {"schemaVersion": "1.0", "id": +1} | carácter inesperado '+' en un número | Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs | caractere inesperado '+' em um número
            {"schemaVersion": "1.0", /* c */ "id": 1} | carácter inesperado '/': JSON no admite comentarios | Unexpected character ('/' (code 47)): maybe a (non-standard) comment? | caractere inesperado '/': JSON não admite comentários
            {"schemaVersion": "1.0", "id": "\\u12"} | carácter inesperado '"': se esperaba una cifra hexadecimal tras \\u | Unexpected character ('"' (code 34)): expected a hex-digit for character escape sequence | caractere inesperado '"': esperava-se um dígito hexadecimal após \\u
            {"schemaVersion": "1.0", "id": "\\q"} | secuencia de escape no reconocida: 'q' tras una barra invertida | Unrecognized character escape 'q' (code 113) | sequência de escape não reconhecida: 'q' após uma barra invertida
            """)
    void syntaxErrors_areWordedInEachLanguage(String json, String es, String en, String pt) {
        Located p = single(read(json));
        assertThat(p.rule()).isEqualTo("json-syntax");
        assertThat(p.message().es()).isEqualTo("JSON no válido: " + es);
        assertThat(p.message().en()).isEqualTo("invalid JSON: " + en);
        assertThat(p.message().pt()).isEqualTo("JSON inválido: " + pt);
    }

    @Test
    void controlCharacterInAString_isNamedInEachLanguage() {
        Located p = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"a\nb\"}"));
        assertThat(p.message().es()).isEqualTo("JSON no válido: carácter de control (código 10) dentro de un texto:"
                + " escríbalo con barra invertida (\\n, \\t)");
        assertThat(p.message().en()).startsWith("invalid JSON: Illegal unquoted character ((CTRL-CHAR, code 10))");
        assertThat(p.message().pt()).startsWith("JSON inválido: caractere de controle (código 10)");
        assertThat(single(read("")).message().es()).isEqualTo("JSON no válido: el documento está vacío");
    }

    @Test
    void emptyDocument_isASyntaxError() {
        assertAt(single(read("  ")), 1, 1, "", "json-syntax");
    }

    @Test
    void rootThatIsNotAnObject_isAWrongType() {
        assertAt(single(read("\n [1, 2]")), 2, 2, "", "wrong-type");
    }

    @Test
    void unsupportedSchemaVersion_isNamed() {
        Located p = single(read("{\"schemaVersion\": \"2.0\", \"id\": \"t\", \"period\": \"2023\"}"));
        assertAt(p, 1, 19, "schemaVersion", "unsupported-schema-version");
    }

    @Test
    void missingSchemaVersion_isAMissingProperty() {
        Located p = single(read("{\"id\": \"t\", \"period\": \"2023\"}"));
        assertAt(p, 1, 1, "", "missing-property");
        assertThat(p.value()).isEqualTo("schemaVersion");
    }

    @Test
    void badCountry_isLocated() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023",
                 "countries": ["BO", "Narnia"]}
                """));
        assertAt(p, 2, 22, "countries[1]", "bad-country");
        assertThat(p.message().pt()).contains("'Narnia' não é um país");
    }

    @Test
    void badMarking_isLocated() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1, "handling": "SECRET"}]}
                """));
        assertAt(p, 2, 68, "observations[0].handling", "bad-marking");
    }

    @Test
    void badGrade_isLocated() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1, "grade": "Z9"}]}
                """));
        assertAt(p, 2, 65, "observations[0].grade", "bad-grade");
    }

    @Test
    void badPeriod_isLocated() {
        Located p = single(read("{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023-13\"}"));
        assertAt(p, 1, 47, "period", "bad-period");
    }

    @Test
    void badTarget_isLocated() {
        Located p = single(read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "group:", "indicator": "x", "measurement": 1}]}
                """));
        assertAt(p, 2, 14, "observations[0].target", "bad-target");
    }

    @Test
    void byteOrderMark_isAccepted() {
        ReadResult<Dataset> r = read("\uFEFF{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\"}");
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void byteOrderMarkInAFile_isAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        byte[] body = "{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(JSON.readDataset(file).isValid()).isTrue();
    }

    @Test
    void missingFile_isReportedNotThrown(@TempDir Path dir) {
        ReadResult<Dataset> r = JSON.readDataset(dir.resolve("absent.json"));
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Located::rule).containsExactly("io-error");
    }

    /**
     * Regression (found by fuzzing {@code datasetJsonBytes}): a file starting {@code 00 00 DB 00}, which Jackson's
     * encoding detection takes for UTF-32 in the unusual 2143 byte order, made {@code readDataset(Path)} throw an
     * unchecked {@code JacksonIOException} ("Unsupported UCS-4 endianness") instead of reporting a problem.
     */
    @Test
    void fileInAnUndecodableByteOrder_isReportedNotThrown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        Files.write(file, new byte[] {0, 0, (byte) 0xDB, 0, 0, 0, 0, 0, '{', '}'});
        ReadResult<Dataset> r = JSON.readDataset(file);
        assertThat(r.value()).isEmpty();
        Located p = r.problems().get(0);
        assertThat(r.problems()).hasSize(1);
        assertThat(p.rule()).isEqualTo("bad-encoding");
        assertThat(p.toString()).startsWith(file + ":1:1: the file is not JSON in UTF-8, UTF-16 or UTF-32: ");
    }

    @Test
    void defaultValidator_placesItsProblemsWhereTheValuesWereRead() {
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "countries": ["BO"],
                 "indicators": [{"key": "x", "block": "b", "scale": {"type": "continuous", "min": 1, "max": 10}}],
                 "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 11},
                  {"target": "BO", "indicator": "y", "measurement": 1}]}
                """);
        assertThat(r.value()).isPresent();
        assertThat(r.errors()).extracting(p -> p.line() + ":" + p.column() + " " + p.path())
                .containsExactlyInAnyOrder("4:53 observations[0].measurement", "5:33 observations[1].indicator");
    }

    @Test
    void everyProblemIsReported_notOnlyTheFirst() {
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "observations": [
                  {"target": "XX", "indicator": "x", "measurement": 1},
                  {"target": "BO", "indicator": "x", "measurement": true}]}
                """);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(Located::rule).containsExactly("bad-target", "wrong-type");
        assertThat(r.problems()).extracting(Located::line).containsExactly(2, 3);
    }

    @Test
    void observationsThatCouldBeRead_areValidatedToo_whereOthersCouldNot() {
        // Observation 0 cannot be read (its grade), so the dataset is not built; 1 and 2 can, and the validator's
        // errors about them come in the same report, at the document's own indices (1 and 2, although they are the
        // first and second observations that could be read). 3 is good. Coverage warnings, which would be judged
        // on observations that are missing, are left out.
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023", "countries": ["BO", "PE"],
                 "indicators": [{"key": "x", "block": "b", "scale": {"type": "continuous", "min": 1, "max": 10}}],
                 "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 5, "grade": "Z9"},
                  {"target": "PE", "indicator": "y", "measurement": 1},
                  {"target": "PE", "indicator": "x", "measurement": 11},
                  {"target": "BO", "indicator": "x", "measurement": 2, "grade": "B2"}]}
                """);
        assertThat(r.value()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path() + " " + p.rule())
                .containsExactly("4:65 observations[0].grade bad-grade", "5:33 observations[1].indicator"
                        + " unknown-indicator", "6:53 observations[2].measurement value-off-scale");
    }

    @Test
    void problemCount_isCapped() {
        IdealJson json = JSON.withLimits(ReadLimits.defaults().withMaxProblems(2));
        StringBuilder b = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"t\", \"period\": \"2023\","
                + " \"observations\": [");
        for (int i = 0; i < 100; i++) {
            b.append(i == 0 ? "" : ",").append("{\"target\": \"XX\", \"indicator\": \"x\", \"measurement\": 1}");
        }
        ReadResult<Dataset> r = json.readDataset("d.json", new StringReader(b.append("]}").toString()));
        assertThat(r.problems()).extracting(Located::rule)
                .containsExactly("bad-target", "bad-target", "too-many-problems");
    }

    @Test
    void observationBeforeThePeriod_takesTheDatasetPeriod() {
        ReadResult<Dataset> r = read("""
                {"schemaVersion": "1.0", "id": "t", "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1}], "period": "2021"}
                """);
        assertThat(r.orElseThrow().observations().get(0).period().toString()).isEqualTo("2021");
    }

    @Test
    void validatorProblems_arePlacedWhereTheValueWasRead() {
        ValidationReport report = ValidationReport.of(List.of(
                new Problem(Severity.ERROR, "value-off-scale", "observations[1].measurement", "11",
                        LocalizedText.same("11 is off the scale")),
                new Problem(Severity.WARNING, "weak", "observations[0]", "", LocalizedText.same("weak")),
                new Problem(Severity.ERROR, "x", "indicators[0].scale.max", "", LocalizedText.same("max")),
                new Problem(Severity.ERROR, "y", "observations[1].target.country", "", LocalizedText.same("deep"))));
        IdealJson json = JSON.withDatasetValidator(d -> report);
        ReadResult<Dataset> r = json.readDataset("d.json", new StringReader("""
                {"schemaVersion": "1.0", "id": "t", "period": "2023",
                 "indicators": [{"key": "x", "block": "b", "scale": {"type": "continuous", "min": 1, "max": 10}}],
                 "observations": [
                  {"target": "BO", "indicator": "x", "measurement": 1},
                  {"target": "BO", "indicator": "x",
                   "measurement": 11}]}
                """));
        assertThat(r.value()).isPresent();
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path()).containsExactly(
                "6:19 observations[1].measurement", "4:3 observations[0]", "2:93 indicators[0].scale.max",
                "5:14 observations[1].target.country");
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.problems().get(1).format(Language.ES)).isEqualTo("d.json:4:3: aviso: observations[0]: weak");
    }

    @Test
    void methodologyValidatorPaths_dropTheMethodologyPrefix() {
        IdealJson json = JSON.withMethodologyValidator(m -> ValidationReport.of(List.of(new Problem(Severity.ERROR,
                "negative-weight", "methodology.root.children[1].weight", "-1", LocalizedText.same("negative")))));
        ReadResult<Methodology> r = json.readMethodology("d.json", new StringReader("""
                {"schemaVersion": "1.0", "id": "m", "root": {"key": "r", "children": [
                  {"key": "a"},
                  {"key": "b", "weight": -1}]}}
                """));
        Located p = r.problems().get(0);
        assertThat(p.line() + ":" + p.column() + " " + p.path()).isEqualTo("3:26 root.children[1].weight");
    }

    @Test
    void methodologyWithChildrenAndIndicator_isRejected() {
        ReadResult<Methodology> r = JSON.readMethodology("d.json", new StringReader("""
                {"schemaVersion": "1.0", "id": "m", "root": {"key": "r", "indicator": "x", "children": [
                  {"key": "a"}]}}
                """));
        Located p = single(r);
        assertAt(p, 1, 71, "root.indicator", "leaf-and-children");
    }

    @Test
    void modelInvariant_isReportedNotThrown() {
        ReadResult<Methodology> r = JSON.readMethodology("d.json", new StringReader("""
                {"schemaVersion": "1.0", "id": "m", "root": {"key": "a",
                  "banding": {"method": "THRESHOLDS", "cuts": [2, 1], "labels": ["l", "m", "h"]}}}
                """));
        Located p = single(r);
        assertAt(p, 2, 14, "root.banding", "invalid");
    }

    @Test
    void badEnum_listsTheAllowedNames() {
        ReadResult<Methodology> r = JSON.readMethodology("d.json", new StringReader("""
                {"schemaVersion": "1.0", "id": "m", "root": {"key": "a", "direction": "UP"}}
                """));
        Located p = single(r);
        assertAt(p, 1, 71, "root.direction", "bad-value");
        assertThat(p.message().en()).isEqualTo("'UP' is not allowed; allowed: THREAT, AS_MEASURED");
    }
}
