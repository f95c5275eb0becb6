package org.gjs.tests.test262;

import java.util.function.Consumer;

import org.graalvm.polyglot.Context;

/** How a variant of a test is checked. Implementations must be usable from several threads at once. */
interface Mode {
    String name();

    /**
     * Checks one variant in a fresh context. {@code onContext} is told each context created, so that the runner can
     * cancel it when the time limit passes.
     */
    Outcome check(TestCase test, Variant variant, Consumer<Context> onContext);
}
