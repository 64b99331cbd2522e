package lat.ideal.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import lat.ideal.io.GitocImport;
import lat.ideal.io.GitocImporter;
import lat.ideal.model.Country;
import org.junit.jupiter.api.Test;

final class GitocPipelineTest {

    /**
     * Every composite the pipeline publishes equals the one GI-TOC printed in the 2023 sheet (GI-TOC, Global Organized
     * Crime Index 2023), and every rank is 1 + the number of countries with a higher published value.
     */
    @Test
    void publishesTheSheetsCompositesAndCompetitionRanks() {
        String csv = GitocPipeline.csv();
        GitocPipeline.Published p = GitocPipeline.run(csv);
        GitocImport sheet = GitocImporter.withDefaults()
                .read(GitocPipeline.RESOURCE, new StringReader(csv), GitocPipeline.EDITION).orElseThrow();
        assertThat(p.countries()).hasSize(193);
        for (int k = 0; k < GitocPipeline.COMPOSITES.size(); k++) {
            BigDecimal[] values = p.published()[k];
            for (int r = 0; r < values.length; r++) {
                BigDecimal printed = sheet.composite(Country.of(p.countries().get(r)), GitocPipeline.COMPOSITES.get(k))
                        .orElseThrow();
                assertThat(values[r]).isEqualByComparingTo(printed);
                int higher = 0;
                for (BigDecimal v : values) {
                    higher += v.compareTo(values[r]) > 0 ? 1 : 0;
                }
                assertThat(p.ranks()[k][r]).isEqualTo(higher + 1);
            }
        }
    }
}
