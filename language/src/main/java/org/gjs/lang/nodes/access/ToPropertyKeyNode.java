package org.gjs.lang.nodes.access;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Strings;

/** ToPropertyKey: property keys are strings (symbols come with the Symbol built-in). */
@GenerateInline(false)
public abstract class ToPropertyKeyNode extends Node {
    public abstract Object execute(Object value);

    @Specialization
    protected static TruffleString keyString(TruffleString value) {
        return value;
    }

    @Specialization
    protected static TruffleString keyInt(int value, @Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, Strings.ENCODING, true);
    }

    @Fallback
    protected static TruffleString keyGeneric(Object value) {
        return Conversions.toStringUncached(value);
    }
}
