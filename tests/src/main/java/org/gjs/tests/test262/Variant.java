package org.gjs.tests.test262;

/** One run of a test: sloppy (also used for raw tests, which run once unmodified), strict, or as a module. */
public enum Variant {
    SLOPPY("sloppy"),
    STRICT("strict"),
    MODULE("module");

    private final String label;

    Variant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id used in results and expectation files: {@code test/language/x.js [strict]}. */
    public String id(String testPath) {
        return testPath + " [" + label + "]";
    }

    /** The source text run for this variant: strict runs get the directive INTERPRETING.md prescribes. */
    public String sourceText(String testText) {
        return this == STRICT ? "\"use strict\";\n" + testText : testText;
    }
}
