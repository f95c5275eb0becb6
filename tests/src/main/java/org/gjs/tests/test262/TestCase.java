package org.gjs.tests.test262;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A test file: its id path ({@code test/language/x.js}), its text and metadata. */
public record TestCase(String path, Path file, String text, Frontmatter meta) {

    public Outcome.Group group() {
        return meta.isNegativeAtParse() ? Outcome.Group.NEGATIVE : Outcome.Group.POSITIVE;
    }

    public static TestCase load(String path, Path file) throws IOException, Frontmatter.FrontmatterException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return new TestCase(path, file, text, Frontmatter.parse(text));
    }
}
