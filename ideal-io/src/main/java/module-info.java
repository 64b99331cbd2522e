/**
 * Reading and writing IDEAL data: strict JSON documents with JSON Schemas, long and wide CSV, and the GI-TOC Global
 * Organized Crime Index importer. Readers report every problem with its file, line, column and path; they never throw
 * on bad input. Package {@code lat.ideal.io.report} renders assessment reports as self-contained HTML and Markdown.
 *
 * @since 0.1
 */
module lat.ideal.io {
    requires transitive lat.ideal.model;
    requires transitive lat.ideal.scoring;
    requires tools.jackson.core;

    exports lat.ideal.io;
    exports lat.ideal.io.report;
}
