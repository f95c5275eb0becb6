package org.gjs.lang.parser;

/**
 * Parser options. {@code strict} forces strict mode for a script (modules are always strict). {@code regexValidator}
 * may be null, in which case only regex flags are checked.
 */
public record ParseOptions(String fileName, boolean module, boolean strict, RegexValidator regexValidator) {
    public static ParseOptions script(String fileName) { return new ParseOptions(fileName, false, false, null); }

    public static ParseOptions module(String fileName) { return new ParseOptions(fileName, true, true, null); }

    public ParseOptions withStrict(boolean s) { return new ParseOptions(fileName, module, s, regexValidator); }

    public ParseOptions withRegexValidator(RegexValidator v) { return new ParseOptions(fileName, module, strict, v); }
}
