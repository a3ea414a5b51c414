package io.backops.identity.web;

import io.backops.identity.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a role from a query parameter or form field as request bodies read it ({@link Role#parse}), so the former
 * word for a reviewer works in {@code ?role=} for as long as it works in JSON.
 */
@Component
class RoleParameter implements Converter<String, Role> {

    @Override
    public Role convert(String word) {
        return word.isBlank() ? null : Role.parse(word);
    }
}
