package org.gjs.lang.nodes.function;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.nodes.control.ReturnException;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.Undefined;

/** The call target of a JS function: links the frame to the closure's scope, then runs the body. */
public final class FunctionRootNode extends RootNode {
    @Child private JSNode body;
    private final String name;
    private final SourceSection sourceSection;
    /** A concise arrow body is an expression whose value is returned. */
    private final boolean expressionBody;
    private final BranchProfile returned = BranchProfile.create();

    public FunctionRootNode(GjsLanguage language, FrameDescriptor descriptor, JSNode body, String name, SourceSection sourceSection, boolean expressionBody) {
        super(language, descriptor);
        this.body = body;
        this.name = name;
        this.sourceSection = sourceSection;
        this.expressionBody = expressionBody;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSFunctionObject callee = (JSFunctionObject) frame.getArguments()[JSFunctionObject.CALLEE_INDEX];
        frame.setObject(EnvironmentSlot.ENV_SLOT, callee.getScope());
        if (expressionBody) {
            return body.execute(frame);
        }
        try {
            body.executeVoid(frame);
            return Undefined.INSTANCE;
        } catch (ReturnException e) {
            returned.enter();
            return e.value();
        }
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
