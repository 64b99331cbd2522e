package lat.ideal.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a command's data comes from: a file in one of the formats, or the embedded default dataset. */
final class DataOptions {
    /** The input formats. */
    enum Format {
        /** An IDEAL dataset JSON document. */
        JSON,
        /** Observations as CSV: long (one observation a row) or wide (one unit a row), told by the header. */
        CSV,
        /** The GI-TOC Global Organized Crime Index in the publisher's layout, any edition. */
        GITOC
    }

    @Option(names = "--data", paramLabel = "FILE",
            description = "The data (default: the embedded Latin American dataset built from GI-TOC 2023).")
    Path data;

    @Option(names = "--format", paramLabel = "json|csv|gitoc",
            description = "The data's format (default: told by the file's extension and header).")
    Format format;

    @Option(names = "--base", paramLabel = "FILE",
            description = "For CSV data: a dataset JSON with the countries, indicators and groups the rows are "
                    + "about (default: the embedded dataset's definitions).")
    Path base;

    @Option(names = "--edition", paramLabel = "YEAR",
            description = "For GI-TOC data: the edition (default: the year in the file name).")
    Integer edition;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For GI-TOC data: the mapping to the IDEAL matrix (default: the embedded one; "
                    + "see ideal init).")
    Path mapping;

    Optional<Path> data() {
        return Optional.ofNullable(data);
    }
}
