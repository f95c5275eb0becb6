package org.gjs.lang.parser;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.gjs.lang.parser.ast.Node;

/** Debug helper: renders an AST as compact ESTree-like JSON (without positions unless asked). */
public final class AstPrinter {
    private AstPrinter() {
    }

    public static String toJson(Node n) {
        return toJson(n, false);
    }

    public static String toJson(Node n, boolean positions) {
        StringBuilder sb = new StringBuilder();
        write(sb, n, positions);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object o, boolean pos) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 32 || c > 126) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        } else if (o instanceof Double d) {
            sb.append(d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
        } else if (o instanceof Boolean || o instanceof Number) {
            sb.append(o);
        } else if (o instanceof Enum<?> e) {
            sb.append('"').append(e.name()).append('"');
        } else if (o instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i), pos);
            }
            sb.append(']');
        } else if (o instanceof Node n) {
            sb.append("{\"type\":\"").append(n.getClass().getSimpleName()).append('"');
            for (Object[] f : fields(n)) {
                String name = (String) f[0];
                if (!pos && (name.equals("start") || name.equals("end"))) {
                    continue;
                }
                sb.append(",\"").append(name).append("\":");
                write(sb, f[1], pos);
            }
            sb.append('}');
        } else {
            sb.append('"').append(o).append('"');
        }
    }

    private static List<Object[]> fields(Node n) {
        List<Object[]> out = new ArrayList<>();
        try {
            if (n.getClass().isRecord()) {
                for (RecordComponent rc : n.getClass().getRecordComponents()) {
                    if (rc.getName().equals("raw") && n instanceof org.gjs.lang.parser.ast.Literal) {
                        continue;
                    }
                    out.add(new Object[]{rc.getName(), rc.getAccessor().invoke(n)});
                }
            } else {
                for (java.lang.reflect.Field f : n.getClass().getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("scope")) {
                        continue;
                    }
                    Method m = n.getClass().getMethod(f.getName());
                    out.add(new Object[]{f.getName(), m.invoke(n)});
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
