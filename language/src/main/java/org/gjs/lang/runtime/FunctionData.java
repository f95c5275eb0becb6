package org.gjs.lang.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * What all closures of one function literal share: its call target, name, length and kind.
 * Lives with the AST (engine-shared), never with a realm. The call target is made lazily, on the
 * first call, so that unused functions are never translated to Truffle nodes.
 */
public final class FunctionData {
    /** Builds the call target on first use. */
    public interface CallTargetFactory {
        CallTarget create(FunctionData data);
    }

    private final String name;
    private final TruffleString nameString;
    private final int length;
    private final boolean strict;
    private final boolean arrow;
    private final boolean constructor;
    private boolean builtin;
    private boolean classConstructor;
    @CompilationFinal private CallTarget callTarget;
    private CallTargetFactory factory;

    public FunctionData(String name, int length, boolean strict, boolean arrow, boolean constructor, CallTargetFactory factory) {
        this.name = name;
        this.nameString = Strings.fromJava(name);
        this.length = length;
        this.strict = strict;
        this.arrow = arrow;
        this.constructor = constructor;
        this.factory = factory;
    }

    /** A built-in; {@code constructor} built-ins (Error, ...) make their own result whether called or constructed. */
    public FunctionData(String name, int length, boolean constructor, CallTarget callTarget) {
        this(name, length, true, false, constructor, null);
        this.builtin = true;
        this.callTarget = callTarget;
    }

    public String getName() {
        return name;
    }

    public TruffleString getNameString() {
        return nameString;
    }

    /** The constructor of a class: node prints it as [class X]. */
    public void markClassConstructor() {
        classConstructor = true;
    }

    public boolean isClassConstructor() {
        return classConstructor;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public int getLength() {
        return length;
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean isArrow() {
        return arrow;
    }

    public boolean isConstructor() {
        return constructor;
    }

    public CallTarget getCallTarget() {
        CallTarget target = callTarget;
        if (target == null) {
            target = createCallTarget();
        }
        return target;
    }

    @TruffleBoundary
    private synchronized CallTarget createCallTarget() {
        if (callTarget == null) {
            callTarget = factory.create(this);
            factory = null;
        }
        return callTarget;
    }
}
