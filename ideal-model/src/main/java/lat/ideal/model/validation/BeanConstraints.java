package lat.ideal.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lat.ideal.model.Keys;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the Jakarta Validation annotations on the model's records with Hibernate Validator and turns each
 * violation into a {@link Problem} whose path starts with the bean's own path.
 *
 * <p>Hibernate Validator is bootstrapped once, without the service loader and with
 * {@link ParameterMessageInterpolator}, so neither an Expression Language implementation nor a
 * {@code META-INF/services} entry is needed, on the module path or the class path. Messages do not come from
 * Hibernate Validator's bundles (whose fallback follows the JVM's default locale) but from this class, in es/en/pt.
 */
final class BeanConstraints {

    private static final Comparator<ConstraintViolation<Object>> ORDER = Comparator
            .comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName());

    private static final ClassValue<Boolean> CONSTRAINED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Holder.VALIDATOR.getConstraintsForClass(type).isBeanConstrained();
        }
    };

    private BeanConstraints() {
    }

    /** Holds the validator, built on first use; a Hibernate validator is thread-safe. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Reports every constraint the bean breaks.
     *
     * @param bean the bean, not null
     * @param path the bean's path in the document, e.g. {@code indicators[3]}
     * @param out where to report
     */
    static void check(Object bean, String path, Problems out) {
        if (!CONSTRAINED.get(bean.getClass())) {
            return;
        }
        List<ConstraintViolation<Object>> violations = new ArrayList<>(Holder.VALIDATOR.validate(bean));
        violations.sort(ORDER);
        for (ConstraintViolation<Object> v : violations) {
            report(v, path, out);
        }
    }

    private static void report(ConstraintViolation<Object> v, String beanPath, Problems out) {
        String property = propertyPath(v.getPropertyPath());
        String path = property.isEmpty() ? beanPath : beanPath + (property.startsWith("[") ? "" : ".") + property;
        Object value = v.getInvalidValue();
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof Pattern && ((Pattern) a).regexp().equals(Keys.KEY_PATTERN)) {
            out.error(Rules.MALFORMED_KEY, path, value, Texts.text(
                    "'%s' no es una clave válida: use letras minúsculas y dígitos en palabras unidas por '-', '_'"
                            + " o '.' (p. ej. cocaine-trade)",
                    "'%s' is not a well-formed key: use lower-case letters and digits in words joined by '-', '_'"
                            + " or '.' (e.g. cocaine-trade)",
                    "'%s' não é uma chave válida: use letras minúsculas e dígitos em palavras unidas por '-', '_'"
                            + " ou '.' (p. ex. cocaine-trade)", value));
        } else if (a instanceof NotBlank) {
            String name = lastName(v.getPropertyPath());
            out.error(Rules.BLANK_TEXT, path, value == null ? "" : value, Texts.text(
                    "'%s' está en blanco: escriba al menos un carácter que no sea un espacio",
                    "'%s' is blank: write at least one character other than white space",
                    "'%s' está em branco: escreva pelo menos um caractere que não seja um espaço", name));
        } else {
            String constraint = describe(a.annotationType(), v.getConstraintDescriptor().getAttributes());
            out.error(Rules.CONSTRAINT_PREFIX + kebab(a.annotationType().getSimpleName()), path, value, Texts.text(
                    "el valor '%s' no cumple la restricción %s", "the value '%s' breaks the constraint %s",
                    "o valor '%s' não cumpre a restrição %s", value, constraint));
        }
    }

    /** Writes a Hibernate Validator path as {@code a[2].b}: container elements give only their index or key. */
    static String propertyPath(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    b.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    b.append(b.length() == 0 ? "" : ".").append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return b.toString();
    }

    private static String lastName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String describe(Class<? extends Annotation> type, Map<String, Object> attributes) {
        Map<String, Object> shown = new TreeMap<>(attributes);
        shown.keySet().removeAll(Set.of("message", "groups", "payload"));
        StringBuilder b = new StringBuilder("@").append(type.getSimpleName());
        if (!shown.isEmpty()) {
            b.append('(');
            shown.forEach((k, v) -> {
                String text = Arrays.deepToString(new Object[] {v});
                b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ").append(k).append('=')
                        .append(text, 1, text.length() - 1);
            });
            b.append(')');
        }
        return b.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
