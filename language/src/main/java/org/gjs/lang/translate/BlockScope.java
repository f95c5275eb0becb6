package org.gjs.lang.translate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block's declarations during translation. The first block of a function has as parent the
 * block the function literal stands in, so walking parents crosses function boundaries; each
 * crossing is one hop up the runtime scope chain.
 */
final class BlockScope {
    final BlockScope parent;
    final FunctionScope function;
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** A switch body: any case may run without the declarations of earlier cases. */
    final boolean switchBody;

    BlockScope(BlockScope parent, FunctionScope function, boolean switchBody) {
        this.parent = parent;
        this.function = function;
        this.switchBody = switchBody;
    }

    /** The binding a name refers to from here, and how many functions out it lives; null if global. */
    Resolved resolve(String name) {
        int depth = 0;
        for (BlockScope scope = this; scope != null; scope = scope.parent) {
            Binding binding = scope.bindings.get(name);
            if (binding != null) {
                return new Resolved(binding, depth, scope);
            }
            if (scope.parent != null && scope.parent.function != scope.function) {
                depth++;
            }
        }
        return null;
    }

    record Resolved(Binding binding, int depth, BlockScope scope) {
    }
}
