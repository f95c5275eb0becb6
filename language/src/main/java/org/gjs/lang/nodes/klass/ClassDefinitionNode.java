package org.gjs.lang.nodes.klass;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.gjs.lang.GjsContext;
import org.gjs.lang.GjsLanguage;
import org.gjs.lang.nodes.JSNode;
import org.gjs.lang.nodes.access.EnvironmentSlot;
import org.gjs.lang.nodes.access.ReadPropertyNode;
import org.gjs.lang.nodes.access.ReadPropertyNodeGen;
import org.gjs.lang.runtime.Conversions;
import org.gjs.lang.runtime.Environment;
import org.gjs.lang.runtime.FunctionData;
import org.gjs.lang.runtime.JSFunctionObject;
import org.gjs.lang.runtime.JSObject;
import org.gjs.lang.runtime.JSRealm;
import org.gjs.lang.runtime.Null;
import org.gjs.lang.runtime.PropertyFlags;
import org.gjs.lang.runtime.Strings;

/**
 * ClassDefinitionEvaluation, run inside the class scope's environment: evaluates the heritage,
 * makes the prototype object and the constructor function (with their [[Prototype]]s), fills the
 * class-environment slots that methods and initializers reach (the prototype and the class as home
 * objects, fresh {@link PrivateName}s, the instance-field initializer closure), then evaluates the
 * elements in order. The translator runs the inner name binding and the static initializer after it.
 */
public final class ClassDefinitionNode extends JSNode {
    @Child private JSNode heritage;
    @Children private final ClassElementNode[] elements;
    @Child private ReadPropertyNode readPrototype;
    private final FunctionData constructorData;
    private final FunctionData instanceInitializer;
    private final int prototypeIndex;
    private final int constructorIndex;
    private final int initializerIndex;
    @CompilationFinal(dimensions = 1) private final int[] privateNameIndices;
    @CompilationFinal(dimensions = 1) private final String[] privateNames;
    @CompilationFinal(dimensions = 1) private final boolean[] privateMethods;

    public ClassDefinitionNode(JSNode heritage, ClassElementNode[] elements, FunctionData constructorData, FunctionData instanceInitializer, int prototypeIndex,
                    int constructorIndex, int initializerIndex, int[] privateNameIndices, String[] privateNames, boolean[] privateMethods) {
        this.heritage = heritage;
        this.elements = elements;
        this.readPrototype = heritage == null ? null : ReadPropertyNodeGen.create();
        this.constructorData = constructorData;
        this.instanceInitializer = instanceInitializer;
        this.prototypeIndex = prototypeIndex;
        this.constructorIndex = constructorIndex;
        this.initializerIndex = initializerIndex;
        this.privateNameIndices = privateNameIndices;
        this.privateNames = privateNames;
        this.privateMethods = privateMethods;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        JSRealm realm = GjsContext.get(this).getRealm();
        Environment env = EnvironmentSlot.current(frame);
        Object protoParent = realm.getObjectPrototype();
        JSObject constructorParent = realm.getFunctionPrototype();
        if (heritage != null) {
            Object superclass = heritage.execute(frame);
            if (superclass == Null.INSTANCE) {
                protoParent = Null.INSTANCE;
            } else if (superclass instanceof JSFunctionObject parent && parent.getData().isConstructor()) {
                Object parentPrototype = readPrototype.execute(parent, Strings.PROTOTYPE);
                if (!(parentPrototype instanceof JSObject) && parentPrototype != Null.INSTANCE) {
                    throw ClassErrors.typeError(this, "Class extends value does not have valid prototype property " + display(parentPrototype));
                }
                protoParent = parentPrototype;
                constructorParent = parent;
            } else {
                throw ClassErrors.typeError(this, "Class extends value " + display(superclass) + " is not a constructor or null");
            }
        }
        JSObject prototype = protoParent instanceof JSObject p ? JSObject.create(p.instanceShape(GjsLanguage.get(this).getRootShapes()))
                        : JSObject.create(JSRealm.withPrototype(realm.getRootShapes().ordinary(), Null.INSTANCE));
        JSFunctionObject constructor = realm.newFunction(constructorData, env);
        setUp(constructor, prototype, constructorParent, realm.getFunctionPrototype());
        env.set(prototypeIndex, prototype);
        env.set(constructorIndex, constructor);
        for (int i = 0; i < privateNameIndices.length; i++) {
            env.set(privateNameIndices[i], new PrivateName(privateNames[i], privateMethods[i]));
        }
        if (instanceInitializer != null) {
            env.set(initializerIndex, realm.newFunction(instanceInitializer, env));
        }
        for (ClassElementNode element : elements) {
            element.execute(frame, prototype, constructor);
        }
        return constructor;
    }

    @TruffleBoundary
    private void setUp(JSFunctionObject constructor, JSObject prototype, JSObject constructorParent, JSObject functionPrototype) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        if (constructorParent != functionPrototype) {
            lib.putConstant(constructor, JSObject.PROTOTYPE_KEY, constructorParent, 0);
        }
        lib.putWithFlags(constructor, Strings.LENGTH, constructorData.getLength(), PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE);
        lib.putWithFlags(constructor, Strings.NAME, constructorData.getNameString(), PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE);
        lib.putWithFlags(constructor, Strings.PROTOTYPE, prototype, PropertyFlags.NOT_ENUMERABLE | PropertyFlags.NOT_WRITABLE | PropertyFlags.NOT_CONFIGURABLE);
        lib.putWithFlags(prototype, Strings.CONSTRUCTOR, constructor, PropertyFlags.NOT_ENUMERABLE);
    }

    @TruffleBoundary
    private static String display(Object value) {
        if (value instanceof JSFunctionObject f) {
            return "[Function: " + f.getData().getName() + "]";
        }
        if (value instanceof JSObject) {
            return "#<Object>";
        }
        return Strings.toJava(Conversions.toDisplayStringUncached(value));
    }
}
