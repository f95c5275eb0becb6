package org.gjs.lang.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gjs.lang.parser.ast.*;

/** Module-level early errors that need the whole module body: duplicate export names. */
final class ModuleChecks {
    private ModuleChecks() {
    }

    static void check(Parser p, List<ModuleItem> body) {
        Set<String> names = new HashSet<>();
        for (ModuleItem item : body) {
            switch (item) {
                case ExportNamedDeclaration e -> {
                    if (e.declaration() != null) {
                        declNames(e.declaration(), id -> add(p, names, id.name(), id.start()));
                    }
                    for (ExportSpecifier sp : e.specifiers()) {
                        add(p, names, exportName(sp.exported()), sp.exported().start());
                    }
                }
                case ExportDefaultDeclaration d -> add(p, names, "default", d.start());
                case ExportAllDeclaration a -> {
                    if (a.exported() != null) {
                        add(p, names, exportName(a.exported()), a.exported().start());
                    }
                }
                default -> {
                }
            }
        }
    }

    static String exportName(Node n) {
        return n instanceof Identifier id ? id.name() : (String) ((Literal) n).value();
    }

    static void declNames(Statement d, java.util.function.Consumer<Identifier> f) {
        switch (d) {
            case VariableDeclaration v -> {
                for (VariableDeclarator vd : v.declarations()) {
                    Parser.forEachBoundName(vd.id(), f);
                }
            }
            case FunctionDeclaration fd -> f.accept(fd.id());
            case ClassDeclaration cd -> f.accept(cd.id());
            default -> {
            }
        }
    }

    private static void add(Parser p, Set<String> names, String name, int pos) {
        if (!names.add(name)) {
            throw p.error(pos, "Duplicate export of '" + name + "'");
        }
    }
}
