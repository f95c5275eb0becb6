package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.nodes.control.ReturnException;
import org.gjs.lang.nodes.function.AllocateThisNode;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.Undefined;

/**
 * The call target of a class constructor (explicit or default). It only runs as a construct call
 * (see {@link ConstructCall}): a base class allocates {@code this} from {@code new.target.prototype}
 * before the body, a derived class leaves it unbound (Java null in the frame slot) for
 * {@code super(...)} to bind. The result is an object the body returned, else {@code this}.
 */
public final class ClassConstructorRootNode extends RootNode {
    @Child private JSNode body;
    @Child private AllocateThisNode allocate;
    private final String name;
    private final SourceSection sourceSection;
    private final ClassKind kind;
    private final int newTargetSlot;
    private final BranchProfile returned = BranchProfile.create();

    public ClassConstructorRootNode(GjsLanguage language, FrameDescriptor descriptor, JSNode body, String name, SourceSection sourceSection, ClassKind kind,
                    int newTargetSlot) {
        super(language, descriptor);
        this.body = body;
        this.name = name;
        this.sourceSection = sourceSection;
        this.kind = kind;
        this.newTargetSlot = newTargetSlot;
        this.allocate = kind == ClassKind.BASE ? new AllocateThisNode() : null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        JSFunctionObject callee = (JSFunctionObject) arguments[JSFunctionObject.CALLEE_INDEX];
        if (!(arguments[JSFunctionObject.THIS_INDEX] instanceof ConstructCall call)) {
            throw ClassErrors.typeError(this, "Class constructor " + name + " cannot be invoked without 'new'");
        }
        frame.setObject(EnvironmentSlot.ENV_SLOT, callee.getScope());
        JSFunctionObject newTarget = call.newTarget();
        frame.setObject(newTargetSlot, newTarget);
        frame.setObject(EnvironmentSlot.THIS_SLOT, kind == ClassKind.BASE ? allocate.execute(newTarget) : null);
        Object result;
        try {
            body.executeVoid(frame);
            result = Undefined.INSTANCE;
        } catch (ReturnException e) {
            returned.enter();
            result = e.value();
        }
        if (result instanceof JSObject) {
            return result;
        }
        if (kind == ClassKind.DERIVED && result != Undefined.INSTANCE) {
            throw ClassErrors.typeError(this, "Derived constructors may only return object or undefined");
        }
        Object thisValue = frame.getObject(EnvironmentSlot.THIS_SLOT);
        if (thisValue == null) {
            throw ClassErrors.thisBeforeSuper(this);
        }
        return thisValue;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return name == null || name.isEmpty() ? "<anonymous>" : name;
    }
}
