package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;

/**
 * The arguments object of a function that uses it: an unmapped, array-backed object with the
 * call's arguments as elements (so {@code length}, indexing and spreading are the array fast paths).
 * In sloppy code it also has a non-enumerable {@code callee}. Approximations: it is a gjs array
 * (Array.prototype, Array.isArray true, printed as an array), and sloppy-mode parameters are not
 * mapped to its elements.
 */
public final class ArgumentsObjectNode extends JSNode {
    private static final TruffleString CALLEE = Strings.constant("callee");

    private final boolean strict;
    @Child private RestArgumentsNode elements = new RestArgumentsNode(0);
    @Child private DynamicObjectLibrary objects;

    public ArgumentsObjectNode(boolean strict) {
        this.strict = strict;
        this.objects = strict ? null : DynamicObjectLibrary.getFactory().createDispatched(2);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSArrayObject arguments = (JSArrayObject) elements.execute(frame);
        if (!strict) {
            objects.putWithFlags(arguments, CALLEE, frame.getArguments()[JSFunctionObject.CALLEE_INDEX], PropertyFlags.NOT_ENUMERABLE);
        }
        return arguments;
    }
}
