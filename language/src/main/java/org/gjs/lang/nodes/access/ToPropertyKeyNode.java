package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;

/**
 * ToPropertyKey, evaluated once for a target that is read and written ({@code a[k] += 1}): strings
 * stay strings, ints stay ints (array indices, which the property nodes handle directly), anything
 * else becomes its string (symbols come with the Symbol built-in).
 */
@GenerateInline(false)
public abstract class ToPropertyKeyNode extends Node {
    public abstract Object execute(Object value);

    @Specialization
    protected static TruffleString keyString(TruffleString value) {
        return value;
    }

    @Specialization
    protected static int keyInt(int value) {
        return value;
    }

    @Fallback
    protected static TruffleString keyGeneric(Object value) {
        return Conversions.toStringUncached(value);
    }
}
