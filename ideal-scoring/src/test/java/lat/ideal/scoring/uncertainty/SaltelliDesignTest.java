package lat.ideal.scoring.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class SaltelliDesignTest {

    @Test
    void points_followTheDocumentedLayout() {
        SaltelliDesign d = SaltelliDesign.generate(4, 3, 11);
        assertThat(d.evaluations()).isEqualTo(20);
        for (int j = 0; j < 4; j++) {
            double[] a = d.point(j);
            double[] b = d.point(4 + j);
            for (int i = 0; i < 3; i++) {
                double[] ab = d.point((2 + i) * 4 + j);
                for (int c = 0; c < 3; c++) {
                    assertThat(ab[c]).as("A_B^%d row %d column %d", i, j, c).isEqualTo(c == i ? b[c] : a[c]);
                }
            }
            for (int c = 0; c < 3; c++) {
                assertThat(a[c]).isBetween(0.0, 1.0).isNotEqualTo(b[c]);
            }
        }
    }

    @Test
    void sameSeed_sameDesign() {
        SaltelliDesign x = SaltelliDesign.generate(16, 2, 5);
        SaltelliDesign y = SaltelliDesign.generate(16, 2, 5);
        SaltelliDesign z = SaltelliDesign.generate(16, 2, 6);
        assertThat(y.point(7)).isEqualTo(x.point(7));
        assertThat(z.point(7)).isNotEqualTo(x.point(7));
    }

    @Test
    void badSizes_areRejected() {
        assertThatThrownBy(() -> SaltelliDesign.generate(1, 2, 0)).hasMessageContaining("not 1 and 2");
        assertThatThrownBy(() -> SaltelliDesign.generate(Integer.MAX_VALUE / 2, 3, 0))
                .hasMessageContaining("more points than an array holds");
        assertThatThrownBy(() -> SaltelliDesign.generate(4, 1, 0).point(12))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("0..11");
    }
}
