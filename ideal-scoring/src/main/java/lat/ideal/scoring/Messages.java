package lat.ideal.scoring;

import java.util.Locale;
import java.util.Map;
import lat.ideal.model.LocalizedText;

/**
 * Spanish and Portuguese versions of the English problem messages, keyed by the English format. Formats take the same
 * arguments in the same order in every language. A format without a translation is a programming error caught by
 * {@code MessagesTest}.
 */
final class Messages {
    private static final Map<String, String[]> TRANSLATIONS = Map.ofEntries(
            t("node key '%s' appears more than once",
                    "la clave de nodo '%s' aparece más de una vez",
                    "a chave de nó '%s' aparece mais de uma vez"),
            t("weight %s of '%s' is not a finite number >= 0",
                    "el peso %s de '%s' no es un número finito >= 0",
                    "o peso %s de '%s' não é um número finito >= 0"),
            t("node '%s' has aggregation NONE (no score) but its parent '%s' aggregates it",
                    "el nodo '%s' tiene agregación NONE (sin puntuación) pero su padre '%s' lo agrega",
                    "o nó '%s' tem agregação NONE (sem pontuação) mas o seu pai '%s' o agrega"),
            t("normalisation parameter '%s' of '%s' is not finite",
                    "el parámetro de normalización '%s' de '%s' no es finito",
                    "o parâmetro de normalização '%s' de '%s' não é finito"),
            t("target range low %s must be below high %s",
                    "el extremo inferior %s del rango de destino debe ser menor que el superior %s",
                    "o limite inferior %s do intervalo de destino deve ser menor que o superior %s"),
            t("goalpost min %s must be below max %s",
                    "el límite mínimo %s debe ser menor que el máximo %s",
                    "o limite mínimo %s deve ser menor que o máximo %s"),
            t("distance to a reference needs a reference unit",
                    "la distancia a una referencia necesita una unidad de referencia",
                    "a distância a uma referência precisa de uma unidade de referência"),
            t("distance to a target needs parameter 'target'",
                    "la distancia a un objetivo necesita el parámetro 'target'",
                    "a distância a um alvo precisa do parâmetro 'target'"),
            t("generalised mean order p = %s is not finite",
                    "el orden p = %s de la media generalizada no es finito",
                    "a ordem p = %s da média generalizada não é finita"),
            t("%s weights need the children's order",
                    "los pesos %s necesitan el orden de los hijos",
                    "os pesos %s precisam da ordem dos filhos"),
            t("the order %s names a child twice",
                    "el orden %s nombra un hijo dos veces",
                    "a ordem %s nomeia um filho duas vezes"),
            t("the order names '%s', which is not a child of '%s' (children: %s)",
                    "el orden nombra '%s', que no es hijo de '%s' (hijos: %s)",
                    "a ordem nomeia '%s', que não é filho de '%s' (filhos: %s)"),
            t("budget allocation needs at least one expert's allocation",
                    "la asignación de presupuesto necesita al menos la asignación de un experto",
                    "a alocação de orçamento precisa de pelo menos a alocação de um especialista"),
            t("an allocation names '%s', which is not a child of '%s'",
                    "una asignación nombra '%s', que no es hijo de '%s'",
                    "uma alocação nomeia '%s', que não é filho de '%s'"),
            t("allocation %s to '%s' is not a finite number >= 0",
                    "la asignación %s a '%s' no es un número finito >= 0",
                    "a alocação %s para '%s' não é um número finito >= 0"),
            t("the pairwise matrix has %d rows; the order names %d children",
                    "la matriz de comparaciones tiene %d filas; el orden nombra %d hijos",
                    "a matriz de comparações tem %d linhas; a ordem nomeia %d filhos"),
            t("row %d has %d entries; expected %d",
                    "la fila %d tiene %d valores; se esperaban %d",
                    "a linha %d tem %d valores; esperavam-se %d"),
            t("pairwise entry %s is not a finite positive number",
                    "el valor de comparación %s no es un número finito positivo",
                    "o valor de comparação %s não é um número finito positivo"),
            t("diagonal entry %s must be 1",
                    "el valor diagonal %s debe ser 1",
                    "o valor diagonal %s deve ser 1"),
            t("entries [%d][%d] = %s and [%d][%d] = %s are not reciprocal (their product must be 1 within %s)",
                    "los valores [%d][%d] = %s y [%d][%d] = %s no son recíprocos (su producto debe ser 1 con"
                            + " tolerancia %s)",
                    "os valores [%d][%d] = %s e [%d][%d] = %s não são recíprocos (o seu produto deve ser 1 com"
                            + " tolerância %s)"),
            t("'%s' is required",
                    "'%s' es obligatorio",
                    "'%s' é obrigatório"),
            t("'%s' is not a preset key",
                    "'%s' no es una clave de preajuste",
                    "'%s' não é uma chave de predefinição"),
            t("'%s' is not an indicator property (allowed: %s)",
                    "'%s' no es una propiedad de indicador (permitidas: %s)",
                    "'%s' não é uma propriedade de indicador (permitidas: %s)"),
            t("indicator key '%s' %s",
                    "la clave de indicador '%s' no cumple la regla: %s",
                    "a chave de indicador '%s' não cumpre a regra: %s"),
            t("indicator '%s' is not valid: %s",
                    "el indicador '%s' no es válido: %s",
                    "o indicador '%s' não é válido: %s"),
            t("scale '%s' is not defined (write %s = ...)",
                    "la escala '%s' no está definida (escriba %s = ...)",
                    "a escala '%s' não está definida (escreva %s = ...)"),
            t("scale '%s' is malformed: %s",
                    "la escala '%s' está mal formada: %s",
                    "a escala '%s' está mal formada: %s"),
            t("scale '%s' is not 'range MIN MAX [STEP]', 'ordinal CODE=VALUE ... [unknown=VALUE]', 'count' or 'bool'",
                    "la escala '%s' no es 'range MIN MAX [STEP]', 'ordinal CODE=VALUE ... [unknown=VALUE]', 'count'"
                            + " ni 'bool'",
                    "a escala '%s' não é 'range MIN MAX [STEP]', 'ordinal CODE=VALUE ... [unknown=VALUE]', 'count'"
                            + " nem 'bool'"),
            t("'%s' names no node property",
                    "'%s' no nombra ninguna propiedad de nodo",
                    "'%s' não nomeia nenhuma propriedade de nó"),
            t("'%s' is not a node property (allowed: %s, and aggregation.PARAM, normalisation.PARAM,"
                            + " weighting.allocation.N, leaf.PROPERTY)",
                    "'%s' no es una propiedad de nodo (permitidas: %s, y aggregation.PARAM, normalisation.PARAM,"
                            + " weighting.allocation.N, leaf.PROPERTY)",
                    "'%s' não é uma propriedade de nó (permitidas: %s, e aggregation.PARAM, normalisation.PARAM,"
                            + " weighting.allocation.N, leaf.PROPERTY)"),
            t("node key '%s' %s (and contains no dot in preset files)",
                    "la clave de nodo '%s' no cumple la regla: %s (y no lleva puntos en los archivos de preajuste)",
                    "a chave de nó '%s' não cumpre a regra: %s (e não tem pontos nos ficheiros de predefinição)"),
            t("parent '%s' of '%s' is not a node of this file",
                    "el padre '%s' de '%s' no es un nodo de este archivo",
                    "o pai '%s' de '%s' não é um nó deste ficheiro"),
            t("node '%s' has both an indicator and leaves from a block",
                    "el nodo '%s' tiene a la vez un indicador y hojas de un bloque",
                    "o nó '%s' tem ao mesmo tempo um indicador e folhas de um bloco"),
            t("indicator '%s' of node '%s' is not defined in this file",
                    "el indicador '%s' del nodo '%s' no está definido en este archivo",
                    "o indicador '%s' do nó '%s' não está definido neste ficheiro"),
            t("leaves item '%s' must be 'block:BLOCK'",
                    "el elemento de hojas '%s' debe ser 'block:BLOCK'",
                    "o elemento de folhas '%s' deve ser 'block:BLOCK'"),
            t("a preset needs exactly one node without parent; found %d: %s",
                    "un preajuste necesita exactamente un nodo sin padre; se encontraron %d: %s",
                    "uma predefinição precisa de exatamente um nó sem pai; encontraram-se %d: %s"),
            t("node '%s' has no children, no indicator and no leaves from a block",
                    "el nodo '%s' no tiene hijos, ni indicador, ni hojas de un bloque",
                    "o nó '%s' não tem filhos, nem indicador, nem folhas de um bloco"),
            t("node '%s' is its own ancestor (parents %s)",
                    "el nodo '%s' es su propio antepasado (padres %s)",
                    "o nó '%s' é o seu próprio antepassado (pais %s)"),
            t("'%s' is not a valid value of %s (%s)",
                    "'%s' no es un valor válido de %s (%s)",
                    "'%s' não é um valor válido de %s (%s)"),
            t("line is not 'key = value' (found '%s')",
                    "la línea no es 'clave = valor' (se encontró '%s')",
                    "a linha não é 'chave = valor' (encontrou-se '%s')"),
            t("'%s' is already set on line %d",
                    "'%s' ya está definido en la línea %d",
                    "'%s' já está definido na linha %d"));

    private Messages() {
    }

    private static Map.Entry<String, String[]> t(String en, String es, String pt) {
        return Map.entry(en, new String[] {es, pt});
    }

    /** Formats an English format and its Spanish and Portuguese versions with the same arguments. */
    static LocalizedText format(String english, Object... args) {
        String[] other = TRANSLATIONS.get(english);
        if (other == null) {
            throw new IllegalStateException("message has no translation: " + english);
        }
        return LocalizedText.of(String.format(Locale.ROOT, other[0], args),
                String.format(Locale.ROOT, english, args), String.format(Locale.ROOT, other[1], args));
    }

    static boolean has(String english) {
        return TRANSLATIONS.containsKey(english);
    }
}
