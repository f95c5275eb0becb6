package org.gjs.lang.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Every JS AST node, statement or expression. A node knows its source range as two ints (the
 * section object is made only when a tool or an error asks for it) and whether it is a
 * statement, an expression or a call, so instruments and stack traces see the right places.
 */
@TypeSystemReference(JSTypes.class)
@GenerateWrapper
@NodeInfo(language = "gjs")
public abstract class JSNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;
    private static final byte EXPRESSION = 1;
    private static final byte STATEMENT = 2;
    private static final byte CALL = 4;
    private static final byte ROOT_BODY = 8;

    private int sourceStart = NO_SOURCE;
    private int sourceLength;
    private byte tags;

    public abstract Object execute(VirtualFrame frame);

    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        return JSTypesGen.expectInteger(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return JSTypesGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return JSTypesGen.expectBoolean(execute(frame));
    }

    /** Runs the node for its effect only; statements override to skip building a completion value. */
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    public final <T extends JSNode> T at(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    public final JSNode asStatement() {
        tags |= STATEMENT;
        return this;
    }

    public final JSNode asExpression() {
        tags |= EXPRESSION;
        return this;
    }

    public final JSNode asCall() {
        tags |= CALL | EXPRESSION;
        return this;
    }

    public final JSNode asRootBody() {
        tags |= ROOT_BODY;
        return this;
    }

    public final int getSourceStart() {
        return sourceStart;
    }

    public final void copySourceFrom(JSNode other) {
        this.sourceStart = other.sourceStart;
        this.sourceLength = other.sourceLength;
        this.tags = other.tags;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceStart == NO_SOURCE) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        return source.createSection(sourceStart, sourceLength);
    }

    @Override
    public boolean isInstrumentable() {
        return sourceStart != NO_SOURCE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.StatementTag.class) {
            return (tags & STATEMENT) != 0;
        } else if (tag == StandardTags.ExpressionTag.class) {
            return (tags & EXPRESSION) != 0;
        } else if (tag == StandardTags.CallTag.class) {
            return (tags & CALL) != 0;
        } else if (tag == StandardTags.RootBodyTag.class) {
            return (tags & ROOT_BODY) != 0;
        }
        return false;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new JSNodeWrapper(this, probe);
    }
}
