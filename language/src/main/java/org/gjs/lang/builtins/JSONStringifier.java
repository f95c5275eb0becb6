package org.gjs.lang.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.EnumerableKeys;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.NumberFormat;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/** JSON.stringify (SerializeJSONProperty and friends): toJSON, replacer functions and lists, indentation, cycle errors as V8 words them. */
final class JSONStringifier {
    /** A value that cannot be serialized (a cycle): the message of the TypeError to throw. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private static final TruffleString TO_JSON = Strings.constant("toJSON");

    private final JSRealm realm;
    private final JSFunctionObject replacerFunction;
    private final List<TruffleString> propertyList;
    private final String gap;
    private final List<JSObject> stack = new ArrayList<>();
    private final List<String> path = new ArrayList<>();

    JSONStringifier(JSRealm realm, Object replacer, Object space) {
        this.realm = realm;
        this.replacerFunction = replacer instanceof JSFunctionObject f ? f : null;
        if (replacer instanceof JSArrayObject list) {
            propertyList = new ArrayList<>();
            for (int i = 0; i < list.length(); i++) {
                Object item = list.get(i);
                if (item instanceof TruffleString || item instanceof Integer || item instanceof Double) {
                    TruffleString key = Conversions.toStringUncached(item);
                    if (!propertyList.contains(key)) {
                        propertyList.add(key);
                    }
                }
            }
        } else {
            propertyList = null;
        }
        if (space instanceof Integer || space instanceof Double) {
            int n = (int) Math.max(0, Math.min(10, ((Number) space).doubleValue()));
            gap = " ".repeat(n);
        } else if (space instanceof TruffleString s) {
            String text = Strings.toJava(s);
            gap = text.length() > 10 ? text.substring(0, 10) : text;
        } else {
            gap = "";
        }
    }

    /** The JSON text, or null when the value serializes to undefined. */
    String stringify(Object value) throws Failure {
        JSObject wrapper = realm.newObject();
        wrapper.putUncached(Strings.EMPTY, value);
        return property(wrapper, Strings.EMPTY, value, "");
    }

    private String property(JSObject holder, TruffleString key, Object initial, String indent) throws Failure {
        Object value = initial;
        if (value instanceof JSObject object && object.getUncached(TO_JSON) instanceof JSFunctionObject toJSON) {
            value = toJSON.getData().getCallTarget().call(toJSON, object, key);
        }
        if (replacerFunction != null) {
            value = replacerFunction.getData().getCallTarget().call(replacerFunction, holder, key, value);
        }
        if (value == Null.INSTANCE) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof TruffleString s) {
            return quote(Strings.toJava(s));
        }
        if (value instanceof Integer || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NumberFormat.toString(d) : "null";
        }
        if (value instanceof JSObject object && !(object instanceof JSFunctionObject)) {
            return object instanceof JSArrayObject array ? array(array, indent) : object(object, indent);
        }
        return null; // undefined, functions
    }

    private void enter(JSObject object) throws Failure {
        int at = stack.indexOf(object);
        if (at >= 0) {
            StringBuilder message = new StringBuilder("Converting circular structure to JSON\n    --> starting at object with constructor '" + constructorName(stack.get(at)) + "'");
            for (int i = at + 1; i < stack.size(); i++) {
                message.append("\n    |     ").append(path.get(i - 1)).append(" -> object with constructor '").append(constructorName(stack.get(i))).append("'");
            }
            message.append("\n    --- ").append(path.get(path.size() - 1)).append(" closes the circle");
            throw new Failure(message.toString());
        }
        stack.add(object);
    }

    private static String constructorName(JSObject object) {
        Object constructor = object.getUncached(Strings.CONSTRUCTOR);
        return constructor instanceof JSFunctionObject f ? f.getData().getName() : "Object";
    }

    private String object(JSObject object, String indent) throws Failure {
        enter(object);
        String inner = indent + gap;
        List<String> members = new ArrayList<>();
        List<TruffleString> keys = propertyList != null ? propertyList : EnumerableKeys.ownEnumerableStringKeys(object);
        for (TruffleString key : keys) {
            path.add("property '" + Strings.toJava(key) + "'");
            String serialized = property(object, key, object.getUncached(key), inner);
            path.remove(path.size() - 1);
            if (serialized != null) {
                members.add(quote(Strings.toJava(key)) + (gap.isEmpty() ? ":" : ": ") + serialized);
            }
        }
        stack.remove(stack.size() - 1);
        return wrap(members, "{", "}", indent, inner);
    }

    private String array(JSArrayObject array, String indent) throws Failure {
        enter(array);
        String inner = indent + gap;
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            Object element = array.get(i);
            path.add("index " + i);
            String serialized = property(array, Strings.fromJava(Integer.toString(i)), element == null ? Undefined.INSTANCE : element, inner);
            path.remove(path.size() - 1);
            elements.add(serialized == null ? "null" : serialized);
        }
        stack.remove(stack.size() - 1);
        return wrap(elements, "[", "]", indent, inner);
    }

    private String wrap(List<String> parts, String open, String close, String indent, String inner) {
        if (parts.isEmpty()) {
            return open + close;
        }
        if (gap.isEmpty()) {
            return open + String.join(",", parts) + close;
        }
        return open + "\n" + inner + String.join(",\n" + inner, parts) + "\n" + indent + close;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
