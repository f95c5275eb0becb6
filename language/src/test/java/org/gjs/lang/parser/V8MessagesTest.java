package org.gjs.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Compares rejection messages and positions against what node v20 (V8) prints for the same scripts. The table in
 * resources/parser/v8-errors.tsv was produced with {@code new vm.Script(src)}: source (\n escaped), message, line,
 * column. A trailing "~" column marks rows where only the rejection (not the exact wording/position) is checked.
 */
class V8MessagesTest {
    @Test
    void messagesMatchV8() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/parser/v8-errors.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                rows++;
                String[] f = line.split("\t");
                String src = f[0].replace("\\n", "\n");
                boolean loose = f.length > 4 && f[4].equals("~");
                String got;
                int gl = 0;
                int gc = 0;
                try {
                    Parser.parse(src, ParseOptions.script("t.js").withRegexValidator(RegexSyntax.INSTANCE));
                    got = "OK";
                } catch (JsSyntaxError e) {
                    got = e.rawMessage();
                    gl = e.line();
                    gc = e.column();
                }
                String want = f[1];
                if (want.equals("OK") != got.equals("OK")) {
                    mismatches.add(f[0] + " => expected " + want + " got " + got);
                } else if (!loose && !want.equals("OK") && (!want.equals(got) || Integer.parseInt(f[2]) != gl || Integer.parseInt(f[3]) != gc)) {
                    mismatches.add(f[0] + " => expected " + want + " @" + f[2] + ":" + f[3] + " got " + got + " @" + gl + ":" + gc);
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " of " + rows + " differ:\n" + String.join("\n", mismatches));
        }
        assertEquals(true, rows > 50);
    }
}
