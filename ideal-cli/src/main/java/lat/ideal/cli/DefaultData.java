package lat.ideal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.io.IdealJson;
import lat.ideal.io.ReadResult;
import lat.ideal.io.WideCsv;
import lat.ideal.model.Dataset;
import lat.ideal.model.Language;
import lat.ideal.scoring.Presets;

/**
 * The embedded default assessment, "Latin America, public-data proxy for IDEAL": the GI-TOC 2023 scores of the
 * twelve IDEAL countries mapped onto the seven IDEAL threats, plus fictional criminal-group profiles.
 *
 * <p>Everything is read from the jar on every call (resources under {@code lat/ideal/cli/default/}, documented in
 * the README there); nothing is cached.
 */
final class DefaultData {
    /** The embedded GI-TOC file. */
    static final String GITOC_FILE = "gitoc-ocindex-2023.csv";
    /** Its edition. */
    static final int GITOC_EDITION = 2023;
    /** The mapping from GI-TOC to the IDEAL matrix. */
    static final String MAPPING_FILE = "gitoc-to-ideal.properties";
    /** The attribution of the embedded data. */
    static final String README_FILE = "README.md";
    /** The fictional groups' definitions. */
    static final String GROUPS_FILE = "fictional-groups.json";
    /** Their Sleipnir v1 attribute levels. */
    static final String SLEIPNIR_FILE = "fictional-groups-sleipnir.csv";
    /** Their MoRiLE-style levels. */
    static final String MORILE_FILE = "fictional-groups-morile.csv";
    /** The source reference of every fictional observation. */
    static final String GROUPS_SOURCE = "Fictional, for demonstration";
    /** The dataset's id. */
    static final String ID = "ideal-latam-gitoc-2023";

    private DefaultData() {
    }

    /** Returns the text of an embedded file. */
    static String text(String name) {
        try (InputStream in = DefaultData.class.getResourceAsStream("default/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource lat/ideal/cli/default/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the embedded GI-TOC 2023 edition, all 193 countries. */
    static GitocImport gitoc() {
        return embedded(GITOC_FILE, GitocImporter.withDefaults().read(GITOC_FILE, reader(GITOC_FILE), GITOC_EDITION));
    }

    /** Returns the embedded mapping. */
    static GitocMapping mapping() {
        try {
            return embedded(MAPPING_FILE, GitocMapping.read(MAPPING_FILE, reader(MAPPING_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the default dataset: the embedded GI-TOC edition through the embedded mapping, with the groups. */
    static Dataset dataset() {
        return withGroups(embedded(MAPPING_FILE, mapping().apply(gitoc())));
    }

    /**
     * Adds the fictional groups, the Sleipnir and MoRiLE indicator definitions and the groups' levels to a mapped
     * dataset; the title says that the groups are fictional.
     */
    static Dataset withGroups(Dataset mapped) {
        Dataset groups = embedded(GROUPS_FILE, IdealJson.withDefaults().readDataset(GROUPS_FILE, reader(GROUPS_FILE)));
        Dataset base = mapped.toBuilder()
                .title(mapped.title() + " + fictional criminal groups")
                .groups(groups.groups())
                .indicators(Presets.indicators("sleipnir-v1"))
                .indicators(Presets.indicators("morile-risk"))
                .build();
        WideCsv wide = WideCsv.withDefaults().withSource(GROUPS_SOURCE);
        Dataset withSleipnir = embedded(SLEIPNIR_FILE, wide.readInto(base, SLEIPNIR_FILE, reader(SLEIPNIR_FILE)));
        Dataset all = embedded(MORILE_FILE, wide.readInto(withSleipnir, MORILE_FILE, reader(MORILE_FILE)));
        return Dataset.builder(ID).title(all.title()).period(all.period()).countries(all.countries())
                .crimeAreas(all.crimeAreas()).indicators(all.indicators()).groups(all.groups())
                .observations(all.observations()).build();
    }

    /** Returns the default dataset's definitions (countries, areas, indicators, groups) without observations. */
    static Dataset skeleton() {
        Dataset d = dataset();
        return Dataset.builder(d.id()).title(d.title()).period(d.period()).countries(d.countries())
                .crimeAreas(d.crimeAreas()).indicators(d.indicators()).groups(d.groups()).build();
    }

    private static Reader reader(String name) {
        return new StringReader(text(name));
    }

    private static <T> T embedded(String name, ReadResult<T> read) {
        if (!read.errors().isEmpty() || read.value().isEmpty()) {
            throw new IllegalStateException("embedded file " + name + " cannot be read:\n" + read.format(Language.EN));
        }
        return read.value().get();
    }

    /** Lists the embedded files that {@code ideal init} copies as they are. */
    static List<String> copiedFiles() {
        return List.of(GITOC_FILE, MAPPING_FILE);
    }
}
