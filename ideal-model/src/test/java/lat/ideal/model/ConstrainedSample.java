package lat.ideal.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A record with constraints that the model's own records do not use, to test how the validator reports any Jakarta
 * constraint; it lives in an opened package of the model, as the model's records do.
 *
 * @param tags at most two tags
 * @param code two capital letters
 * @param notes notes, none blank
 */
public record ConstrainedSample(@Size(max = 2) List<String> tags, @Pattern(regexp = "[A-Z]{2}") String code,
                                List<@NotBlank String> notes) {
}
