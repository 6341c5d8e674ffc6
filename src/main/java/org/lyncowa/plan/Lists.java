package org.lyncowa.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-safe immutable list copies for the plan records (plain null elements are kept: the rules report them). */
final class Lists {

    private Lists() {
    }

    static List<String> copyOrEmpty(List<String> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
