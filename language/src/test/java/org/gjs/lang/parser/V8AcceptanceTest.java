package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Accept/reject agreement with node v20 on tricky snippets (resources/parser/v8-accept.tsv: source, OK or message). */
class V8AcceptanceTest {
    @Test
    void agreesWithV8() throws Exception {
        List<String> diffs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/parser/v8-accept.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t");
                String src = f[0].replace("\\n", "\n");
                boolean ok;
                String msg = "";
                try {
                    Parser.parse(src, ParseOptions.script("t.js").withRegexValidator(RegexSyntax.INSTANCE));
                    ok = true;
                } catch (JsSyntaxError e) {
                    ok = false;
                    msg = e.getMessage();
                }
                if (ok != f[1].equals("OK")) {
                    diffs.add(f[0] + " node: " + f[1] + " gjs: " + (ok ? "OK" : msg));
                }
            }
        }
        if (!diffs.isEmpty()) {
            fail(String.join("\n", diffs));
        }
    }
}
