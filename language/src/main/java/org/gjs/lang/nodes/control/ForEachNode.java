package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.gjs.lang.GjsContext;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.EnumerableKeys;
import org.gjs.lang.runtime.ErrorObjects;
import org.gjs.lang.runtime.ErrorType;
import org.gjs.lang.runtime.JSArrayObject;
import org.gjs.lang.runtime.JSException;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.Strings;
import org.gjs.lang.runtime.Undefined;

/**
 * {@code for (x in o)} and {@code for (x of a)}. for-in visits the keys enumerable when the loop
 * starts; for-of walks gjs arrays (reading the length at each step, as the array iterator does)
 * and strings by code point. Other iterables need the iterator protocol, which comes with
 * symbols; until then nothing else is iterable.
 */
public final class ForEachNode extends JSNode {
    @Child private JSNode iterable;
    @Child private LoopNode loop;
    private final boolean keys;
    private final int listSlot;
    private final int indexSlot;
    private final String iterableText;

    public ForEachNode(boolean keys, JSNode iterable, int listSlot, int indexSlot, int valueSlot, JSNode body, JumpTarget breakTarget, JumpTarget continueTarget,
                    String iterableText) {
        this.keys = keys;
        this.iterable = iterable;
        this.listSlot = listSlot;
        this.indexSlot = indexSlot;
        this.iterableText = iterableText;
        this.loop = Truffle.getRuntime().createLoopNode(new Step(listSlot, indexSlot, valueSlot, body, breakTarget, continueTarget));
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = iterable.execute(frame);
        JSArrayObject list = keys ? keysOf(value) : elementsOf(value);
        if (list != null) {
            frame.setObject(listSlot, list);
            frame.setInt(indexSlot, 0);
            loop.execute(frame);
        }
        return Undefined.INSTANCE;
    }

    @TruffleBoundary
    private JSArrayObject keysOf(Object value) {
        if (!(value instanceof JSObject object)) {
            // undefined and null give no iteration, nor do numbers and booleans (no enumerable properties)
            return value instanceof com.oracle.truffle.api.strings.TruffleString s ? stringIndices(s) : null;
        }
        JSArrayObject list = JSArrayObject.createEmpty(realm());
        for (var key : EnumerableKeys.forIn(object)) {
            list.set(list.length(), key);
        }
        return list;
    }

    private JSArrayObject stringIndices(com.oracle.truffle.api.strings.TruffleString s) {
        JSArrayObject list = JSArrayObject.createEmpty(realm());
        int length = s.byteLength(Strings.ENCODING) / 2;
        for (int i = 0; i < length; i++) {
            list.set(i, Strings.fromJava(Integer.toString(i)));
        }
        return list;
    }

    @TruffleBoundary
    private JSArrayObject elementsOf(Object value) {
        if (value instanceof JSArrayObject array) {
            return array;
        }
        if (value instanceof com.oracle.truffle.api.strings.TruffleString s) {
            String text = Strings.toJava(s);
            JSArrayObject list = JSArrayObject.createEmpty(realm());
            text.codePoints().forEach(cp -> list.set(list.length(), Strings.fromJava(new String(Character.toChars(cp)))));
            return list;
        }
        throw notIterable(value);
    }

    private JSException notIterable(Object value) {
        // Without symbols no object can define Symbol.iterator: arrays and strings are the only iterables.
        throw ErrorObjects.raise(realm(), ErrorType.TypeError, iterableText + " is not iterable", this);
    }

    private JSRealm realm() {
        return GjsContext.get(this).getRealm();
    }

    static final class Step extends Node implements RepeatingNode {
        private final int listSlot;
        private final int indexSlot;
        private final int valueSlot;
        @Child private JSNode body;
        private final JumpTarget breakTarget;
        private final JumpTarget continueTarget;
        private final BranchProfile continued = BranchProfile.create();

        Step(int listSlot, int indexSlot, int valueSlot, JSNode body, JumpTarget breakTarget, JumpTarget continueTarget) {
            this.listSlot = listSlot;
            this.indexSlot = indexSlot;
            this.valueSlot = valueSlot;
            this.body = body;
            this.breakTarget = breakTarget;
            this.continueTarget = continueTarget;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            JSArrayObject list = (JSArrayObject) frame.getObject(listSlot);
            int index = frame.getInt(indexSlot);
            if (index >= list.length()) {
                return false;
            }
            Object value = list.get(index);
            frame.setInt(indexSlot, index + 1);
            frame.setObject(valueSlot, value == null ? Undefined.INSTANCE : value);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                if (e.target() != continueTarget) {
                    throw e;
                }
                continued.enter();
            } catch (BreakException e) {
                if (e.target() != breakTarget) {
                    throw e;
                }
                return false;
            }
            return true;
        }
    }
}
