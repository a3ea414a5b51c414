package io.backops.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The only expressions a Backops flow may hold. A model's expressions run on the server with the engine's rights, so
 * they are held to what a flow needs: a delegate expression names one of Backops' delegate beans; any other
 * expression reads process variables and compares them with literals ({@code ${decision == 'ACCEPT'}},
 * {@code ${!kraFinal}}), or is one of the few settings the shipped flows read from Backops' own beans. No method
 * calls, no property paths, no brackets, no functions: those are the ways into reflection and the rest of the
 * application ({@code ${''.getClass().forName(...)}}, {@code ${environment.getProperty(...)}}).
 */
final class FlowExpressions {

    /** What the shipped flows read from Backops' beans: the review's and approval's due dates and the durations. */
    static final Set<String> BACKOPS_SETTINGS = Set.of("reviewSla.dueDate()", "reviewSla.approvalDueDate()",
            "onboardingTimers.dropOffAfter",
            "onboardingTimers.kraRetryCycle", "onboardingTimers.kraPollInterval");
    /** The beans those settings come from; the engine resolves nothing else on a bean. */
    static final Set<String> SETTINGS_BEANS = Set.of("reviewSla", "onboardingTimers");

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty", "true", "false", "null", "instanceof", "div", "mod");
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")");

    private final Predicate<String> isBean;
    private final Predicate<String> isDelegate;

    /**
     * @param isBean     whether a name is a bean of the application (a flow may not read one as a value)
     * @param isDelegate whether a name is one of Backops' delegate beans (service tasks and listeners)
     */
    FlowExpressions(Predicate<String> isBean, Predicate<String> isDelegate) {
        this.isBean = isBean;
        this.isDelegate = isDelegate;
    }

    /** Why a delegate expression is refused; empty when it names a Backops delegate. */
    Optional<String> refuseDelegate(String text) {
        String expression = text.strip();
        String name = expression.length() > 3 && (expression.startsWith("${") || expression.startsWith("#{"))
                && expression.endsWith("}") ? expression.substring(2, expression.length() - 1).strip() : "";
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Optional.of("delegate expression " + text + " must name a Backops delegate bean, like ${prepareReview}");
        }
        if (!isDelegate.test(name)) {
            return Optional.of("delegate expression " + text + " names " + name
                    + ", which is not one of Backops' delegate beans");
        }
        return Optional.empty();
    }

    /** Why a text holding expressions is refused; empty when every expression in it is allowed. */
    Optional<String> refuseValue(String text) {
        List<String> bodies = new ArrayList<>();
        Optional<String> broken = expressionBodies(text, bodies);
        if (broken.isPresent()) {
            return broken;
        }
        for (String body : bodies) {
            Optional<String> refusal = refuseBody(body);
            if (refusal.isPresent()) {
                return refusal.map(reason -> "expression ${" + body + "} " + reason);
            }
        }
        return Optional.empty();
    }

    static boolean holdsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Splits out what stands between each {@code ${} or {@code #{} and its closing brace, quotes respected. */
    private static Optional<String> expressionBodies(String text, List<String> bodies) {
        int at = 0;
        while (at < text.length()) {
            int start = nextStart(text, at);
            if (start < 0) {
                return Optional.empty();
            }
            int end = start + 2;
            char quote = 0;
            while (end < text.length() && (quote != 0 || text.charAt(end) != '}')) {
                char c = text.charAt(end);
                if (quote != 0 && c == '\\') {
                    end++;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                }
                end++;
            }
            if (end >= text.length()) {
                return Optional.of("expression " + text.substring(start) + " is not closed");
            }
            bodies.add(text.substring(start + 2, end).strip());
            at = end + 1;
        }
        return Optional.empty();
    }

    private static int nextStart(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    private Optional<String> refuseBody(String body) {
        if (BACKOPS_SETTINGS.contains(body.replaceAll("\\s", ""))) {
            return Optional.empty();
        }
        if (body.isEmpty()) {
            return Optional.of("is empty");
        }
        int at = 0;
        String previousIdentifier = null;
        while (at < body.length()) {
            char c = body.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = at;
                while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
                    end++;
                }
                String identifier = body.substring(at, end);
                if (!RESERVED.contains(identifier) && isBean.test(identifier)) {
                    return Optional.of("reads the application's bean " + identifier
                            + "; a flow's expressions read process variables only");
                }
                previousIdentifier = RESERVED.contains(identifier) ? null : identifier;
                at = end;
                continue;
            }
            if (Character.isDigit(c)) {
                while (at < body.length() && (Character.isDigit(body.charAt(at)) || body.charAt(at) == '.')) {
                    at++;
                }
                previousIdentifier = null;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = at + 1;
                while (end < body.length() && body.charAt(end) != c) {
                    end += body.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= body.length()) {
                    return Optional.of("has a string that is not closed");
                }
                at = end + 1;
                previousIdentifier = null;
                continue;
            }
            String operator = operatorAt(body, at);
            if (operator == null) {
                return Optional.of("uses '" + c + "': only variables, literals, comparisons and !, &&, || are "
                        + "allowed (no method calls, properties, brackets or functions)");
            }
            if (operator.equals("(") && previousIdentifier != null) {
                return Optional.of("calls " + previousIdentifier + "(): functions and methods are not allowed");
            }
            previousIdentifier = null;
            at += operator.length();
        }
        return Optional.empty();
    }

    private static String operatorAt(String body, int at) {
        return OPERATORS.stream().filter(operator -> body.startsWith(operator, at)).findFirst().orElse(null);
    }
}
