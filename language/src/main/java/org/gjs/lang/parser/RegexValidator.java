package org.gjs.lang.parser;

/** Hook to validate regular expression literals (the language plugs TRegex in). */
public interface RegexValidator {
    /** null if valid, else the error message */
    String validate(String pattern, String flags);
}
