package lat.ideal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import lat.ideal.model.validation.Problem;
import lat.ideal.model.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** The strict JSON reading loop and the pretty-printing generator shared by every document type. */
final class JsonDocuments {
    /** The only schema version this release reads and the one it writes. */
    static final String SCHEMA_VERSION = "1.0";

    private static final int WRITE_NESTING = 1_000;

    private JsonDocuments() {
    }

    /** Converts one document type; a new instance per read, as it may keep state while elements stream by. */
    interface Codec<T> {
        /** The top-level array whose elements are converted one at a time, or null. */
        default String streamed() {
            return null;
        }

        /** Sees each root property other than the streamed array as soon as it is read. */
        default void property(String name, JsonTree value) {
        }

        /** Converts one element of the streamed array. */
        default void element(Decoder d, JsonTree element, JsonPath path, int index) {
        }

        /** Converts the root (streamed array left out) once the document is read; null if that failed. */
        T finish(Decoder d, JsonTree.Obj root);

        /**
         * What could be converted when {@link #finish} failed or other parts of the document had errors, for the
         * validator to check as well; null if too little could be converted. Called after {@link #finish}.
         */
        default T partial() {
            return null;
        }

        /** Turns a validator's problem path into a path of this document. */
        default String documentPath(String validatorPath) {
            return validatorPath;
        }
    }

    static JsonFactory factory(ReadLimits limits) {
        StreamReadConstraints read = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentChars())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .build();
        // Non-numeric literals are let through the tokenizer only so that they can be reported with their path;
        // every one of them is an error. Duplicate keys are detected while building the tree for the same reason:
        // STRICT_DUPLICATE_DETECTION would stop at the first with a bare message.
        return JsonFactory.builder()
                .streamReadConstraints(read)
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(WRITE_NESTING).build())
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    static <T> ReadResult<T> read(JsonFactory factory, ReadLimits limits, Path file, Codec<T> codec,
                                  Function<? super T, ValidationReport> validator) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            JsonParser parser;
            try {
                parser = factory.createParser(ObjectReadContext.empty(), in);
            } catch (JacksonException e) {
                // Encoding detection reads the first bytes: a byte order it cannot decode is an unchecked failure.
                Problems problems = new Problems(name, limits.maxProblems());
                problems.error(1, 1, "", "bad-encoding", "", Messages.encoding(e.getOriginalMessage()));
                return ReadResult.failed(problems.list());
            }
            return read(limits, name, parser, codec, validator);
        } catch (IOException e) {
            return ioFailure(limits, name, e);
        }
    }

    static <T> ReadResult<T> read(JsonFactory factory, ReadLimits limits, String name, Reader reader, Codec<T> codec,
                                  Function<? super T, ValidationReport> validator) {
        try {
            return read(limits, name, factory.createParser(ObjectReadContext.empty(), Bom.skip(reader)), codec,
                    validator);
        } catch (IOException e) {
            return ioFailure(limits, name, e);
        }
    }

    private static <T> ReadResult<T> ioFailure(ReadLimits limits, String name, IOException e) {
        Problems problems = new Problems(name, limits.maxProblems());
        problems.error(1, 1, "", "io-error", "", Messages.io(String.valueOf(e.getMessage())));
        return ReadResult.failed(problems.list());
    }

    private static <T> ReadResult<T> read(ReadLimits limits, String name, JsonParser parser, Codec<T> codec,
                                          Function<? super T, ValidationReport> validator) {
        Problems problems = new Problems(name, limits.maxProblems());
        Decoder d = new Decoder(problems);
        Positions positions = new Positions(codec.streamed());
        JsonTree.Obj root = null;
        try (JsonParser p = parser) {
            try {
                Builder b = new Builder(p, problems);
                JsonToken first = p.nextToken();
                if (first == null) {
                    problems.error(1, 1, "", "json-syntax", "", Messages.syntax("the document is empty"));
                } else if (first != JsonToken.START_OBJECT) {
                    JsonTree t = b.value(JsonPath.root());
                    d.wrongType(t, JsonPath.root(), JsonType.OBJECT);
                } else {
                    root = b.root(codec, d, positions);
                    if (root != null) {
                        trailing(p, problems);
                    }
                }
            } catch (StreamConstraintsException e) {
                locatedFailure(problems, p, e, "limit-exceeded", Messages.limit(e.getOriginalMessage()));
                root = null;
            } catch (JacksonException e) {
                locatedFailure(problems, p, e, "json-syntax", Messages.syntax(e.getOriginalMessage()));
                root = null;
            }
        }
        // Problems found so far (a streamed element, a duplicate key) do not stop the conversion of the rest.
        if (root == null || !Problems.readWhole(problems.list())) {
            return ReadResult.failed(problems.list());
        }
        positions.record("", root);
        T value = codec.finish(d, root);
        List<Located> found = new ArrayList<>(problems.list());
        if (value == null || problems.hasErrors()) {
            // What could be converted is checked too, so that one report lists every problem.
            T part = Problems.readWhole(found) ? codec.partial() : null;
            if (part != null) {
                locate(Problems.findings(validator.apply(part), true), codec, positions, name, found);
            }
            return ReadResult.failed(found);
        }
        locate(Problems.findings(validator.apply(value), false), codec, positions, name, found);
        return ReadResult.of(value, found);
    }

    private static void locate(List<Problem> problems, Codec<?> codec, Positions positions, String name,
                               List<Located> into) {
        for (Problem problem : problems) {
            String path = codec.documentPath(problem.path());
            long at = positions.locate(path);
            into.add(Located.of(problem, name, Positions.line(at), Positions.column(at), path));
        }
    }

    private static void trailing(JsonParser p, Problems problems) {
        TokenStreamLocation end = p.currentLocation();
        try {
            JsonToken t = p.nextToken();
            if (t != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                problems.error(at.getLineNr(), at.getColumnNr(), "", "trailing-content", "", Messages.trailing());
            }
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : end;
            problems.error(at.getLineNr(), at.getColumnNr(), "", "trailing-content", "", Messages.trailing());
        }
    }

    /** Reports an error that stops reading, where the exception says or else where the parser stands. */
    private static void locatedFailure(Problems problems, JsonParser p, JacksonException e, String rule,
                                       lat.ideal.model.LocalizedText message) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentTokenLocation();
        }
        if (at == null || at.getLineNr() < 1) {
            at = p.currentLocation();
        }
        int line = at == null ? 1 : at.getLineNr();
        int column = at == null ? 1 : at.getColumnNr();
        problems.error(line, column, pathOf(p), rule, "", message);
    }

    private static String pathOf(JsonParser p) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        StringBuilder b = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                b.append('[').append(segment).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return b.toString();
    }

    /** Builds trees from the token stream, reporting duplicate keys and non-numeric numbers as it goes. */
    private static final class Builder {
        private final JsonParser p;
        private final Problems problems;

        Builder(JsonParser p, Problems problems) {
            this.p = p;
            this.problems = problems;
        }

        /** Reads the root object, handing the elements of the streamed array to the codec one at a time. */
        JsonTree.Obj root(Codec<?> codec, Decoder d, Positions positions) {
            TokenStreamLocation start = p.currentTokenLocation();
            JsonTree.Obj root = new JsonTree.Obj(start.getLineNr(), start.getColumnNr());
            JsonPath path = JsonPath.root();
            String streamed = codec.streamed();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                TokenStreamLocation at = p.currentTokenLocation();
                p.nextToken();
                boolean duplicate = root.fields.containsKey(name);
                if (duplicate) {
                    problems.error(at.getLineNr(), at.getColumnNr(), path.field(name).toString(), "duplicate-key",
                            name, Messages.duplicateKey(name));
                }
                if (name.equals(streamed) && p.currentToken() == JsonToken.START_ARRAY && !duplicate) {
                    TokenStreamLocation arrayAt = p.currentTokenLocation();
                    JsonTree.Arr placeholder = new JsonTree.Arr(arrayAt.getLineNr(), arrayAt.getColumnNr());
                    placeholder.nameLine = at.getLineNr();
                    placeholder.nameColumn = at.getColumnNr();
                    root.fields.put(name, placeholder);
                    JsonPath arrayPath = path.field(name);
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonTree element = value(arrayPath.index(index));
                        positions.recordElement(element);
                        codec.element(d, element, arrayPath.index(index), index);
                        index++;
                        if (problems.isFull()) {
                            return null;
                        }
                    }
                } else {
                    JsonTree v = value(path.field(name));
                    if (!duplicate) {
                        v.nameLine = at.getLineNr();
                        v.nameColumn = at.getColumnNr();
                        root.fields.put(name, v);
                        codec.property(name, v);
                    }
                }
                if (problems.isFull()) {
                    return null;
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("parser gave " + t + " inside an object");
            }
            return root;
        }

        /** Reads the value at the current token. */
        JsonTree value(JsonPath path) {
            TokenStreamLocation at = p.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    JsonTree.Obj o = new JsonTree.Obj(line, column);
                    JsonToken n;
                    while ((n = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                        String name = p.currentName();
                        TokenStreamLocation nameAt = p.currentTokenLocation();
                        p.nextToken();
                        JsonTree v = value(path.field(name));
                        if (o.fields.containsKey(name)) {
                            problems.error(nameAt.getLineNr(), nameAt.getColumnNr(), path.field(name).toString(),
                                    "duplicate-key", name, Messages.duplicateKey(name));
                        } else {
                            v.nameLine = nameAt.getLineNr();
                            v.nameColumn = nameAt.getColumnNr();
                            o.fields.put(name, v);
                        }
                    }
                    if (n != JsonToken.END_OBJECT) {
                        throw new IllegalStateException("parser gave " + n + " inside an object");
                    }
                    return o;
                }
                case START_ARRAY: {
                    JsonTree.Arr a = new JsonTree.Arr(line, column);
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.items.add(value(path.index(i++)));
                    }
                    return a;
                }
                case VALUE_STRING:
                    return new JsonTree.Scalar(line, column, JsonType.STRING, p.getString(), false);
                case VALUE_NUMBER_INT:
                    return new JsonTree.Scalar(line, column, JsonType.NUMBER, p.getString(), true);
                case VALUE_NUMBER_FLOAT: {
                    String text = p.getString();
                    if (p.isNaN() || !Character.isDigit(text.charAt(text.length() - 1))) {
                        problems.error(line, column, path.toString(), "non-finite-number", text,
                                Messages.nonFinite(text));
                    }
                    return new JsonTree.Scalar(line, column, JsonType.NUMBER, text, false);
                }
                case VALUE_TRUE:
                    return new JsonTree.Scalar(line, column, JsonType.BOOLEAN, "true", false);
                case VALUE_FALSE:
                    return new JsonTree.Scalar(line, column, JsonType.BOOLEAN, "false", false);
                case VALUE_NULL:
                    return new JsonTree.Scalar(line, column, JsonType.NULL, "null", false);
                default:
                    throw new IllegalStateException("unexpected token " + t + " at " + line + ":" + column);
            }
        }
    }

    /** Reports unknown properties of a document root, allowing {@code schemaVersion} and {@code $schema}. */
    static boolean header(Decoder d, JsonTree.Obj root, Set<String> properties) {
        Set<String> allowed = new java.util.TreeSet<>(properties);
        allowed.add("schemaVersion");
        allowed.add("$schema");
        d.only(root, JsonPath.root(), allowed);
        JsonPath path = JsonPath.root().field("schemaVersion");
        String version = d.string(d.required(root, JsonPath.root(), "schemaVersion"), path);
        if (version != null && !version.equals(SCHEMA_VERSION)) {
            d.error(root.fields.get("schemaVersion"), path, "unsupported-schema-version", version,
                    Messages.schemaVersion(version, SCHEMA_VERSION));
            return false;
        }
        JsonTree schema = root.fields.get("$schema");
        if (schema != null) {
            d.string(schema, JsonPath.root().field("$schema"));
        }
        return version != null;
    }

    /** Opens a pretty-printing generator: two-space indents, one property per line, {@code \n} line ends. */
    static JsonGenerator generator(JsonFactory factory, Writer out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return printer;
            }
        };
        return factory.createGenerator(context, out);
    }

    /** Writes with a generator and ends the document with a line feed; I/O errors become unchecked. */
    static void write(JsonFactory factory, Writer out, java.util.function.Consumer<JsonGenerator> body) {
        try (JsonGenerator g = generator(factory, new NonClosingWriter(out))) {
            body.accept(g);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the generator from closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
