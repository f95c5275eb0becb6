package org.gjs.lang.translate;

import java.util.ArrayList;
import java.util.List;

import org.gjs.lang.parser.ast.BlockStatement;
import org.gjs.lang.parser.ast.ClassDeclaration;
import org.gjs.lang.parser.ast.DoWhileStatement;
import org.gjs.lang.parser.ast.ForInStatement;
import org.gjs.lang.parser.ast.ForOfStatement;
import org.gjs.lang.parser.ast.ForStatement;
import org.gjs.lang.parser.ast.FunctionDeclaration;
import org.gjs.lang.parser.ast.Identifier;
import org.gjs.lang.parser.ast.IfStatement;
import org.gjs.lang.parser.ast.LabeledStatement;
import org.gjs.lang.parser.ast.ModuleItem;
import org.gjs.lang.parser.ast.Pattern;
import org.gjs.lang.parser.ast.Statement;
import org.gjs.lang.parser.ast.SwitchCase;
import org.gjs.lang.parser.ast.SwitchStatement;
import org.gjs.lang.parser.ast.TryStatement;
import org.gjs.lang.parser.ast.VariableDeclaration;
import org.gjs.lang.parser.ast.VariableDeclarator;
import org.gjs.lang.parser.ast.WhileStatement;
import org.gjs.lang.parser.ast.WithStatement;

/** Finds the declarations a function body or block hoists: var names (through nested blocks, not functions) and a block's own lexical declarations. */
final class DeclarationCollector {
    private DeclarationCollector() {
    }

    /** The var-declared identifiers of a function body, in source order. */
    static List<Identifier> varNames(List<? extends ModuleItem> body) {
        List<Identifier> names = new ArrayList<>();
        for (ModuleItem item : body) {
            if (item instanceof Statement statement) {
                collectVars(statement, names);
            }
        }
        return names;
    }

    private static void collectVars(Statement statement, List<Identifier> names) {
        switch (statement) {
            case VariableDeclaration declaration when declaration.kind().equals("var") -> {
                for (VariableDeclarator declarator : declaration.declarations()) {
                    addPatternNames(declarator.id(), names);
                }
            }
            case BlockStatement block -> block.body().forEach(s -> collectVars(s, names));
            case IfStatement s -> {
                collectVars(s.consequent(), names);
                if (s.alternate() != null) {
                    collectVars(s.alternate(), names);
                }
            }
            case WhileStatement s -> collectVars(s.body(), names);
            case DoWhileStatement s -> collectVars(s.body(), names);
            case ForStatement s -> {
                if (s.init() instanceof VariableDeclaration init) {
                    collectVars(init, names);
                }
                collectVars(s.body(), names);
            }
            case ForInStatement s -> {
                if (s.left() instanceof VariableDeclaration left) {
                    collectVars(left, names);
                }
                collectVars(s.body(), names);
            }
            case ForOfStatement s -> {
                if (s.left() instanceof VariableDeclaration left) {
                    collectVars(left, names);
                }
                collectVars(s.body(), names);
            }
            case LabeledStatement s -> collectVars(s.body(), names);
            case WithStatement s -> collectVars(s.body(), names);
            case TryStatement s -> {
                collectVars(s.block(), names);
                if (s.handler() != null) {
                    collectVars(s.handler().body(), names);
                }
                if (s.finalizer() != null) {
                    collectVars(s.finalizer(), names);
                }
            }
            case SwitchStatement s -> {
                for (SwitchCase c : s.cases()) {
                    c.consequent().forEach(x -> collectVars(x, names));
                }
            }
            default -> {
            }
        }
    }

    static void addPatternNames(Pattern pattern, List<Identifier> names) {
        if (pattern instanceof Identifier id) {
            names.add(id);
        } else {
            throw new UnsupportedSyntax("Destructuring", pattern.start());
        }
    }

    /** A statement list's own let/const/class declarations (function declarations are handled apart). */
    static List<VariableDeclaration> lexicalDeclarations(List<? extends ModuleItem> body) {
        List<VariableDeclaration> declarations = new ArrayList<>();
        for (ModuleItem item : body) {
            if (item instanceof VariableDeclaration declaration && !declaration.kind().equals("var")) {
                declarations.add(declaration);
            } else if (item instanceof ClassDeclaration c) {
                throw new UnsupportedSyntax("Class declarations", c.start());
            }
        }
        return declarations;
    }

    static List<FunctionDeclaration> functionDeclarations(List<? extends ModuleItem> body) {
        List<FunctionDeclaration> functions = new ArrayList<>();
        for (ModuleItem item : body) {
            if (item instanceof FunctionDeclaration f) {
                functions.add(f);
            }
        }
        return functions;
    }
}
