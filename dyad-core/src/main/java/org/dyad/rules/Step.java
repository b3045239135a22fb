package org.dyad.rules;

import java.util.List;

/** One step of a {@link Path}: from each token of a list to the tokens it leads to. */
sealed interface Step {
    /** {@code >rel|rel}: the children by one of the relations, in token order. */
    record Children(Relations relations) implements Step {}

    /** {@code <rel|rel} or {@code <}: the head, where the token's own relation is one of them (or any). */
    record Head(Relations relations) implements Step {}

    /** {@code {name}}: what the named selector finds from each token. */
    record Call(String name) implements Step {}

    /** {@code [cond, cond]}: the tokens for which every condition holds. */
    record Filter(List<Condition> conditions) implements Step {
        public Filter {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code (a | b)}: from each token, what every branch finds, in turn; {@code (a / b)}: the first branch that finds any. */
    record Group(List<Path> branches, boolean firstOnly) implements Step {
        public Group {
            branches = List.copyOf(branches);
        }
    }

    /** {@code before}: the token right before, passing over the token's own auxiliaries. */
    record Before() implements Step {}

    /** {@code first}: the first token of the list only. */
    record First() implements Step {}
}
