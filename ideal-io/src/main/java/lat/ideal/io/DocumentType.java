package lat.ideal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON document types, each with the JSON Schema (draft 2020-12) that ships in this module.
 *
 * @since 0.1
 */
public enum DocumentType {
    /** A dataset: cycle, countries, crime areas, indicators, groups and observations. */
    DATASET,
    /** A methodology: the node tree that scores units. */
    METHODOLOGY,
    /** Recommended priorities and the decisions taken on them. */
    PRIORITIES,
    /** Operational action plans. */
    ACTION_PLANS,
    /** Scoring results: what a run published, with the methodology and options to run it again. */
    RESULTS,
    /** A Monte Carlo uncertainty analysis: rank distributions per unit and node (written, not read). */
    UNCERTAINTY,
    /** A comparison of two assessments: score change, rank movement, bands, emerging threats (written, not read). */
    TREND,
    /** A ranked regional priority list with rationales and draft action plans (written, not read). */
    PRIORITY_LIST,
    /** The confidence levels of a result's units at every node (written, not read). */
    EVIDENCE;

    /**
     * Returns the schema's resource name, e.g. {@code dataset.schema.json}.
     *
     * @return the file name, never null
     */
    public String schemaFileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".schema.json";
    }

    /**
     * Returns the schema's {@code $id}, e.g. {@code urn:lat.ideal:schema:dataset:1.0}.
     *
     * @return the id, never null
     */
    public String schemaId() {
        return "urn:lat.ideal:schema:" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ":"
                + JsonDocuments.SCHEMA_VERSION;
    }

    /**
     * Returns the JSON Schema of this document type.
     *
     * @return the schema text, never null
     * @throws UncheckedIOException if the module's resource cannot be read (a broken installation)
     */
    public String schema() {
        try (InputStream in = DocumentType.class.getResourceAsStream("schema/" + schemaFileName())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource schema/" + schemaFileName()
                        + " is missing from lat.ideal.io"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
