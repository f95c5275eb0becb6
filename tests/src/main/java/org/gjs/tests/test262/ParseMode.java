package org.gjs.tests.test262;

import java.util.function.Consumer;

import org.gjs.tests.test262.Outcome.Status;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Only whether gjs's parser accepts a test: {@code Context.parse} through the polyglot API. A negative test (phase parse
 * or early) passes when it is rejected as a syntax error whose message starts with the expected type; every other test
 * passes when it is not rejected. Anything else thrown is a crash.
 */
final class ParseMode implements Mode {
    static final String LANGUAGE = "gjs";
    static final String MODULE_MIME_TYPE = "application/javascript+module";
    static final String SCRIPT_MIME_TYPE = "application/javascript";

    private final Engine engine;

    ParseMode(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "parse";
    }

    /** The variant's source; module tests are named .mjs besides having the module MIME type. */
    static Source source(TestCase test, Variant variant, boolean cached) {
        String text = variant.sourceText(test.text());
        boolean module = variant == Variant.MODULE;
        String name = module ? test.path().replaceAll("\\.js$", ".mjs") : test.path();
        return Source.newBuilder(LANGUAGE, text, name).mimeType(module ? MODULE_MIME_TYPE : SCRIPT_MIME_TYPE).cached(cached).buildLiteral();
    }

    @Override
    public Outcome check(TestCase test, Variant variant, Consumer<Context> onContext) {
        Source source = source(test, variant, false);
        String rejection;
        try (Context context = Context.newBuilder(LANGUAGE).engine(engine).build()) {
            onContext.accept(context);
            try {
                context.parse(source);
                rejection = null;
            } catch (PolyglotException e) {
                if (e.isCancelled()) {
                    return Outcome.of(test, variant, Status.TIMEOUT, "cancelled");
                }
                if (!e.isSyntaxError() || e.isInternalError()) {
                    return Outcome.of(test, variant, Status.CRASH, Failures.describe(e));
                }
                rejection = String.valueOf(e.getMessage());
            }
        } catch (PolyglotException e) {
            return Outcome.of(test, variant, e.isCancelled() ? Status.TIMEOUT : Status.CRASH, Failures.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.of(test, variant, Status.CRASH, Failures.describe(e));
        }
        return judge(test, variant, rejection);
    }

    /** The verdict for a parse that was accepted ({@code rejection == null}) or rejected with that message. */
    static Outcome judge(TestCase test, Variant variant, String rejection) {
        Frontmatter meta = test.meta();
        if (meta.isNegativeAtParse()) {
            if (rejection == null) {
                return Outcome.of(test, variant, Status.FAIL, "accepted, expected " + meta.negativeType() + " at parse");
            }
            if (!rejection.startsWith(meta.negativeType())) {
                return Outcome.of(test, variant, Status.FAIL, "rejected with the wrong type, expected " + meta.negativeType() + ": " + Failures.oneLine(rejection));
            }
            return Outcome.pass(test, variant);
        }
        if (rejection != null) {
            return Outcome.of(test, variant, Status.FAIL, "rejected: " + Failures.oneLine(rejection));
        }
        return Outcome.pass(test, variant);
    }
}
