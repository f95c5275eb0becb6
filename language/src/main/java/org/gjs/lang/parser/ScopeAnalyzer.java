package org.gjs.lang.parser;

import org.gjs.lang.parser.ast.Program;

/** Scope analysis pass (see {@link Scope}). */
final class ScopeAnalyzer {
    private ScopeAnalyzer() {
    }

    static void analyze(Program program, Parser parser) {
    }
}
