package io.backops.portal;

import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import io.backops.shared.web.WebPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of a {@link WebPage} controller shown as a page: out of scope is "not found" exactly as in the API,
 * a role that may never do a thing "not allowed". Runs before the API's problem-details advice.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ValidationException.class)
    ModelAndView invalid(ValidationException e) {
        StringBuilder fields = new StringBuilder();
        e.fieldErrors().forEach((field, error) -> fields.append(fields.isEmpty() ? "" : "; ").append(field)
                .append(' ').append(error));
        return page(HttpStatus.UNPROCESSABLE_ENTITY, fields.toString());
    }

    private static ModelAndView page(HttpStatus status, String message) {
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
