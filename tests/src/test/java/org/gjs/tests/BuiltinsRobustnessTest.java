package org.gjs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every built-in, called with awkward arguments and receivers, gives a value or a JS exception:
 * never an internal error (a Java exception escaping), which would fail this test with its stack.
 */
class BuiltinsRobustnessTest {
    @Test
    @Timeout(120)
    void builtinsNeverFailInternally() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var url = BuiltinsRobustnessTest.class.getResource("/robustness/call-every-builtin.js");
        try (Context context = Context.newBuilder("gjs").out(out).err(out).option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("gjs", url).build());
        } catch (PolyglotException e) {
            throw new AssertionError((e.isInternalError() ? "internal error: " : "uncaught: ") + e.getMessage() + "\noutput:\n" + out.toString(StandardCharsets.UTF_8), e);
        }
        assertEquals("calls true threw some true\n", out.toString(StandardCharsets.UTF_8));
    }
}
