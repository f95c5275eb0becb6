package org.gjs.lang.parser;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gjs.lang.parser.ast.Node;

/** Test-scope tool: every child node lies within its parent's [start, end) and start <= end. */
public final class PositionCheck {
    static int problems;

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".js")).toList();
        }
        for (Path f : files) {
            String src = Files.readString(f);
            Node p;
            try {
                p = Parser.parse(src, ParseOptions.script(f.toString()));
            } catch (JsSyntaxError e) {
                try {
                    p = Parser.parse(src, ParseOptions.module(f.toString()));
                } catch (JsSyntaxError e2) {
                    continue;
                }
            }
            check(p, null, f.toString(), src);
            if (problems > 20) {
                break;
            }
        }
        System.out.println("problems " + problems);
    }

    static void check(Object o, Node parent, String file, String src) throws Exception {
        if (o instanceof List<?> l) {
            for (Object x : l) {
                check(x, parent, file, src);
            }
            return;
        }
        if (!(o instanceof Node n)) {
            return;
        }
        if (n.start() > n.end() || (parent != null && (n.start() < parent.start() || n.end() > parent.end()))) {
            if (problems++ < 20) {
                System.out.println(file + ": " + n.getClass().getSimpleName() + " [" + n.start() + "," + n.end() + ") in " + parent.getClass().getSimpleName() + " [" + parent.start() + "," +
                                parent.end() + ") near: " + src.substring(Math.max(0, n.start() - 10), Math.min(src.length(), n.end() + 10)).replace('\n', ' '));
            }
        }
        if (n.getClass().isRecord()) {
            for (RecordComponent rc : n.getClass().getRecordComponents()) {
                check(rc.getAccessor().invoke(n), n, file, src);
            }
        } else {
            for (java.lang.reflect.Field fl : n.getClass().getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(fl.getModifiers()) || fl.getName().equals("scope")) {
                    continue;
                }
                fl.setAccessible(true);
                check(fl.get(n), n, file, src);
            }
        }
    }
}
