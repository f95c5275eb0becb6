package org.gjs.lang.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;
import com.oracle.truffle.api.strings.TruffleString;

/** The primitive types nodes specialize on; an int may widen to double where a double is wanted. */
@TypeSystem({int.class, double.class, boolean.class, TruffleString.class})
public abstract class JSTypes {
    @ImplicitCast
    public static double castIntToDouble(int value) {
        return value;
    }
}
