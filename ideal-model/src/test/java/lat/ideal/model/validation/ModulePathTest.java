package lat.ideal.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.module.ModuleDescriptor;
import lat.ideal.model.Dataset;
import lat.ideal.model.Scale;
import lat.ideal.model.TargetKind;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the validator where it is deployed: surefire runs this suite once on the module path (the model is
 * the named module {@code lat.ideal.model}) and once on the class path (an unnamed module, as in JShell).
 */
final class ModulePathTest {

    @Test
    void validator_findsHibernateValidatorOnTheModulePathOrTheClassPath() {
        Module model = DatasetValidator.class.getModule();
        boolean modulePath = System.getProperty("jdk.module.path") != null;
        assertThat(model.isNamed()).as("named exactly when run on the module path").isEqualTo(modulePath);
        if (model.isNamed()) {
            ModuleDescriptor descriptor = model.getDescriptor();
            assertThat(model.getName()).isEqualTo("lat.ideal.model");
            assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                    "lat.ideal.model", "lat.ideal.model.method", "lat.ideal.model.validation");
            assertThat(HibernateValidator.class.getModule().getName()).isEqualTo("org.hibernate.validator");
            assertThat(model.isOpen("lat.ideal.model", HibernateValidator.class.getModule())).isTrue();
            assertThat(model.isOpen("lat.ideal.model.validation")).isFalse();
        } else {
            assertThat(model).isSameAs(DatasetValidator.class.getClassLoader().getUnnamedModule());
            assertThat(HibernateValidator.class.getModule().isNamed()).isFalse();
        }
        Dataset d = Fixtures.dataset().toBuilder()
                .indicator(Fixtures.indicator("Bad Key", TargetKind.COUNTRY, new Scale.Bool())).build();
        ValidationReport report = DatasetValidator.withDefaults().withCoverageThreshold(0).validate(d);
        assertThat(report.problems()).extracting(Problem::rule, Problem::path)
                .containsExactly(tuple(Rules.MALFORMED_KEY, "indicators[4].key"));
    }

    @Test
    void validator_needsNoExpressionLanguage() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(DatasetValidator.withDefaults().validate(Fixtures.dataset()).problems()).isEmpty();
    }
}
