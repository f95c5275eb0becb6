package org.gjs.lang.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.runtime.Undefined;

/** A statement list; its value is the last statement's (the completion value a program or eval reports). */
public final class BlockNode extends JSNode {
    @Children private final JSNode[] statements;

    public BlockNode(JSNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object result = Undefined.INSTANCE;
        for (JSNode statement : statements) {
            result = statement.execute(frame);
        }
        return result;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (JSNode statement : statements) {
            statement.executeVoid(frame);
        }
    }
}
