package lat.ideal.io.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import lat.ideal.model.Language;

/**
 * Turns a {@link Report} into a document: {@link HtmlReport} or {@link MarkdownReport}.
 *
 * <p>Rendering is deterministic: the same report gives the same text on every run and JDK. Implementations are
 * immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract sealed class ReportRenderer permits HtmlReport, MarkdownReport {

    ReportRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report the report, not null
     * @return the document, never null
     */
    public final String render(Report report) {
        Content content = new Content(Objects.requireNonNull(report, "report"));
        return document(Layout.of(content), content.language);
    }

    /** Lays out the document of a report. */
    abstract String document(Layout layout, Language language);

    /**
     * Returns the usual file-name extension of the documents, without the dot.
     *
     * @return {@code html} or {@code md}
     */
    public abstract String fileExtension();

    /**
     * Writes a report to a writer; the writer is neither flushed nor closed.
     *
     * @param report the report, not null
     * @param out the writer, not null
     * @throws IOException if the writer fails
     */
    public final void write(Report report, Writer out) throws IOException {
        Objects.requireNonNull(out, "out").write(render(report));
    }

    /**
     * Writes a report to a file in UTF-8, replacing the file if it exists.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @throws IOException if the file cannot be written
     */
    public final void write(Report report, Path file) throws IOException {
        Files.writeString(Objects.requireNonNull(file, "file"), render(report), StandardCharsets.UTF_8);
    }

    /**
     * Returns the renderer's class name, {@code HtmlReport} or {@code MarkdownReport}.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
