package lat.ideal.model.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import lat.ideal.model.method.MethodNode;

/** The rules of an AHP pairwise comparison matrix: square over the order, positive, reciprocal. */
final class PairwiseRules {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private final MethodNode node;
    private final String path;
    private final Problems out;

    PairwiseRules(MethodNode node, String path, Problems out) {
        this.node = node;
        this.path = path;
        this.out = out;
    }

    void run() {
        List<String> order = node.weighting().order();
        List<List<Double>> m = node.weighting().pairwise();
        int n = order.size();
        if (!square(m, n)) {
            return;
        }
        boolean positive = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = m.get(i).get(j);
                if (!(a > 0 && Double.isFinite(a))) {
                    positive = false;
                    String v = Texts.num(a);
                    out.error(Rules.PAIRWISE_NOT_POSITIVE, cell(i, j), v, Texts.text(
                            "la entrada %s compara '%s' con '%s': las comparaciones son números positivos y finitos"
                                    + " (de 1/9 a 9 en la escala de Saaty)",
                            "entry %s compares '%s' with '%s': comparisons are positive finite numbers (1/9 to 9 on"
                                    + " Saaty's scale)",
                            "a entrada %s compara '%s' com '%s': as comparações são números positivos e finitos"
                                    + " (de 1/9 a 9 na escala de Saaty)", v, order.get(i), order.get(j)));
                }
            }
        }
        if (positive) {
            reciprocal(m, order);
        }
    }

    private boolean square(List<List<Double>> m, int n) {
        if (m.size() != n) {
            out.error(Rules.PAIRWISE_NOT_SQUARE, path, m.size() + " rows", Texts.text(
                    "la matriz de comparaciones del nodo '%s' tiene %d filas para %d claves en el orden: necesita %d"
                            + " filas de %d entradas",
                    "the pairwise matrix of node '%s' has %d rows for %d keys in the order: it needs %d rows of %d"
                            + " entries",
                    "a matriz de comparações do nó '%s' tem %d linhas para %d chaves na ordem: precisa de %d linhas"
                            + " de %d entradas", node.key(), m.size(), n, n, n));
            return false;
        }
        boolean square = true;
        for (int i = 0; i < n; i++) {
            int size = m.get(i).size();
            if (size != n) {
                square = false;
                out.error(Rules.PAIRWISE_NOT_SQUARE, path + "[" + i + "]", size + " entries", Texts.text(
                        "la fila %d de la matriz de comparaciones del nodo '%s' tiene %d entradas: necesita %d, una"
                                + " por clave del orden",
                        "row %d of the pairwise matrix of node '%s' has %d entries: it needs %d, one per key of the"
                                + " order",
                        "a linha %d da matriz de comparações do nó '%s' tem %d entradas: precisa de %d, uma por chave"
                                + " da ordem", i, node.key(), size, n));
            }
        }
        return square;
    }

    private void reciprocal(List<List<Double>> m, List<String> order) {
        int n = order.size();
        for (int i = 0; i < n; i++) {
            double d = m.get(i).get(i);
            if (Math.abs(d - 1) > Rules.RECIPROCAL_TOLERANCE) {
                String v = Texts.num(d);
                out.error(Rules.PAIRWISE_NOT_RECIPROCAL, cell(i, i), v, Texts.text(
                        "la entrada %s compara '%s' consigo mismo: debe ser 1",
                        "entry %s compares '%s' with itself: it must be 1",
                        "a entrada %s compara '%s' consigo mesmo: deve ser 1", v, order.get(i)));
            }
            for (int j = i + 1; j < n; j++) {
                double a = m.get(i).get(j);
                double b = m.get(j).get(i);
                if (Math.abs(a * b - 1) > Rules.RECIPROCAL_TOLERANCE) {
                    String v = Texts.num(b);
                    out.error(Rules.PAIRWISE_NOT_RECIPROCAL, cell(j, i), v, Texts.text(
                            "la entrada %s que compara '%s' con '%s' no es la recíproca de %s: debería ser %s (1/%s),"
                                    + " con un margen del %s%%",
                            "entry %s comparing '%s' with '%s' is not the reciprocal of %s: it should be %s (1/%s),"
                                    + " within %s%%",
                            "a entrada %s que compara '%s' com '%s' não é a recíproca de %s: deveria ser %s (1/%s),"
                                    + " com uma margem de %s%%",
                            v, order.get(j), order.get(i), Texts.num(a), inverse(a), Texts.num(a),
                            Texts.percent(Rules.RECIPROCAL_TOLERANCE)));
                }
            }
        }
    }

    private String cell(int i, int j) {
        return path + "[" + i + "][" + j + "]";
    }

    /** The reciprocal with three significant digits, as a matrix would hold it: 0.333 for 3. */
    private static String inverse(double value) {
        return BigDecimal.ONE.divide(new BigDecimal(value), THREE_DIGITS).stripTrailingZeros().toPlainString();
    }
}
