package io.backops.bulk.web;

import io.backops.bulk.BulkResult;
import org.springframework.stereotype.Component;

/** The summary line of a bulk action, in words (templates call it as {@code @bulkLabels}). */
@Component("bulkLabels")
class BulkLabels {

    public String summary(BulkResult result) {
        String verb = switch (result.action()) {
            case REASSIGN -> "Reassigned";
            case REPUSH -> "Re-pushed";
            case ADD_NOTE -> "Added the note to";
        };
        int total = result.done() + result.refused();
        String summary = verb + " " + result.done() + " of " + total + " applications";
        return result.refused() == 0 ? summary + "." : summary + "; " + result.refused() + " not done (below).";
    }
}
