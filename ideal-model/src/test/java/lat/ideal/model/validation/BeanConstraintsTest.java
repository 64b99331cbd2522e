package lat.ideal.model.validation;

import static lat.ideal.model.validation.Fixtures.assertProblem;
import static lat.ideal.model.validation.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lat.ideal.model.ConstrainedSample;
import lat.ideal.model.CriminalGroup;
import org.junit.jupiter.api.Test;

final class BeanConstraintsTest {

    @Test
    void anyConstraint_isReportedWithItsAnnotationAndFullPath() {
        Problems out = new Problems();
        BeanConstraints.check(new ConstrainedSample(List.of("a", "b", "c"), "abc", List.of("fine", " ")),
                "samples[4]", out);
        List<Problem> found = out.report().problems();
        assertThat(found).extracting(Problem::rule)
                .containsExactly("constraint-pattern", "blank-text", "constraint-size");
        assertProblem(found.get(0), ERROR, "samples[4].code", "abc",
                "the value 'abc' breaks the constraint @Pattern(flags=[], regexp=[A-Z]{2})",
                "el valor 'abc' no cumple la restricción @Pattern(flags=[], regexp=[A-Z]{2})");
        assertProblem(found.get(1), ERROR, "samples[4].notes[1]", " ",
                "'notes' is blank: write at least one character other than white space",
                "'notes' está en blanco: escriba al menos un carácter que no sea un espacio");
        assertProblem(found.get(2), ERROR, "samples[4].tags", "[a, b, c]",
                "the value '[a, b, c]' breaks the constraint @Size(max=2, min=0)",
                "el valor '[a, b, c]' no cumple la restricción @Size(max=2, min=0)");
    }

    @Test
    void aValidBean_hasNoProblem() {
        Problems out = new Problems();
        BeanConstraints.check(new ConstrainedSample(List.of("a"), "BO", List.of("fine")), "samples[0]", out);
        BeanConstraints.check(CriminalGroup.builder("pcc", "PCC").build(), "groups[0]", out);
        assertThat(out.report().problems()).isEmpty();
    }

    @Test
    void eachRecordComponentConstraint_isReportedOnce() {
        Problems out = new Problems();
        BeanConstraints.check(CriminalGroup.builder("Bad Id", "").build(), "groups[7]", out);
        assertThat(out.report().problems()).extracting(Problem::path).containsExactly("groups[7].id", "groups[7].name");
    }

    @Test
    void kebab_splitsCamelCase() {
        assertThat(BeanConstraints.kebab("DecimalMin")).isEqualTo("decimal-min");
        assertThat(BeanConstraints.kebab("Size")).isEqualTo("size");
    }
}
