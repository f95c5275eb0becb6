package org.gjs.lang.translate;

/** A construct the parser accepts but gjs cannot run yet; reported to the program as a SyntaxError at that place. */
final class UnsupportedSyntax extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    UnsupportedSyntax(String what, int offset) {
        super(what + " is not supported by gjs yet", null, false, false);
        this.offset = offset;
    }
}
