package org.gjs.lang.translate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.gjs.lang.parser.Scope;

/**
 * Where the bindings of one scope live at run time: bindings that closures capture get an index
 * in the scope's {@link org.gjs.lang.runtime.Environment}; all others get a slot in the frame of
 * the function the scope belongs to. A scope with no captured binding has no environment.
 */
final class ScopeLayout {
    /** Where one binding lives: an environment index, or a frame slot. */
    record Storage(boolean inEnvironment, int index) {
    }

    final Scope scope;
    final FunctionScope function;
    private final Map<Scope.Binding, Storage> storage = new HashMap<>();
    private int environmentSize;
    /** A function's {@code this} when arrows inside it read it: then it is kept in the environment too. */
    int thisIndex = -1;
    /** Where the implicit arguments object lives (a function that uses it and has no binding of that name), or null. */
    Storage argumentsStorage;
    /** Frame-slot lexical bindings some read may reach before their declaration ran: their block resets them on entry. */
    final Set<Scope.Binding> needsReset = new HashSet<>();
    /** For a class scope: the extra slots of its environment (a class scope always has one). */
    ClassSlots classSlots;

    /**
     * What a class keeps in its scope's environment besides captured bindings, for its methods and
     * initializers to reach: the prototype and the class (home objects of instance and static
     * methods), the instance-field initializer closure, one {@link org.gjs.lang.nodes.klass.PrivateName}
     * per private name, the functions of private methods, and the keys of computed fields.
     */
    static final class ClassSlots {
        int prototype;
        int constructor;
        int initializer;
        final Map<String, Integer> privateNames = new java.util.LinkedHashMap<>();
        final Set<String> privateMethodNames = new HashSet<>();
        final Map<String, Integer> privateMethods = new HashMap<>();
        final Map<org.gjs.lang.parser.ast.Node, Integer> computedFieldKeys = new HashMap<>();
    }

    ScopeLayout(Scope scope, FunctionScope function) {
        this.scope = scope;
        this.function = function;
        if (scope.kind() == Scope.Kind.SCRIPT) {
            return; // a script's top-level bindings are globals: the global object and the global record
        }
        for (Scope.Binding binding : scope.bindings().values()) {
            if (binding.captured()) {
                storage.put(binding, new Storage(true, environmentSize++));
            } else {
                storage.put(binding, new Storage(false, function.addSlot(binding.name())));
            }
        }
        if (scope.kind() == Scope.Kind.CLASS) {
            classSlots = classSlots(scope);
        }
        if ((scope.kind() == Scope.Kind.FUNCTION || scope.kind() == Scope.Kind.FIELD || scope.kind() == Scope.Kind.STATIC_BLOCK) && arrowsReadThis(scope)) {
            thisIndex = environmentSize++;
        }
        if (scope.kind() == Scope.Kind.FUNCTION && scope.usesArguments() && scope.binding("arguments") == null) {
            if (scope.containsDirectEval() || arrowsUseArguments(scope)) {
                argumentsStorage = new Storage(true, environmentSize++);
            } else {
                argumentsStorage = new Storage(false, function.addSlot("arguments"));
            }
        }
    }

    private ClassSlots classSlots(Scope scope) {
        org.gjs.lang.parser.ast.ClassBody body = switch (scope.node()) {
            case org.gjs.lang.parser.ast.ClassDeclaration c -> c.body();
            case org.gjs.lang.parser.ast.ClassExpression c -> c.body();
            default -> throw new IllegalStateException("class scope without a class: " + scope.node());
        };
        ClassSlots slots = new ClassSlots();
        slots.prototype = environmentSize++;
        slots.constructor = environmentSize++;
        slots.initializer = environmentSize++;
        for (org.gjs.lang.parser.ast.Node element : body.body()) {
            switch (element) {
                case org.gjs.lang.parser.ast.MethodDefinition m when m.key() instanceof org.gjs.lang.parser.ast.PrivateIdentifier p -> {
                    if (!slots.privateNames.containsKey(p.name())) {
                        slots.privateNames.put(p.name(), environmentSize++);
                    }
                    slots.privateMethodNames.add(p.name());
                    slots.privateMethods.put(p.name(), environmentSize++);
                }
                case org.gjs.lang.parser.ast.PropertyDefinition d when d.key() instanceof org.gjs.lang.parser.ast.PrivateIdentifier p -> {
                    if (!slots.privateNames.containsKey(p.name())) {
                        slots.privateNames.put(p.name(), environmentSize++);
                    }
                }
                case org.gjs.lang.parser.ast.PropertyDefinition d when d.computed() -> slots.computedFieldKeys.put(d, environmentSize++);
                default -> {
                }
            }
        }
        return slots;
    }

    /** The implicit arguments object seen from {@code hops} environments below this scope's. */
    Resolution argumentsAt(int hops) {
        return argumentsStorage.inEnvironment() ? new Resolution.Environment(null, hops, argumentsStorage.index())
                        : new Resolution.Frame(null, argumentsStorage.index(), this);
    }

    /** Arrows nested in this function (not in nested non-arrow functions) that use {@code arguments}. */
    private static boolean arrowsUseArguments(Scope scope) {
        for (Scope child : scope.children()) {
            if (child.kind() == Scope.Kind.ARROW && child.usesArguments()) {
                return true;
            }
            boolean own = child.kind() == Scope.Kind.FUNCTION || child.kind() == Scope.Kind.STATIC_BLOCK || child.kind() == Scope.Kind.FIELD;
            if (!own && arrowsUseArguments(child)) {
                return true;
            }
        }
        return false;
    }

    Storage storage(Scope.Binding binding) {
        return storage.get(binding);
    }

    boolean hasEnvironment() {
        return environmentSize > 0;
    }

    int environmentSize() {
        return environmentSize;
    }

    /** Arrows nested in this function (not in nested non-arrow functions) that use {@code this}. */
    private static boolean arrowsReadThis(Scope scope) {
        for (Scope child : scope.children()) {
            if (child.kind() == Scope.Kind.ARROW && (child.usesThis() || child.usesSuperProperty())) {
                return true;
            }
            boolean ownThis = child.kind() == Scope.Kind.FUNCTION || child.kind() == Scope.Kind.STATIC_BLOCK || child.kind() == Scope.Kind.FIELD;
            if (!ownThis && arrowsReadThis(child)) {
                return true;
            }
        }
        return false;
    }
}
