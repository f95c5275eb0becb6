package org.gjs.lang.parser;

import static org.gjs.lang.parser.Tok.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gjs.lang.parser.ast.*;

/**
 * Recursive-descent ECMAScript parser producing an ESTree-shaped AST ({@link org.gjs.lang.parser.ast}). Entry point:
 * {@link #parse(String, ParseOptions)}. Throws {@link JsSyntaxError} for syntax and early errors; no other exception
 * escapes (nesting too deep for the Java stack gives errorType "RangeError", "Maximum call stack size exceeded").
 *
 * <p>AST conventions and deviations from plain ESTree:
 * <ul>
 * <li>{@code Literal} carries a {@code kind} (NULL, BOOLEAN, NUMBER, STRING, BIGINT, REGEX); numbers are Double;
 * BigInt digits are in {@code bigint} (source radix prefix kept, separators removed); regex parts in
 * {@code regexPattern}/{@code regexFlags}.</li>
 * <li>{@code Super} and {@code PrivateIdentifier} implement Expression but only occur as documented on their nodes.</li>
 * <li>Child lists are immutable; {@code ArrayExpression.elements} and {@code ArrayPattern.elements} use null for
 * holes.</li>
 * <li>Cover grammar results never leak: object/array literals that are assignment targets become ObjectPattern/
 * ArrayPattern, shorthand defaults become AssignmentPattern.</li>
 * <li>In sloppy code a CallExpression may be the target of =, compound assignment, ++/-- and for-in/of heads (Annex B
 * web compatibility); it must throw a ReferenceError at run time after evaluating the call.</li>
 * <li>A FunctionDeclaration used as the body of an if/else in sloppy code (Annex B) is wrapped in a synthetic
 * BlockStatement spanning the declaration.</li>
 * <li>{@code ImportDeclaration.phase}/{@code ImportExpression.phase}: null, "source" or "defer" (proposals);
 * {@code ImportExpression.options} is the optional second argument of {@code import()}.</li>
 * <li>Method values (MethodDefinition.value, method Property values) are FunctionExpressions starting at '('.</li>
 * <li>{@code VariableDeclaration.kind} may also be "using" and "await using" (explicit resource management).</li>
 * </ul>
 */
public final class Parser {
    static final String[] PREINTERNED = {"break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false",
                    "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
                    "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "async", "of", "get", "set",
                    "constructor", "arguments", "eval", "target", "meta", "from", "as", "prototype", "__proto__", "using", "source", "defer"};

    private static final Set<String> KEYWORDS = new HashSet<>(List.of("break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
                    "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true",
                    "try", "typeof", "var", "void", "while", "with"));
    private static final Set<String> STRICT_RESERVED = new HashSet<>(List.of("implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"));

    private final Lexer lx;
    private final ParseOptions options;
    private final String fileName;
    private final String source;
    private SourcePositions positions;

    // ---- context ----
    boolean strict;
    private boolean inFunction;
    private boolean inGenerator;
    private boolean inAsync;
    private boolean awaitReserved; // module code or static block: 'await' can't be an identifier
    private boolean inClassFieldInit;
    private boolean inStaticBlock;
    private boolean allowSuperProp;
    private boolean allowSuperCall;
    private boolean allowNewTarget;
    private boolean noIn;
    private int loopDepth;
    private int switchDepth;
    private ArrayList<String[]> labels = new ArrayList<>(); // {name, "loop"|"plain"}

    // ---- cover grammar bookkeeping ----
    /** first deferred cover error (CoverInitializedName, duplicate __proto__) or -1 */
    private int coverErrPos = -1;
    private String coverErrMsg;
    private int lastYieldPos = -1;
    private int lastAwaitPos = -1;
    /** arrow produced by parsePrimary, must be the whole AssignmentExpression */
    private Node pendingArrow;
    /** parenthesized expressions (excluding member/call expressions) */
    private final Set<Node> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    /** SpreadElements followed by a trailing comma in array/object literals */
    private final Set<Node> spreadWithTrailingComma = Collections.newSetFromMap(new IdentityHashMap<>());
    /** private-name scopes of the enclosing classes */
    private PrivateScope privateScope;

    private static final class PrivateScope {
        final PrivateScope outer;
        final Map<String, String> declared = new HashMap<>();
        final List<Object[]> refs = new ArrayList<>(); // {name, pos}

        PrivateScope(PrivateScope outer) {
            this.outer = outer;
        }
    }

    private Parser(String source, ParseOptions options) {
        this.options = options;
        this.source = source;
        this.fileName = options.fileName();
        this.lx = new Lexer(source, options.module(), this);
    }

    public static Program parse(String source, ParseOptions options) {
        Parser p = new Parser(source, options);
        try {
            Program prog = p.parseProgram();
            ScopeAnalyzer.analyze(prog, p);
            return prog;
        } catch (JsSyntaxError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new JsSyntaxError("RangeError", "Maximum call stack size exceeded", p.fileName, 0, 1, 1);
        } catch (RuntimeException e) {
            int at = Math.min(p.lx.start, source.length());
            throw p.error(at, "Unexpected token (internal: " + e + ")");
        }
    }

    // ---- errors ----
    JsSyntaxError error(int at, String msg) {
        if (positions == null) {
            positions = SourcePositions.of(source);
        }
        return new JsSyntaxError("SyntaxError", msg, fileName, at, positions.line(at), positions.column(at));
    }

    private JsSyntaxError unexpected() {
        return error(lx.start, unexpectedMessage());
    }

    private String unexpectedMessage() {
        switch (lx.type) {
            case EOF:
                return "Unexpected end of input";
            case NUM:
            case BIGINT:
                return "Unexpected number";
            case STRING:
                return "Unexpected string";
            case TEMPLATE:
                return "Unexpected template string";
            case REGEX:
                return "Unexpected regular expression";
            case PRIVATE_NAME:
                return "Unexpected identifier '#" + lx.value + "'";
            case NAME:
                if (KEYWORDS.contains(lx.value) && !lx.escaped) {
                    return "Unexpected token '" + lx.value + "'";
                }
                if (strict && STRICT_RESERVED.contains(lx.value)) {
                    return "Unexpected strict mode reserved word";
                }
                return "Unexpected identifier '" + lx.value + "'";
            default:
                return "Unexpected token '" + Tok.TEXT[lx.type] + "'";
        }
    }

    // ---- token helpers ----
    private void next() {
        lx.next();
    }

    private boolean is(int t) {
        return lx.type == t;
    }

    private boolean isName(String kw) {
        return lx.type == NAME && lx.value == kw && !lx.escaped;
    }

    /** keyword check that reports escaped keywords */
    private boolean isKw(String kw) {
        if (lx.type == NAME && lx.value == kw) {
            if (lx.escaped) {
                throw error(lx.start, "Keyword must not contain escaped characters");
            }
            return true;
        }
        return false;
    }

    private boolean eat(int t) {
        if (lx.type == t) {
            next();
            return true;
        }
        return false;
    }

    private void expect(int t) {
        if (lx.type != t) {
            throw unexpected();
        }
        next();
    }

    private void expectName(String kw) {
        if (!isName(kw)) {
            throw unexpected();
        }
        next();
    }

    private void semicolon() {
        if (lx.type == SEMI) {
            next();
            return;
        }
        if (lx.type == RBRACE || lx.type == EOF || lx.newlineBefore) {
            return;
        }
        throw unexpected();
    }

    private boolean canInsertSemicolon() {
        return lx.type == SEMI || lx.type == RBRACE || lx.type == EOF || lx.newlineBefore;
    }

    /** Peek the type of the token after the current one (and whether a newline precedes it). */
    private int peekType;
    private boolean peekNewline;
    private String peekValue;
    private boolean peekEscaped;

    private void peek() {
        long[] s = lx.saveState();
        Object[] r = lx.saveRefs();
        try {
            lx.next();
            peekType = lx.type;
            peekNewline = lx.newlineBefore;
            peekValue = lx.value;
            peekEscaped = lx.escaped;
        } catch (JsSyntaxError e) {
            peekType = -1;
            peekNewline = false;
            peekValue = null;
        } finally {
            lx.restoreState(s, r);
        }
    }

    private int end() {
        return lx.prevEnd;
    }

    private static <T> List<T> list(List<T> l) {
        return l.isEmpty() ? List.of() : Collections.unmodifiableList(l);
    }

    // ---- identifiers ----
    private boolean isReservedWord(String name) {
        if (KEYWORDS.contains(name)) {
            return true;
        }
        if (strict && STRICT_RESERVED.contains(name)) {
            return true;
        }
        return false;
    }

    /** Validate an identifier used as reference or binding. */
    /** Does the identifier at pos contain a unicode escape? (only used on error paths) */
    private boolean escapedAt(int pos) {
        char[] src = lx.src;
        for (int i = pos; i < src.length; i++) {
            char c = src[i];
            if (c == '\\') {
                return true;
            }
            if (!(Lexer.isAsciiIdentPart(c) || c > 127)) {
                return false;
            }
        }
        return false;
    }

    private JsSyntaxError reservedError(int pos, String msg) {
        return error(pos, escapedAt(pos) ? "Keyword must not contain escaped characters" : msg);
    }

    private void checkIdent(String name, int pos, boolean binding) {
        if (KEYWORDS.contains(name)) {
            throw reservedError(pos, "Unexpected token '" + name + "'");
        }
        if (strict && STRICT_RESERVED.contains(name)) {
            throw error(pos, "Unexpected strict mode reserved word");
        }
        if (name == "yield") {
            if (inGenerator) {
                throw error(pos, "Unexpected identifier 'yield'");
            }
        } else if (name == "await") {
            if (inAsync || awaitReserved) {
                throw error(pos, "Unexpected reserved word");
            }
            lastAwaitPos = pos;
        } else if (name == "arguments") {
            if (inClassFieldInit && !binding) {
                throw error(pos, "'arguments' is not allowed in class field initializer or static initialization block");
            }
            if (binding && strict) {
                throw error(pos, "Unexpected eval or arguments in strict mode");
            }
        } else if (name == "eval") {
            if (binding && strict) {
                throw error(pos, "Unexpected eval or arguments in strict mode");
            }
        } else if (name == "enum") {
            throw reservedError(pos, "Unexpected reserved word");
        }
    }

    private Identifier parseIdentifier(boolean binding) {
        if (lx.type != NAME) {
            throw unexpected();
        }
        String name = lx.value;
        int s = lx.start;
        checkIdent(name, s, binding);
        next();
        return new Identifier(s, lx.prevEnd, name);
    }

    /** IdentifierName (any name incl. keywords), e.g. after '.'. */
    private Identifier parseIdentifierName() {
        if (lx.type != NAME) {
            throw unexpected();
        }
        Identifier id = new Identifier(lx.start, lx.end, lx.value);
        next();
        return id;
    }

    // ---- context save/restore ----
    private final class Ctx {
        final boolean strict0 = strict, inFunction0 = inFunction, inGenerator0 = inGenerator, inAsync0 = inAsync, awaitReserved0 = awaitReserved, inClassFieldInit0 = inClassFieldInit,
                        inStaticBlock0 = inStaticBlock, allowSuperProp0 = allowSuperProp, allowSuperCall0 = allowSuperCall, allowNewTarget0 = allowNewTarget, noIn0 = noIn, inParams0 = inParams;
        final int loopDepth0 = loopDepth, switchDepth0 = switchDepth, lastYield0 = lastYieldPos, lastAwait0 = lastAwaitPos, coverErrPos0 = coverErrPos;
        final String coverErrMsg0 = coverErrMsg;
        final ArrayList<String[]> labels0 = labels;

        void restore() {
            strict = strict0;
            inFunction = inFunction0;
            inGenerator = inGenerator0;
            inAsync = inAsync0;
            awaitReserved = awaitReserved0;
            inClassFieldInit = inClassFieldInit0;
            inStaticBlock = inStaticBlock0;
            allowSuperProp = allowSuperProp0;
            allowSuperCall = allowSuperCall0;
            allowNewTarget = allowNewTarget0;
            noIn = noIn0;
            inParams = inParams0;
            loopDepth = loopDepth0;
            switchDepth = switchDepth0;
            lastYieldPos = lastYield0;
            lastAwaitPos = lastAwait0;
            coverErrPos = coverErrPos0;
            coverErrMsg = coverErrMsg0;
            labels = labels0;
        }
    }

    // =====================================================================================
    // Program and statements
    // =====================================================================================
    private Program parseProgram() {
        boolean module = options.module();
        strict = module || options.strict();
        awaitReserved = module;
        inAsync = module; // top-level await
        next();
        List<ModuleItem> body = new ArrayList<>();
        parseDirectives(body, true);
        while (lx.type != EOF) {
            if (module && isName("import")) {
                peek();
                if (peekType != LPAREN && peekType != DOT) {
                    body.add(parseImport());
                    continue;
                }
            } else if (module && isName("export")) {
                body.add(parseExport());
                continue;
            }
            body.add(parseStatementListItem(true));
        }
        if (module) {
            ModuleChecks.check(this, body);
        }
        return new Program(0, source.length(), list(body), module ? "module" : "script", strict);
    }

    /**
     * Parses the directive prologue into body. Returns true if it contains "use strict" (strict is then set).
     */
    private int useStrictPos;

    private <T> boolean parseDirectives(List<T> body, boolean topLevel) {
        boolean useStrict = false;
        int firstOctal = -1;
        while (lx.type == STRING) {
            int s = lx.start;
            int octal = lx.octalPos;
            int tokEnd = lx.end;
            String rawDirective = lx.text(s + 1, tokEnd - 1);
            Statement st = parseStatement(true);
            @SuppressWarnings("unchecked")
            List<Object> b = (List<Object>) body;
            if (st instanceof ExpressionStatement es && es.expression() instanceof Literal lit && lit.start() == s && lit.end() == tokEnd) {
                b.add(new ExpressionStatement(es.start(), es.end(), es.expression(), rawDirective));
                if (octal >= 0 && firstOctal < 0) {
                    firstOctal = octal;
                }
                if (rawDirective.equals("use strict")) {
                    if (!useStrict) {
                        useStrictPos = s;
                    }
                    useStrict = true;
                    if (!strict) {
                        strict = true;
                    }
                    if (firstOctal >= 0) {
                        char oc = lx.src[firstOctal + 1];
                        throw error(firstOctal + 1, oc == '8' || oc == '9' ? "\\8 and \\9 are not allowed in strict mode." : "Octal escape sequences are not allowed in strict mode.");
                    }
                }
            } else {
                b.add(st);
                break;
            }
        }
        return useStrict;
    }

    private Statement parseStatementListItem(boolean topLevel) {
        if (lx.type == NAME && !lx.escaped) {
            String v = lx.value;
            if (v == "function") {
                return parseFunctionDeclaration(lx.start, false, false);
            } else if (v == "class") {
                return parseClassDeclaration(false);
            } else if (v == "const") {
                return parseVarStatement("const");
            } else if (v == "let") {
                peek();
                if (peekType == LBRACK || peekType == LBRACE || (peekType == NAME && !(KEYWORDS.contains(peekValue) && !peekEscaped && peekValue != "yield"))) {
                    return parseVarStatement("let");
                }
            } else if (v == "async") {
                peek();
                if (peekType == NAME && peekValue == "function" && !peekNewline && !peekEscaped) {
                    int s = lx.start;
                    next();
                    return parseFunctionDeclaration(s, true, false);
                }
            } else if (v == "using" || v == "await") {
                Statement u = tryParseUsing();
                if (u != null) {
                    return u;
                }
            }
        }
        labelledFnAllowed = true;
        return parseStatement(false);
    }

    private boolean labelledFnAllowed;

    private Statement tryParseUsing() {
        // `using x = ...` / `await using x = ...` (explicit resource management)
        int s = lx.start;
        if (lx.value == "using") {
            peek();
            if (peekType == NAME && !peekNewline && peekValue != "in") {
                if (!inFunction && !options.module() && isTopLevelScript()) {
                    return null;
                }
                next();
                return finishVarStatement(s, "using");
            }
            return null;
        }
        if (lx.value == "await" && (inAsync) && !lx.escaped) {
            long[] st = lx.saveState();
            Object[] r = lx.saveRefs();
            next();
            if (isName("using") && !lx.newlineBefore) {
                peek();
                if (peekType == NAME && !peekNewline) {
                    next();
                    return finishVarStatement(s, "await using");
                }
            }
            lx.restoreState(st, r);
        }
        return null;
    }

    private int blockDepth;

    private boolean isTopLevelScript() {
        return blockDepth == 0;
    }

    private VariableDeclaration finishVarStatement(int s, String kind) {
        VariableDeclaration d = parseVarDeclarations(s, kind, false);
        semicolon();
        return new VariableDeclaration(s, end(), d.declarations(), kind);
    }

    private Statement parseStatement(boolean directivePos) {
        int s = lx.start;
        switch (lx.type) {
            case LBRACE:
                return parseBlock();
            case SEMI:
                next();
                return new EmptyStatement(s, end());
            case NAME:
                if (!lx.escaped) {
                    switch (lx.value) {
                        case "var":
                            return parseVarStatement("var");
                        case "if":
                            return parseIf();
                        case "for":
                            return parseFor();
                        case "while": {
                            next();
                            expect(LPAREN);
                            Expression test = parseExpression();
                            expect(RPAREN);
                            Statement body = parseLoopBody();
                            return new WhileStatement(s, end(), test, body);
                        }
                        case "do": {
                            next();
                            Statement body = parseLoopBody();
                            expectName("while");
                            expect(LPAREN);
                            Expression test = parseExpression();
                            expect(RPAREN);
                            eat(SEMI);
                            return new DoWhileStatement(s, end(), body, test);
                        }
                        case "return": {
                            if (!inFunction) {
                                throw error(s, "Illegal return statement");
                            }
                            next();
                            Expression arg = null;
                            if (!canInsertSemicolon()) {
                                arg = parseExpression();
                            }
                            semicolon();
                            return new ReturnStatement(s, end(), arg);
                        }
                        case "break":
                        case "continue":
                            return parseBreakContinue(lx.value == "break");
                        case "throw": {
                            next();
                            if (lx.newlineBefore) {
                                throw error(s, "Illegal newline after throw");
                            }
                            Expression arg = parseExpression();
                            semicolon();
                            return new ThrowStatement(s, end(), arg);
                        }
                        case "try":
                            return parseTry();
                        case "switch":
                            return parseSwitch();
                        case "with": {
                            if (strict) {
                                throw error(s, "Strict mode code may not include a with statement");
                            }
                            next();
                            expect(LPAREN);
                            Expression obj = parseExpression();
                            expect(RPAREN);
                            Statement body = parseSubStatement();
                            return new WithStatement(s, end(), obj, body);
                        }
                        case "debugger":
                            next();
                            semicolon();
                            return new DebuggerStatement(s, end());
                        case "function":
                            throw error(s, strict ? "In strict mode code, functions can only be declared at top level or inside a block." : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
                        case "class":
                            throw unexpected();
                        case "const":
                            throw unexpected();
                        case "let": {
                            peek();
                            if (peekType == LBRACK) {
                                throw error(s, "Lexical declaration cannot appear in a single-statement context");
                            }
                            if ((peekType == NAME && !(KEYWORDS.contains(peekValue) && !peekEscaped) || peekType == LBRACE) && !peekNewline) {
                                throw error(s, "Lexical declaration cannot appear in a single-statement context");
                            }
                            break;
                        }
                        case "async": {
                            peek();
                            if (peekType == NAME && peekValue == "function" && !peekNewline) {
                                throw error(s, "Async functions can only be declared at the top level or inside a block.");
                            }
                            break;
                        }
                        case "import": {
                            peek();
                            if (peekType != LPAREN && peekType != DOT) {
                                throw error(s, "Cannot use import statement outside a module");
                            }
                            break;
                        }
                        case "export":
                            throw error(s, "Unexpected token 'export'");
                        default:
                            break;
                    }
                }
                // labelled statement? decided after parsing the expression (no lookahead needed)
                if (lx.value != "yield" || !inGenerator) {
                    long[] st = lx.saveStateIfIdentFollowedByColon();
                    if (st != null && !(lx.value == "await" && (inAsync || awaitReserved))) {
                        return parseLabeled();
                    }
                }
                break;
            default:
                break;
        }
        Expression e = parseExpression();
        semicolon();
        return new ExpressionStatement(s, end(), e, null);
    }

    private Statement parseSubStatement() {
        labelledFnAllowed = false;
        return parseStatement(false);
    }

    private Statement parseLoopBody() {
        loopDepth++;
        Statement b = parseSubStatement();
        loopDepth--;
        return b;
    }

    private BlockStatement parseBlock() {
        int s = lx.start;
        expect(LBRACE);
        blockDepth++;
        List<Statement> body = new ArrayList<>();
        while (lx.type != RBRACE) {
            if (lx.type == EOF) {
                throw unexpected();
            }
            body.add(parseStatementListItem(false));
        }
        blockDepth--;
        next();
        return new BlockStatement(s, end(), list(body));
    }

    private Statement parseVarStatement(String kind) {
        int s = lx.start;
        next();
        VariableDeclaration d = parseVarDeclarations(s, kind, false);
        semicolon();
        return new VariableDeclaration(s, end(), d.declarations(), kind);
    }

    /** After the kind keyword. inFor: initializers optional for const, patterns too. */
    private VariableDeclaration parseVarDeclarations(int s, String kind, boolean inFor) {
        List<VariableDeclarator> decls = new ArrayList<>();
        boolean lexical = kind != "var";
        do {
            int ds = lx.start;
            Pattern id;
            if (kind.endsWith("using")) {
                id = parseIdentifier(true);
            } else {
                id = parseBindingTarget();
            }
            if (lexical) {
                checkLexicalNames(id);
            }
            Expression init = null;
            if (eat(ASSIGN)) {
                init = parseAssign();
            } else if (!inFor || !(isName("in") || isName("of"))) {
                if (kind == "const" || kind.endsWith("using")) {
                    throw error(id.start(), "Missing initializer in " + (kind == "const" ? "const" : "using") + " declaration");
                }
                if (!(id instanceof Identifier)) {
                    throw error(id.start(), "Missing initializer in destructuring declaration");
                }
            }
            decls.add(new VariableDeclarator(ds, end(), id, init));
        } while (eat(COMMA));
        return new VariableDeclaration(s, end(), list(decls), kind);
    }

    private void checkLexicalNames(Pattern p) {
        forEachBoundName(p, id -> {
            if (id.name() == "let") {
                throw error(id.start(), "let is disallowed as a lexically bound name");
            }
        });
    }

    static void forEachBoundName(Node p, java.util.function.Consumer<Identifier> f) {
        if (p == null) {
            return;
        }
        switch (p) {
            case Identifier id -> f.accept(id);
            case ObjectPattern op -> {
                List<? extends Node> l1 = op.properties();
                for (int i1 = 0, n1 = l1.size(); i1 < n1; i1++) {
                    Node n = l1.get(i1);
                    if (n instanceof Property prop) {
                        forEachBoundName(prop.value(), f);
                    } else {
                        forEachBoundName(n, f);
                    }
                }
            }
            case ArrayPattern ap -> {
                List<? extends Pattern> l2 = ap.elements();
                for (int i2 = 0, n2 = l2.size(); i2 < n2; i2++) {
                    Pattern e = l2.get(i2);
                    forEachBoundName(e, f);
                }
            }
            case RestElement r -> forEachBoundName(r.argument(), f);
            case AssignmentPattern a -> forEachBoundName(a.left(), f);
            default -> {
            }
        }
    }

    /** if / else-if chains are parsed iteratively (generated code can have thousands of else-ifs). */
    private Statement parseIf() {
        List<Integer> starts = new ArrayList<>();
        List<Expression> tests = new ArrayList<>();
        List<Statement> conses = new ArrayList<>();
        Statement alt = null;
        while (true) {
            starts.add(lx.start);
            next();
            expect(LPAREN);
            tests.add(parseExpression());
            expect(RPAREN);
            conses.add(parseIfBody());
            if (isKw("else")) {
                next();
                if (isName("if")) {
                    continue;
                }
                alt = parseIfBody();
            }
            break;
        }
        int e = end();
        Statement result = alt;
        for (int i = starts.size() - 1; i >= 0; i--) {
            result = new IfStatement(starts.get(i), e, tests.get(i), conses.get(i), result);
        }
        return result;
    }

    private Statement parseIfBody() {
        if (!strict && isName("function")) {
            // Annex B: FunctionDeclaration in IfStatement clauses
            int s = lx.start;
            FunctionDeclaration f = parseFunctionDeclaration(s, false, true);
            if (f.generator()) {
                throw error(s, "Generators can only be declared at the top level or inside a block.");
            }
            return new BlockStatement(s, end(), List.of(f));
        }
        return parseSubStatement();
    }

    private Statement parseLabeled() {
        int s = lx.start;
        Identifier label = parseIdentifier(false);
        expect(COLON);
        for (String[] l : labels) {
            if (l[0] == label.name()) {
                throw error(s, "Label '" + label.name() + "' has already been declared");
            }
        }
        boolean loop = isName("for") || isName("while") || isName("do");
        String[] entry = {label.name(), loop ? "loop" : "plain"};
        // consecutive labels on a loop are all loop labels
        labels.add(entry);
        Statement body;
        if (isName("function")) {
            if (strict || !labelledFnAllowed) {
                throw error(lx.start, strict ? "In strict mode code, functions can only be declared at top level or inside a block." : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
            }
            FunctionDeclaration f = parseFunctionDeclaration(lx.start, false, true);
            if (f.generator() || f.async()) {
                throw error(f.start(), "Generators can only be declared at the top level or inside a block.");
            }
            body = f;
        } else {
            if (lx.type == NAME && !loop) {
                // label: label2: for(...) -> mark both as loop labels
                peek();
                if (peekType == COLON) {
                    int idx = labels.size() - 1;
                    body = parseLabeledChain(entry);
                    labels.remove(idx);
                    return new LabeledStatement(s, end(), label, body);
                }
            }
            body = parseSubStatement();
        }
        labels.remove(labels.size() - 1);
        return new LabeledStatement(s, end(), label, body);
    }

    private Statement parseLabeledChain(String[] outer) {
        // find if the eventual statement is a loop: scan labels
        long[] st = lx.saveState();
        Object[] r = lx.saveRefs();
        boolean loop = false;
        try {
            while (lx.type == NAME) {
                peek();
                if (peekType != COLON) {
                    break;
                }
                next();
                next();
            }
            loop = isName("for") || isName("while") || isName("do");
        } catch (JsSyntaxError e) {
            // ignore
        }
        lx.restoreState(st, r);
        if (loop) {
            outer[1] = "loop";
        }
        return parseLabeled();
    }

    private Statement parseBreakContinue(boolean isBreak) {
        int s = lx.start;
        next();
        Identifier label = null;
        if (lx.type == NAME && !lx.newlineBefore && !(lx.type == SEMI)) {
            label = parseIdentifier(false);
            boolean found = false;
            for (int i = labels.size() - 1; i >= 0; i--) {
                String[] l = labels.get(i);
                if (l[0] == label.name()) {
                    if (!isBreak && l[1] != "loop") {
                        throw error(s, "Illegal continue statement: '" + label.name() + "' does not denote an iteration statement");
                    }
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw error(label.start(), "Undefined label '" + label.name() + "'");
            }
        } else if (isBreak) {
            if (loopDepth == 0 && switchDepth == 0) {
                throw error(s, "Illegal break statement");
            }
        } else if (loopDepth == 0) {
            throw error(s, "Illegal continue statement: no surrounding iteration statement");
        }
        semicolon();
        return isBreak ? new BreakStatement(s, end(), label) : new ContinueStatement(s, end(), label);
    }

    private Statement parseTry() {
        int s = lx.start;
        next();
        BlockStatement block = parseBlock();
        CatchClause handler = null;
        BlockStatement fin = null;
        if (isKw("catch")) {
            int cs = lx.start;
            next();
            Pattern param = null;
            if (eat(LPAREN)) {
                param = parseBindingTarget();
                expect(RPAREN);
            }
            BlockStatement body = parseBlock();
            handler = new CatchClause(cs, end(), param, body);
        }
        if (isKw("finally")) {
            next();
            fin = parseBlock();
        }
        if (handler == null && fin == null) {
            throw error(end() - 1, "Missing catch or finally after try");
        }
        return new TryStatement(s, end(), block, handler, fin);
    }

    private Statement parseSwitch() {
        int s = lx.start;
        next();
        expect(LPAREN);
        Expression disc = parseExpression();
        expect(RPAREN);
        expect(LBRACE);
        List<SwitchCase> cases = new ArrayList<>();
        boolean hasDefault = false;
        switchDepth++;
        blockDepth++;
        while (!eat(RBRACE)) {
            int cs = lx.start;
            Expression test = null;
            if (isKw("case")) {
                next();
                test = parseExpression();
            } else if (isKw("default")) {
                if (hasDefault) {
                    throw error(cs, "More than one default clause in switch statement");
                }
                hasDefault = true;
                next();
            } else {
                throw unexpected();
            }
            expect(COLON);
            List<Statement> cons = new ArrayList<>();
            while (lx.type != RBRACE && lx.type != EOF && !isName("case") && !isName("default")) {
                Statement st = parseStatementListItem(false);
                if (st instanceof VariableDeclaration vd && vd.kind().endsWith("using")) {
                    throw error(st.start(), "Using declarations are not allowed in case clauses");
                }
                cons.add(st);
            }
            if (lx.type == EOF) {
                throw unexpected();
            }
            cases.add(new SwitchCase(cs, end(), test, list(cons)));
        }
        blockDepth--;
        switchDepth--;
        return new SwitchStatement(s, end(), disc, list(cases));
    }

    private Statement parseFor() {
        int s = lx.start;
        next();
        boolean isAwait = false;
        if (isName("await")) {
            if (!inAsync) {
                throw unexpected();
            }
            isAwait = true;
            next();
        }
        expect(LPAREN);
        Node init = null;
        boolean savedNoIn = noIn;
        if (lx.type == SEMI) {
            if (isAwait) {
                throw unexpected();
            }
        } else {
            int is = lx.start;
            String kind = null;
            if (isName("var") || isName("const")) {
                kind = lx.value;
                next();
            } else if (isName("let")) {
                peek();
                if (peekType == NAME || peekType == LBRACK || peekType == LBRACE) {
                    if (!(peekType == NAME && peekValue == "in")) {
                        kind = "let";
                        next();
                    }
                }
            } else if (isName("using")) {
                peek();
                if (peekType == NAME && !peekNewline && peekValue != "of" && peekValue != "in") {
                    kind = "using";
                    next();
                } else if (peekType == NAME && peekValue == "of" && !peekNewline && usingOfIsDeclaration()) {
                    kind = "using";
                    next();
                }
            } else if (isName("await") && inAsync) {
                long[] st = lx.saveState();
                Object[] r = lx.saveRefs();
                next();
                if (isName("using") && !lx.newlineBefore) {
                    peek();
                    if (peekType == NAME && !peekNewline) {
                        kind = "await using";
                        next();
                    }
                }
                if (kind == null) {
                    lx.restoreState(st, r);
                }
            }
            if (kind != null) {
                noIn = true;
                VariableDeclaration decl = parseVarDeclarations(is, kind, true);
                noIn = savedNoIn;
                if ((isName("of") || isName("in")) && decl.declarations().size() == 1) {
                    boolean of = isName("of");
                    VariableDeclarator d = decl.declarations().get(0);
                    if (d.init() != null) {
                        if (of || strict || kind != "var" || !(d.id() instanceof Identifier)) {
                            throw error(is, of ? (isAwait ? "for-await-of" : "for-of") + " loop variable declaration may not have an initializer." : "for-in loop variable declaration may not have an initializer.");
                        }
                    }
                    if (!of && kind.endsWith("using")) {
                        throw unexpected();
                    }
                    return parseForInOf(s, decl, of, isAwait);
                }
                if (isName("of") || isName("in")) {
                    throw error(decl.declarations().get(0).start(), "Invalid left-hand side in " + (isName("of") ? "for-of" : "for-in") + " loop: Must have a single binding.");
                }
                List<? extends VariableDeclarator> l3 = decl.declarations();
                for (int i3 = 0, n3 = l3.size(); i3 < n3; i3++) {
                    VariableDeclarator d = l3.get(i3);
                    if (d.init() == null && (kind == "const" || kind.endsWith("using") || !(d.id() instanceof Identifier))) {
                        throw error(d.end(), kind == "const" ? "Missing initializer in const declaration" : "Missing initializer in destructuring declaration");
                    }
                }
                init = decl;
            } else {
                boolean startsWithLet = isName("let");
                boolean startsWithAsync = isName("async") && !lx.escaped;
                int saveCover = coverErrPos;
                String saveMsg = coverErrMsg;
                coverErrPos = -1;
                noIn = true;
                int exprStart = lx.start;
                Expression e = parseExpressionCover();
                noIn = savedNoIn;
                if (isName("of") || isName("in")) {
                    boolean of = isName("of");
                    if (of && startsWithLet) {
                        throw error(exprStart, "The left-hand side of a for-of loop may not be 'let'.");
                    }
                    if (of && startsWithAsync && e instanceof Identifier && !isAwait) {
                        throw error(exprStart, "The left-hand side of a for-of loop may not be 'async'.");
                    }
                    Pattern target = e instanceof CallExpression ? checkSimpleTarget(e, exprStart, "Invalid left-hand side in for-loop", true) :
                                    toAssignTarget(e, exprStart, "Invalid left-hand side in for-loop");
                    coverErrPos = saveCover;
                    coverErrMsg = saveMsg;
                    return parseForInOf(s, target, of, isAwait);
                }
                if (coverErrPos >= 0) {
                    throw error(coverErrPos, coverErrMsg);
                }
                coverErrPos = saveCover;
                coverErrMsg = saveMsg;
                init = e;
            }
        }
        if (isAwait) {
            throw unexpected();
        }
        expect(SEMI);
        Expression test = lx.type == SEMI ? null : parseExpression();
        expect(SEMI);
        Expression update = lx.type == RPAREN ? null : parseExpression();
        expect(RPAREN);
        Statement body = parseLoopBody();
        return new ForStatement(s, end(), init, test, update, body);
    }

    /** At 'using' followed by 'of': `for (using of = x;;)` / `for (using of of y)` declare a binding named 'of'. */
    private boolean usingOfIsDeclaration() {
        long[] st = lx.saveState();
        Object[] r = lx.saveRefs();
        try {
            lx.next();
            lx.next();
            return lx.type == ASSIGN || lx.type == SEMI || (lx.type == NAME && lx.value == "of");
        } catch (JsSyntaxError e) {
            return false;
        } finally {
            lx.restoreState(st, r);
        }
    }

    private Statement parseForInOf(int s, Node left, boolean of, boolean isAwait) {
        if (isAwait && !of) {
            throw unexpected();
        }
        next();
        Expression right = of ? parseAssign() : parseExpression();
        expect(RPAREN);
        Statement body = parseLoopBody();
        return of ? new ForOfStatement(s, end(), left, right, body, isAwait) : new ForInStatement(s, end(), left, right, body);
    }

    // =====================================================================================
    // Functions
    // =====================================================================================
    private FunctionDeclaration parseFunctionDeclaration(int s, boolean async, boolean single) {
        next(); // 'function'
        boolean gen = eat(STAR);
        Identifier id = null;
        if (lx.type == NAME) {
            // name is bound in the enclosing scope: checked with enclosing context
            boolean saveGen = inGenerator;
            boolean saveAsync = inAsync;
            id = parseIdentifier(true);
            inGenerator = saveGen;
            inAsync = saveAsync;
        } else if (!inExportDefault) {
            throw lx.type == LPAREN ? error(lx.start, "Function statements require a function name") : unexpected();
        }
        inExportDefault = false;
        FunctionParts f = parseFunctionRest(s, id, gen, async, false, false, false, false);
        return new FunctionDeclaration(s, end(), id, f.params, f.body, gen, async, f.strict);
    }

    private boolean inExportDefault;

    private record FunctionParts(List<Pattern> params, BlockStatement body, boolean strict) {
    }

    private FunctionExpression parseFunctionExpression(int s, boolean async) {
        next(); // 'function'
        boolean gen = eat(STAR);
        Identifier id = null;
        if (lx.type == NAME) {
            Ctx c = new Ctx();
            inGenerator = gen;
            inAsync = async;
            awaitReserved = options.module() || async;
            inStaticBlock = false;
            id = parseIdentifier(true);
            c.restore();
        }
        FunctionParts f = parseFunctionRest(s, id, gen, async, false, false, false, false);
        return new FunctionExpression(s, end(), id, f.params, f.body, gen, async, f.strict);
    }

    /** At '(' of the parameter list. */
    private FunctionParts parseFunctionRest(int s, Identifier id, boolean gen, boolean async, boolean method, boolean superCall, boolean getter, boolean setter) {
        Ctx c = new Ctx();
        inFunction = true;
        inGenerator = gen;
        inAsync = async;
        awaitReserved = options.module() || async;
        inClassFieldInit = false;
        inStaticBlock = false;
        allowSuperProp = method;
        allowSuperCall = superCall;
        allowNewTarget = true;
        noIn = false;
        loopDepth = 0;
        switchDepth = 0;
        labels = new ArrayList<>();
        lastYieldPos = -1;
        lastAwaitPos = -1;
        int savedBlockDepth = blockDepth;
        blockDepth = 1;
        int ps = lx.start;
        expect(LPAREN);
        inParams = true;
        List<Pattern> params = parseFormalParams();
        inParams = false;
        if (getter && !params.isEmpty()) {
            throw error(ps, "Getter must not have any formal parameters.");
        }
        if (setter) {
            if (params.size() != 1) {
                throw error(ps, "Setter must have exactly one formal parameter.");
            }
            if (params.get(0) instanceof RestElement) {
                throw error(ps, "Setter function argument must not be a rest parameter");
            }
        }
        boolean simple = isSimpleParams(params);
        BlockStatement body = parseFunctionBody(params, simple, id, method || !simple || strict, false);
        boolean st = strict;
        blockDepth = savedBlockDepth;
        c.restore();
        return new FunctionParts(list(params), body, st);
    }

    private List<Pattern> parseFormalParams() {
        List<Pattern> params = new ArrayList<>();
        while (lx.type != RPAREN) {
            int ps = lx.start;
            if (eat(ELLIPSIS)) {
                Pattern arg = parseBindingTarget();
                if (is(ASSIGN)) {
                    throw error(lx.start, "Rest parameter may not have a default initializer");
                }
                params.add(new RestElement(ps, end(), arg));
                if (lx.type != RPAREN) {
                    throw error(lx.start, "Rest parameter must be last formal parameter");
                }
                break;
            }
            params.add(parseBindingElement());
            if (lx.type != RPAREN) {
                expect(COMMA);
            }
        }
        next();
        return params;
    }

    static boolean isSimpleParams(List<Pattern> params) {
        List<? extends Pattern> l4 = params;
        for (int i4 = 0, n4 = l4.size(); i4 < n4; i4++) {
            Pattern p = l4.get(i4);
            if (!(p instanceof Identifier)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses '{' body '}' with directive handling and validates the parameters against the final strictness.
     * uniqueParams: duplicates are never allowed (arrows, methods, non-simple lists, strict).
     */
    private BlockStatement parseFunctionBody(List<Pattern> params, boolean simple, Identifier id, boolean uniqueParams, boolean arrow) {
        int s = lx.start;
        expect(LBRACE);
        boolean wasStrict = strict;
        List<Statement> body = new ArrayList<>();
        boolean useStrict = parseDirectives(body, false);
        if (useStrict && !simple) {
            throw error(useStrictPos, "Illegal 'use strict' directive in function with non-simple parameter list");
        }
        if (strict && !wasStrict) {
            // retroactive checks
            if (id != null) {
                checkStrictBindingName(id);
            }
            List<? extends Pattern> l5 = params;
            for (int i5 = 0, n5 = l5.size(); i5 < n5; i5++) {
                Pattern p = l5.get(i5);
                forEachBoundName(p, this::checkStrictBindingName);
            }
        }
        checkDuplicateParams(params, uniqueParams || strict);
        while (lx.type != RBRACE) {
            if (lx.type == EOF) {
                throw unexpected();
            }
            body.add(parseStatementListItem(false));
        }
        next();
        return new BlockStatement(s, end(), list(body));
    }

    private void checkStrictBindingName(Identifier id) {
        String n = id.name();
        if (n == "eval" || n == "arguments") {
            throw error(id.start(), "Unexpected eval or arguments in strict mode");
        }
        if (STRICT_RESERVED.contains(n)) {
            throw error(id.start(), "Unexpected strict mode reserved word");
        }
    }

    private void checkDuplicateParams(List<Pattern> params, boolean unique) {
        if (params.isEmpty()) {
            return;
        }
        if (params.size() == 1 && params.get(0) instanceof Identifier) {
            return;
        }
        Set<String> seen = new HashSet<>();
        List<? extends Pattern> l6 = params;
        for (int i6 = 0, n6 = l6.size(); i6 < n6; i6++) {
            Pattern p = l6.get(i6);
            forEachBoundName(p, idn -> {
                if (!seen.add(idn.name()) && (unique || !isSimpleParams(params))) {
                    throw error(idn.start(), "Duplicate parameter name not allowed in this context");
                }
            });
        }
    }

    private Pattern parseBindingElement() {
        int s = lx.start;
        Pattern target = parseBindingTarget();
        if (eat(ASSIGN)) {
            Expression def = parseAssign();
            return new AssignmentPattern(s, end(), target, def);
        }
        return target;
    }

    private Pattern parseBindingTarget() {
        if (noIn && (lx.type == LBRACK || lx.type == LBRACE)) {
            noIn = false;
            try {
                return parseBindingTarget();
            } finally {
                noIn = true;
            }
        }
        int s = lx.start;
        if (lx.type == LBRACK) {
            next();
            List<Pattern> elems = new ArrayList<>();
            while (lx.type != RBRACK) {
                if (lx.type == COMMA) {
                    next();
                    elems.add(null);
                    continue;
                }
                int es = lx.start;
                if (eat(ELLIPSIS)) {
                    Pattern arg = parseBindingTarget();
                    if (lx.type == ASSIGN) {
                        throw error(es, "Invalid destructuring assignment target");
                    }
                    elems.add(new RestElement(es, end(), arg));
                    if (lx.type != RBRACK) {
                        throw error(lx.type == COMMA ? es : lx.start, lx.type == COMMA ? "Rest element must be last element" : unexpectedMessage());
                    }
                    break;
                }
                elems.add(parseBindingElement());
                if (lx.type != RBRACK) {
                    expect(COMMA);
                }
            }
            next();
            return new ArrayPattern(s, end(), Collections.unmodifiableList(elems));
        }
        if (lx.type == LBRACE) {
            next();
            List<Node> props = new ArrayList<>();
            while (lx.type != RBRACE) {
                int ps = lx.start;
                if (eat(ELLIPSIS)) {
                    Identifier arg = parseIdentifier(true);
                    props.add(new RestElement(ps, end(), arg));
                    if (lx.type != RBRACE) {
                        throw error(lx.start, "Rest element must be last element");
                    }
                    break;
                }
                boolean computed = lx.type == LBRACK;
                boolean identKey = lx.type == NAME;
                boolean keyEscaped = lx.escaped;
                Expression key = parsePropertyKey();
                Pattern value;
                boolean shorthand = false;
                if (eat(COLON)) {
                    value = parseBindingElement();
                } else {
                    if (!identKey) {
                        throw unexpected();
                    }
                    Identifier k = (Identifier) key;
                    checkIdent(k.name(), k.start(), true);
                    if (keyEscaped && KEYWORDS.contains(k.name())) {
                        throw error(k.start(), "Keyword must not contain escaped characters");
                    }
                    shorthand = true;
                    value = k;
                    if (eat(ASSIGN)) {
                        Expression def = parseAssign();
                        value = new AssignmentPattern(ps, end(), k, def);
                    }
                }
                props.add(new Property(ps, end(), key, value, "init", false, shorthand, computed));
                if (lx.type != RBRACE) {
                    expect(COMMA);
                }
            }
            next();
            return new ObjectPattern(s, end(), list(props));
        }
        return parseIdentifier(true);
    }

    /** Property name: identifier name, string, number, bigint, or [computed]. */
    private Expression parsePropertyKey() {
        int s = lx.start;
        switch (lx.type) {
            case NAME:
                return parseIdentifierName();
            case STRING:
            case NUM:
            case BIGINT:
                return parseLiteral();
            case LBRACK: {
                next();
                boolean savedNoIn = noIn;
                noIn = false;
                Expression e = parseAssign();
                noIn = savedNoIn;
                expect(RBRACK);
                return e;
            }
            case PRIVATE_NAME:
                throw unexpected();
            default:
                throw unexpected();
        }
    }

    // =====================================================================================
    // Classes
    // =====================================================================================
    private ClassDeclaration parseClassDeclaration(boolean exportDefault) {
        int s = lx.start;
        next();
        Identifier id = null;
        if (lx.type == NAME && !(exportDefault && isName("extends"))) {
            boolean ws = strict;
            strict = true;
            id = parseIdentifier(true);
            strict = ws;
        } else if (!exportDefault) {
            throw unexpected();
        }
        Object[] parts = parseClassTail();
        return new ClassDeclaration(s, end(), id, (Expression) parts[0], (ClassBody) parts[1]);
    }

    private ClassExpression parseClassExpression() {
        int s = lx.start;
        next();
        Identifier id = null;
        if (lx.type == NAME && !isName("extends")) {
            boolean ws = strict;
            strict = true;
            id = parseIdentifier(true);
            strict = ws;
        }
        Object[] parts = parseClassTail();
        return new ClassExpression(s, end(), id, (Expression) parts[0], (ClassBody) parts[1]);
    }

    private Object[] parseClassTail() {
        boolean wasStrict = strict;
        strict = true;
        Expression superClass = null;
        if (isKw("extends")) {
            next();
            superClass = parseLeftHandSide();
            if (pendingArrow != null) {
                throw error(pendingArrow.start(), "Unexpected token '=>'");
            }
        }
        int bs = lx.start;
        expect(LBRACE);
        PrivateScope ps = new PrivateScope(privateScope);
        privateScope = ps;
        List<Node> elems = new ArrayList<>();
        boolean hasCtor = false;
        while (!eat(RBRACE)) {
            if (eat(SEMI)) {
                continue;
            }
            Node el = parseClassElement(superClass != null);
            if (el instanceof MethodDefinition md && md.kind() == "constructor") {
                if (hasCtor) {
                    throw error(md.start(), "A class may only have one constructor");
                }
                hasCtor = true;
            }
            elems.add(el);
        }
        privateScope = ps.outer;
        for (Object[] ref : ps.refs) {
            String n = (String) ref[0];
            if (!ps.declared.containsKey(n)) {
                if (ps.outer != null) {
                    ps.outer.refs.add(ref);
                } else {
                    throw error((Integer) ref[1], "Private field '#" + n + "' must be declared in an enclosing class");
                }
            }
        }
        strict = wasStrict;
        return new Object[]{superClass, new ClassBody(bs, end(), list(elems))};
    }

    private void declarePrivate(String name, String kind, boolean isStatic, int pos) {
        if (name.equals("constructor")) {
            throw error(pos, kind.equals("field") ? "Classes may not have a field named 'constructor'" : "Class constructor may not be a private method");
        }
        String k = (isStatic ? "static " : "") + kind;
        String prev = privateScope.declared.get(name);
        if (prev != null) {
            boolean ok = (prev.endsWith("get") && kind.equals("set") || prev.endsWith("set") && kind.equals("get")) && prev.startsWith("static") == isStatic;
            if (!ok) {
                throw error(pos, "Identifier '#" + name + "' has already been declared");
            }
            privateScope.declared.put(name, "pair");
        } else {
            privateScope.declared.put(name, k);
        }
    }

    private Node parseClassElement(boolean derived) {
        int s = lx.start;
        boolean isStatic = false;
        String kind = "method";
        boolean async = false;
        boolean gen = false;
        if (isName("static")) {
            peek();
            if (peekType != LPAREN && peekType != ASSIGN && peekType != SEMI && peekType != RBRACE) {
                if (peekType == LBRACE) {
                    next();
                    return parseStaticBlock(s);
                }
                isStatic = true;
                next();
            }
        }
        if (isName("async")) {
            peek();
            if (peekType != LPAREN && peekType != ASSIGN && peekType != SEMI && peekType != RBRACE && !peekNewline) {
                async = true;
                next();
            }
        }
        if (eat(STAR)) {
            gen = true;
        }
        if (!async && !gen && (isName("get") || isName("set"))) {
            peek();
            if (peekType != LPAREN && peekType != ASSIGN && peekType != SEMI && peekType != RBRACE && peekType != STAR && peekType != EOF) {
                kind = lx.value;
                next();
            }
        }
        int ks = lx.start;
        Node key;
        boolean computed = lx.type == LBRACK;
        String keyName = null;
        if (lx.type == PRIVATE_NAME) {
            keyName = lx.value;
            key = new PrivateIdentifier(lx.start, lx.end, lx.value);
            next();
        } else {
            Expression k = parsePropertyKey();
            key = k;
            if (!computed) {
                keyName = k instanceof Identifier id ? id.name() : k instanceof Literal l && l.value() instanceof String str ? str : null;
            }
        }
        boolean isPrivate = key instanceof PrivateIdentifier;
        if (lx.type == LPAREN) {
            boolean ctor = !isStatic && !isPrivate && "constructor".equals(keyName);
            if (ctor) {
                if (kind != "method") {
                    throw error(ks, "Class constructor may not be an accessor");
                }
                if (gen) {
                    throw error(ks, "Class constructor may not be a generator");
                }
                if (async) {
                    throw error(ks, "Class constructor may not be an async method");
                }
                kind = "constructor";
            }
            if (isStatic && "prototype".equals(keyName) && !isPrivate) {
                throw error(ks, "Classes may not have a static property named 'prototype'");
            }
            if (isPrivate) {
                declarePrivate(keyName, kind, isStatic, ks);
            }
            int fs = lx.start;
            FunctionParts f = parseFunctionRest(fs, null, gen, async, true, ctor && derived, kind == "get", kind == "set");
            FunctionExpression fn = new FunctionExpression(fs, end(), null, f.params, f.body, gen, async, true);
            return new MethodDefinition(s, end(), key, fn, kind, computed, isStatic);
        }
        if (async || gen || kind != "method") {
            // a method was announced by async/*/get/set but no '(' follows
            throw unexpected();
        }
        // field
        if ("constructor".equals(keyName) && !isPrivate) {
            throw error(ks, "Classes may not have a field named 'constructor'");
        }
        if (isStatic && ("prototype".equals(keyName) || "constructor".equals(keyName)) && !isPrivate) {
            throw error(ks, "Classes may not have a static property named '" + keyName + "'");
        }
        if (isPrivate) {
            declarePrivate(keyName, "field", isStatic, ks);
        }
        Expression value = null;
        if (eat(ASSIGN)) {
            Ctx c = new Ctx();
            inFunction = false;
            inGenerator = false;
            inAsync = false;
            awaitReserved = options.module();
            inClassFieldInit = true;
            inParams = false;
            allowSuperProp = true;
            allowSuperCall = false;
            allowNewTarget = true;
            noIn = false;
            labels = new ArrayList<>();
            value = parseAssign();
            c.restore();
        }
        semicolon();
        return new PropertyDefinition(s, end(), key, value, computed, isStatic);
    }

    private StaticBlock parseStaticBlock(int s) {
        Ctx c = new Ctx();
        inFunction = false;
        inGenerator = false;
        inAsync = false;
        awaitReserved = true;
        inStaticBlock = true;
        inClassFieldInit = true;
        inParams = false;
        allowSuperProp = true;
        allowSuperCall = false;
        allowNewTarget = true;
        loopDepth = 0;
        switchDepth = 0;
        labels = new ArrayList<>();
        expect(LBRACE);
        int sbd = blockDepth;
        blockDepth = 1;
        List<Statement> body = new ArrayList<>();
        while (lx.type != RBRACE) {
            if (lx.type == EOF) {
                throw unexpected();
            }
            body.add(parseStatementListItem(false));
        }
        next();
        blockDepth = sbd;
        c.restore();
        return new StaticBlock(s, end(), list(body));
    }

    // =====================================================================================
    // Expressions
    // =====================================================================================
    private boolean inParams;

    Expression parseExpression() {
        int s = lx.start;
        Expression e = parseAssign();
        if (lx.type == COMMA) {
            List<Expression> list = new ArrayList<>();
            list.add(e);
            while (eat(COMMA)) {
                list.add(parseAssign());
            }
            return new SequenceExpression(s, end(), list(list));
        }
        return e;
    }

    /** Expression whose cover errors may be resolved by the caller (for-in/of heads). */
    private Expression parseExpressionCover() {
        int s = lx.start;
        Expression e = parseAssignX(true);
        if (lx.type == COMMA) {
            if (coverErrPos >= 0) {
                throw error(coverErrPos, coverErrMsg);
            }
            List<Expression> list = new ArrayList<>();
            list.add(e);
            while (eat(COMMA)) {
                list.add(parseAssign());
            }
            return new SequenceExpression(s, end(), list(list));
        }
        return e;
    }

    Expression parseAssign() {
        return parseAssignX(false);
    }

    private Expression parseAssignX(boolean coverOk) {
        int s = lx.start;
        if (inGenerator && isName("yield")) {
            return parseYield();
        }
        if (inGenerator && lx.type == NAME && lx.value == "yield" && lx.escaped) {
            throw error(s, "Keyword must not contain escaped characters");
        }
        int savedCover = coverErrPos;
        String savedMsg = coverErrMsg;
        coverErrPos = -1;
        Expression left = parseConditional();
        if (pendingArrow != null) {
            if (pendingArrow != left) {
                throw error(pendingArrow.start(), "Malformed arrow function parameter list");
            }
            pendingArrow = null;
            if (Tok.isAssign(lx.type)) {
                throw error(lx.start, "Invalid left-hand side in assignment");
            }
            coverErrPos = savedCover;
            coverErrMsg = savedMsg;
            return left;
        }
        int t = lx.type;
        if (Tok.isAssign(t)) {
            String op = Tok.TEXT[t];
            Pattern target;
            if (t == ASSIGN && (left instanceof ObjectExpression || left instanceof ArrayExpression) && !parenthesized.contains(left)) {
                target = toAssignTarget(left, s, "Invalid left-hand side in assignment");
            } else {
                if (coverErrPos >= 0) {
                    throw error(coverErrPos, coverErrMsg);
                }
                target = checkSimpleTarget(left, s, "Invalid left-hand side in assignment", t != AND_ASSIGN && t != OR_ASSIGN && t != NULLISH_ASSIGN);
            }
            next();
            Expression right = parseAssign();
            coverErrPos = savedCover;
            coverErrMsg = savedMsg;
            return new AssignmentExpression(s, end(), op, target, right);
        }
        if (coverErrPos >= 0) {
            if (coverOk && (left instanceof ObjectExpression || left instanceof ArrayExpression) && !parenthesized.contains(left)) {
                if (savedCover < 0) {
                    savedCover = coverErrPos;
                    savedMsg = coverErrMsg;
                }
            } else {
                throw error(coverErrPos, coverErrMsg);
            }
        }
        coverErrPos = savedCover;
        coverErrMsg = savedMsg;
        return left;
    }

    private Pattern checkSimpleTarget(Expression e, int s, String msg) {
        return checkSimpleTarget(e, s, msg, false);
    }

    /** allowCall: Annex B web-compat call-expression targets in sloppy code (runtime ReferenceError). */
    private Pattern checkSimpleTarget(Expression e, int s, String msg, boolean allowCall) {
        if (allowCall && !strict && e instanceof CallExpression c && !c.optional() && !(c.callee() instanceof Super) && !parenthesized.contains(c)) {
            return c;
        }
        if (e instanceof Identifier id) {
            if (strict && (id.name() == "eval" || id.name() == "arguments")) {
                throw error(id.start(), "Unexpected eval or arguments in strict mode");
            }
            return id;
        }
        if (e instanceof MemberExpression m) {
            return m;
        }
        throw error(s, msg);
    }

    /** Reinterpret an expression as an assignment target (AssignmentPattern grammar). */
    private Pattern toAssignTarget(Node e, int s, String msg) {
        switch (e) {
            case Identifier id -> {
                return checkSimpleTarget(id, s, msg);
            }
            case MemberExpression m -> {
                return m;
            }
            case ObjectPattern p -> {
                return p;
            }
            case ArrayPattern p -> {
                return p;
            }
            case ObjectExpression o -> {
                if (parenthesized.contains(o)) {
                    throw error(o.start(), "Invalid destructuring assignment target");
                }
                List<Node> props = new ArrayList<>();
                List<Node> src = o.properties();
                for (int i = 0; i < src.size(); i++) {
                    Node n = src.get(i);
                    if (n instanceof SpreadElement sp) {
                        if (i != src.size() - 1 || spreadWithTrailingComma.contains(sp)) {
                            throw error(sp.argument().start(), "Rest element must be last element");
                        }
                        Node arg = sp.argument();
                        if (!(arg instanceof Identifier || arg instanceof MemberExpression) || parenthesized.contains(arg) && !(arg instanceof Identifier)) {
                            throw error(arg.start(), "`...` must be followed by an assignable reference in assignment contexts");
                        }
                        props.add(new RestElement(sp.start(), sp.end(), toAssignTarget(arg, arg.start(), msg)));
                    } else {
                        Property p = (Property) n;
                        if (p.kind() != "init" || p.method()) {
                            throw error(p.start(), "Invalid destructuring assignment target");
                        }
                        Node v = p.value();
                        if (v instanceof AssignmentPattern ap && ap.left() instanceof Identifier lid) {
                            checkSimpleTarget(lid, lid.start(), msg);
                        }
                        Pattern pv = v instanceof AssignmentPattern ap ? ap : toAssignElement(v);
                        props.add(new Property(p.start(), p.end(), p.key(), pv, "init", false, p.shorthand(), p.computed()));
                    }
                }
                return new ObjectPattern(o.start(), o.end(), list(props));
            }
            case ArrayExpression a -> {
                if (parenthesized.contains(a)) {
                    throw error(a.start(), "Invalid destructuring assignment target");
                }
                List<Pattern> elems = new ArrayList<>();
                List<Node> src = a.elements();
                for (int i = 0; i < src.size(); i++) {
                    Node n = src.get(i);
                    if (n == null) {
                        elems.add(null);
                    } else if (n instanceof SpreadElement sp) {
                        if (i != src.size() - 1 || spreadWithTrailingComma.contains(sp)) {
                            throw error(sp.start(), "Rest element must be last element");
                        }
                        if (sp.argument() instanceof AssignmentExpression) {
                            throw error(sp.argument().start(), "Invalid destructuring assignment target");
                        }
                        elems.add(new RestElement(sp.start(), sp.end(), toAssignElement(sp.argument())));
                    } else {
                        elems.add(toAssignElement(n));
                    }
                }
                return new ArrayPattern(a.start(), a.end(), Collections.unmodifiableList(elems));
            }
            default -> throw error(s, msg);
        }
    }

    private Pattern toAssignElement(Node v) {
        if (strict && v instanceof Identifier vid && (vid.name() == "eval" || vid.name() == "arguments")) {
            throw error(vid.start(), "Invalid destructuring assignment target");
        }
        if (v instanceof AssignmentExpression ae && ae.operator() == "=" && !parenthesized.contains(ae)) {
            if (ae.left() instanceof CallExpression) {
                // the Annex B call target allowance does not extend to destructuring targets
                throw error(ae.left().start(), "Invalid destructuring assignment target");
            }
            return new AssignmentPattern(ae.start(), ae.end(), ae.left(), ae.right());
        }
        if (v instanceof AssignmentPattern ap) {
            return ap;
        }
        if ((v instanceof ObjectExpression || v instanceof ArrayExpression || v instanceof ObjectPattern || v instanceof ArrayPattern) && parenthesized.contains(v)) {
            throw error(v.start(), "Invalid destructuring assignment target");
        }
        if (v instanceof Identifier || v instanceof MemberExpression || v instanceof ObjectExpression || v instanceof ArrayExpression || v instanceof ObjectPattern ||
                        v instanceof ArrayPattern) {
            return toAssignTarget(v, v.start(), "Invalid destructuring assignment target");
        }
        throw error(v.start(), "Invalid destructuring assignment target");
    }

    /** Reinterpret an arrow parameter (expression or assignment pattern) as a binding pattern. */
    private Pattern toBinding(Node n) {
        if (n instanceof Expression ex && parenthesized.contains(ex)) {
            throw error(n.start(), "Invalid destructuring assignment target");
        }
        switch (n) {
            case Identifier id -> {
                checkIdent(id.name(), id.start(), true);
                return id;
            }
            case AssignmentExpression ae -> {
                if (ae.operator() != "=") {
                    throw error(ae.start(), "Invalid destructuring assignment target");
                }
                return new AssignmentPattern(ae.start(), ae.end(), toBinding(ae.left()), ae.right());
            }
            case AssignmentPattern ap -> {
                return new AssignmentPattern(ap.start(), ap.end(), toBinding(ap.left()), ap.right());
            }
            case RestElement r -> {
                return new RestElement(r.start(), r.end(), toBinding(r.argument()));
            }
            case ObjectExpression o -> {
                return toBinding(toAssignTarget(o, o.start(), "Invalid destructuring assignment target"));
            }
            case ArrayExpression a -> {
                return toBinding(toAssignTarget(a, a.start(), "Invalid destructuring assignment target"));
            }
            case ObjectPattern op -> {
                List<Node> props = new ArrayList<>();
                List<? extends Node> l7 = op.properties();
                for (int i7 = 0, n7 = l7.size(); i7 < n7; i7++) {
                    Node p = l7.get(i7);
                    if (p instanceof Property pr) {
                        props.add(new Property(pr.start(), pr.end(), pr.key(), toBinding(pr.value()), "init", false, pr.shorthand(), pr.computed()));
                    } else {
                        RestElement r = (RestElement) p;
                        if (!(r.argument() instanceof Identifier)) {
                            throw error(r.argument().start(), "`...` must be followed by an identifier in declaration contexts");
                        }
                        props.add(toBinding(r));
                    }
                }
                return new ObjectPattern(op.start(), op.end(), list(props));
            }
            case ArrayPattern ap -> {
                List<Pattern> el = new ArrayList<>();
                List<? extends Pattern> l8 = ap.elements();
                for (int i8 = 0, n8 = l8.size(); i8 < n8; i8++) {
                    Pattern p = l8.get(i8);
                    el.add(p == null ? null : toBinding(p));
                }
                return new ArrayPattern(ap.start(), ap.end(), Collections.unmodifiableList(el));
            }
            default -> throw error(n.start(), "Invalid destructuring assignment target");
        }
    }

    private Expression parseYield() {
        int s = lx.start;
        if (inParams) {
            throw error(s, "Yield expression not allowed in formal parameter");
        }
        next();
        lastYieldPos = s;
        boolean delegate = false;
        Expression arg = null;
        if (!lx.newlineBefore) {
            if (eat(STAR)) {
                delegate = true;
                arg = parseAssign();
            } else {
                switch (lx.type) {
                    case RPAREN, RBRACK, RBRACE, COMMA, SEMI, COLON, EOF, QUESTION:
                        break;
                    default:
                        if (isName("in")) {
                            break;
                        }
                        arg = parseAssign();
                }
            }
        }
        return new YieldExpression(s, end(), arg, delegate);
    }

    private Expression parseConditional() {
        int s = lx.start;
        Expression test = parseBinary(s, 0);
        if (lx.type == QUESTION && pendingArrow == null) {
            next();
            boolean savedNoIn = noIn;
            noIn = false;
            Expression cons = parseAssign();
            noIn = savedNoIn;
            expect(COLON);
            Expression alt = parseAssign();
            return new ConditionalExpression(s, end(), test, cons, alt);
        }
        return test;
    }

    private Expression parseBinary(int s, int minPrec) {
        return parseBinary(s, minPrec, false);
    }

    private Expression parseBinary(int s, int minPrec, boolean nullishRhs) {
        Node left;
        if (lx.type == PRIVATE_NAME) {
            left = new PrivateIdentifier(lx.start, lx.end, lx.value);
            usePrivate(lx.value, lx.start);
            next();
            if (!isName("in") || noIn || minPrec >= 8) {
                throw unexpected();
            }
        } else {
            left = parseUnary();
        }
        return parseBinaryRest(s, left, minPrec, nullishRhs);
    }

    private Expression parseBinaryRest(int s, Node left, int minPrec, boolean nullishRhs) {
        while (true) {
            if (pendingArrow != null) {
                return (Expression) left;
            }
            int t = lx.type;
            int prec;
            String op;
            if (t == NAME) {
                if (lx.escaped) {
                    break;
                }
                if (lx.value == "instanceof") {
                    prec = 8;
                    op = "instanceof";
                } else if (lx.value == "in" && !noIn) {
                    prec = 8;
                    op = "in";
                } else {
                    break;
                }
            } else {
                prec = t < COUNT ? Tok.PREC[t] : 0;
                if (prec == 0) {
                    break;
                }
                op = Tok.TEXT[t];
            }
            if (prec <= minPrec) {
                break;
            }
            if ((t == OR || t == AND) && (nullishRhs || left instanceof LogicalExpression le0 && le0.operator() == "??" && !parenthesized.contains(le0)) ||
                            t == NULLISH && left instanceof LogicalExpression le1 && le1.operator() != "??" && !parenthesized.contains(le1)) {
                throw unexpected();
            }
            if (t == STARSTAR && (left instanceof UnaryExpression || left instanceof AwaitExpression) && left.start() == s) {
                throw error(left.start(), "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
            }
            if (left instanceof PrivateIdentifier && op != "in") {
                throw unexpected();
            }
            next();
            int rs = lx.start;
            Expression right = parseBinary(rs, t == STARSTAR ? prec - 1 : prec, t == NULLISH || nullishRhs && prec > 1);
            if (t == NULLISH || t == OR || t == AND) {
                checkNullishMix(t, left);
                checkNullishMix(t, right);
                left = new LogicalExpression(s, end(), op, (Expression) left, right);
            } else {
                left = new BinaryExpression(s, end(), op, left, right);
            }
        }
        if (left instanceof PrivateIdentifier) {
            throw unexpected();
        }
        return (Expression) left;
    }

    private void checkNullishMix(int t, Node operand) {
        if (operand instanceof LogicalExpression le && !parenthesized.contains(le)) {
            boolean inner = le.operator() == "??";
            if ((t == NULLISH) != inner) {
                throw error(operand.start(), "Unexpected token '" + (t == NULLISH ? "??" : Tok.TEXT[t]) + "'");
            }
        }
    }

    private Expression parseUnary() {
        int s = lx.start;
        int t = lx.type;
        switch (t) {
            case NOT, TILDE, PLUS, MINUS -> {
                next();
                Expression arg = parseUnary();
                return new UnaryExpression(s, end(), Tok.TEXT[t], arg);
            }
            case INC, DEC -> {
                next();
                int as = lx.start;
                Expression arg = parseUnary();
                checkSimpleTarget(arg, as, "Invalid left-hand side expression in prefix operation", true);
                return new UpdateExpression(s, end(), Tok.TEXT[t], arg, true);
            }
            case NAME -> {
                if (!lx.escaped) {
                    String v = lx.value;
                    if (v == "typeof" || v == "void" || v == "delete") {
                        next();
                        int argStart = lx.start;
                        Expression arg = parseUnary();
                        if (v == "delete") {
                            if (strict && arg instanceof Identifier) {
                                throw error(arg.start(), "Delete of an unqualified identifier in strict mode.");
                            }
                            Node m = arg instanceof ChainExpression ce ? ce.expression() : arg;
                            if (m instanceof MemberExpression me && me.property() instanceof PrivateIdentifier) {
                                throw error(arg.start() != argStart ? end() - 1 : me.property().start(), "Private fields can not be deleted");
                            }
                        }
                        return new UnaryExpression(s, end(), v, arg);
                    }
                    if (v == "await" && inAsync) {
                        if (inParams) {
                            throw error(s, "Illegal await-expression in formal parameters of async function");
                        }
                        if (inClassFieldInit && !inFunction) {
                            throw unexpected();
                        }
                        next();
                        lastAwaitPos = s;
                        Expression arg = parseUnary();
                        return new AwaitExpression(s, end(), arg);
                    }
                }
            }
            default -> {
            }
        }
        Expression e = parseLeftHandSide();
        if ((lx.type == INC || lx.type == DEC) && !lx.newlineBefore && pendingArrow == null) {
            checkSimpleTarget(e, s, "Invalid left-hand side expression in postfix operation", true);
            String op = Tok.TEXT[lx.type];
            next();
            return new UpdateExpression(s, end(), op, e, false);
        }
        return e;
    }

    private Expression parseLeftHandSide() {
        int s = lx.start;
        Expression base;
        if (isName("new")) {
            base = parseNew();
        } else {
            base = parsePrimary();
        }
        if (pendingArrow != null) {
            return base;
        }
        return parseSubscripts(base, s, false);
    }

    private Expression parseNew() {
        int s = lx.start;
        next();
        if (lx.type == DOT) {
            next();
            if (!(lx.type == NAME && lx.value == "target")) {
                throw unexpected();
            }
            if (lx.escaped) {
                throw error(lx.start, "Keyword must not contain escaped characters");
            }
            if (!allowNewTarget) {
                throw error(lx.start, "new.target expression is not allowed here");
            }
            Identifier prop = parseIdentifierName();
            return new MetaProperty(s, end(), new Identifier(s, s + 3, "new"), prop);
        }
        if (isName("import")) {
            peek();
            if (peekType != DOT) {
                throw error(lx.start, "Cannot use new with import");
            }
        }
        int cs = lx.start;
        Expression callee = isName("new") ? parseNew() : parsePrimary();
        if (pendingArrow != null) {
            throw error(pendingArrow.start(), "Malformed arrow function parameter list");
        }
        if (callee instanceof Super) {
            throw error(cs, "'super' keyword unexpected here");
        }
        if (callee instanceof ImportExpression && callee.start() == cs) {
            throw error(cs, "Cannot use new with import");
        }
        callee = parseSubscripts(callee, cs, true);
        List<Node> args = lx.type == LPAREN ? parseArguments() : List.of();
        return new NewExpression(s, end(), callee, args);
    }

    private List<Node> parseArguments() {
        expect(LPAREN);
        boolean savedNoIn = noIn;
        noIn = false;
        List<Node> args = new ArrayList<>();
        while (lx.type != RPAREN) {
            int as = lx.start;
            if (eat(ELLIPSIS)) {
                Expression sa = parseAssign();
                args.add(new SpreadElement(as, end(), sa));
            } else {
                args.add(parseAssign());
            }
            if (lx.type != RPAREN) {
                expect(COMMA);
            }
        }
        next();
        noIn = savedNoIn;
        return list(args);
    }

    private void usePrivate(String name, int pos) {
        if (privateScope == null) {
            throw error(pos, "Private field '#" + name + "' must be declared in an enclosing class");
        }
        privateScope.refs.add(new Object[]{name, pos});
    }

    private Expression parseSubscripts(Expression base, int s, boolean noCalls) {
        boolean chain = false;
        if (base instanceof Super) {
            if (lx.type == LPAREN && !noCalls) {
                if (!allowSuperCall) {
                    throw error(base.start(), "'super' keyword unexpected here");
                }
            } else if (lx.type == DOT || lx.type == LBRACK) {
                if (!allowSuperProp) {
                    throw error(base.start(), "'super' keyword unexpected here");
                }
            } else {
                throw error(base.start(), "'super' keyword unexpected here");
            }
        }
        while (true) {
            switch (lx.type) {
                case DOT -> {
                    int dot = lx.start;
                    next();
                    if (lx.type == PRIVATE_NAME) {
                        if (base instanceof Super) {
                            throw error(lx.start, "Unexpected private field");
                        }
                        usePrivate(lx.value, dot);
                        Node prop = new PrivateIdentifier(lx.start, lx.end, lx.value);
                        next();
                        base = new MemberExpression(s, end(), base, prop, false, false);
                    } else {
                        Identifier prop = parseIdentifierName();
                        base = new MemberExpression(s, end(), base, prop, false, false);
                    }
                }
                case QDOT -> {
                    if (noCalls) {
                        throw error(lx.start, "Invalid optional chain from new expression");
                    }
                    if (base instanceof Super) {
                        throw unexpected();
                    }
                    next();
                    chain = true;
                    if (lx.type == LPAREN) {
                        List<Node> args = parseArguments();
                        base = new CallExpression(s, end(), base, args, true);
                    } else if (lx.type == LBRACK) {
                        next();
                        boolean savedNoIn = noIn;
                        noIn = false;
                        Expression prop = parseExpression();
                        noIn = savedNoIn;
                        expect(RBRACK);
                        base = new MemberExpression(s, end(), base, prop, true, true);
                    } else if (lx.type == TEMPLATE) {
                        throw error(lx.start, "Invalid tagged template on optional chain");
                    } else if (lx.type == PRIVATE_NAME) {
                        usePrivate(lx.value, lx.start);
                        Node prop = new PrivateIdentifier(lx.start, lx.end, lx.value);
                        next();
                        base = new MemberExpression(s, end(), base, prop, false, true);
                    } else {
                        Identifier prop = parseIdentifierName();
                        base = new MemberExpression(s, end(), base, prop, false, true);
                    }
                }
                case LBRACK -> {
                    next();
                    boolean savedNoIn = noIn;
                    noIn = false;
                    Expression prop = parseExpression();
                    noIn = savedNoIn;
                    expect(RBRACK);
                    base = new MemberExpression(s, end(), base, prop, true, false);
                }
                case TEMPLATE -> {
                    if (chain) {
                        throw error(lx.start, "Invalid tagged template on optional chain");
                    }
                    TemplateLiteral q = parseTemplate(true);
                    base = new TaggedTemplateExpression(s, end(), base, q);
                }
                case LPAREN -> {
                    if (noCalls) {
                        return base;
                    }
                    List<Node> args = parseArguments();
                    base = new CallExpression(s, end(), base, args, false);
                }
                default -> {
                    if (chain) {
                        return new ChainExpression(s, end(), base);
                    }
                    return base;
                }
            }
        }
    }

    private TemplateLiteral parseTemplate(boolean tagged) {
        int s = lx.start;
        List<TemplateElement> quasis = new ArrayList<>();
        List<Expression> exprs = new ArrayList<>();
        while (true) {
            if (lx.value == null && !tagged) {
                throw error(lx.invalidEscapePos, lx.invalidEscapeMsg);
            }
            boolean tail = lx.templateTail;
            int qs = lx.start + 1;
            int qe = lx.end - (tail ? 1 : 2);
            quasis.add(new TemplateElement(qs, qe, lx.value, lx.raw, tail));
            next();
            if (tail) {
                break;
            }
            boolean savedNoIn = noIn;
            noIn = false;
            exprs.add(parseExpression());
            noIn = savedNoIn;
            if (lx.type != RBRACE) {
                throw unexpected();
            }
            lx.rescanTemplateContinuation();
        }
        return new TemplateLiteral(s, end(), list(quasis), list(exprs));
    }

    private Literal parseLiteral() {
        int s = lx.start;
        int e = lx.end;
        switch (lx.type) {
            case NUM -> {
                if (lx.octalPos >= 0 && strict) {
                    boolean decimal = false;
                    for (int i = s; i < e; i++) {
                        char c = lx.src[i];
                        if (c == '8' || c == '9' || c == '.' || c == 'e' || c == 'E') {
                            decimal = true;
                        }
                    }
                    throw error(s, decimal ? "Decimals with leading zeros are not allowed in strict mode." : "Octal literals are not allowed in strict mode.");
                }
                double v = lx.number;
                next();
                return new Literal(s, e, Literal.Kind.NUMBER, v, lx.text(s, e), null, null, null);
            }
            case BIGINT -> {
                String digits = lx.value;
                next();
                return new Literal(s, e, Literal.Kind.BIGINT, null, lx.text(s, e), digits, null, null);
            }
            case STRING -> {
                if (lx.octalPos >= 0 && strict) {
                    char c = lx.src[lx.octalPos + 1];
                    throw error(lx.octalPos + 1, c == '8' || c == '9' ? "\\8 and \\9 are not allowed in strict mode." : "Octal escape sequences are not allowed in strict mode.");
                }
                String v = lx.value;
                next();
                return new Literal(s, e, Literal.Kind.STRING, v, lx.text(s, e), null, null, null);
            }
            default -> throw unexpected();
        }
    }

    private Expression parsePrimary() {
        int s = lx.start;
        switch (lx.type) {
            case NUM, STRING, BIGINT:
                return parseLiteral();
            case TEMPLATE:
                return parseTemplate(false);
            case LPAREN:
                return parseParenOrArrow();
            case LBRACK:
                return parseArrayLiteral();
            case LBRACE:
                return parseObjectLiteral();
            case SLASH, SLASH_ASSIGN: {
                lx.rescanRegex();
                String pattern = lx.regexPattern;
                String flags = lx.regexFlags;
                validateRegex(s, pattern, flags);
                int e = lx.end;
                next();
                return new Literal(s, e, Literal.Kind.REGEX, null, lx.text(s, e), null, pattern, flags);
            }
            case NAME:
                break;
            case PRIVATE_NAME:
            default:
                throw unexpected();
        }
        if (!lx.escaped) {
            switch (lx.value) {
                case "function":
                    return parseFunctionExpression(s, false);
                case "class":
                    return parseClassExpression();
                case "this":
                    next();
                    return new ThisExpression(s, end());
                case "null":
                    next();
                    return new Literal(s, end(), Literal.Kind.NULL, null, "null", null, null, null);
                case "true":
                    next();
                    return new Literal(s, end(), Literal.Kind.BOOLEAN, Boolean.TRUE, "true", null, null, null);
                case "false":
                    next();
                    return new Literal(s, end(), Literal.Kind.BOOLEAN, Boolean.FALSE, "false", null, null, null);
                case "super":
                    next();
                    return new Super(s, end());
                case "new":
                    return parseNew();
                case "import":
                    return parseImportCall();
                case "async": {
                    peek();
                    if (!peekNewline) {
                        if (peekType == NAME && peekValue == "function" && !peekEscaped) {
                            next();
                            return parseFunctionExpression(s, true);
                        }
                        if (peekType == NAME && asyncArrowAhead()) {
                            // async x => ...
                            next();
                            int ps = lx.start;
                            Ctx c = new Ctx();
                            inAsync = true;
                            awaitReserved = true;
                            Identifier param = parseIdentifier(true);
                            c.restore();
                            if (lx.type != ARROW || lx.newlineBefore) {
                                throw unexpected();
                            }
                            return parseArrowBody(s, List.of(param), true);
                        }
                        if (peekType == LPAREN) {
                            return parseAsyncCallOrArrow(s);
                        }
                    }
                    break;
                }
                default:
                    break;
            }
        }
        Identifier id = parseIdentifier(false);
        if (lx.type == ARROW) {
            if (lx.newlineBefore) {
                throw unexpected();
            }
            checkIdent(id.name(), id.start(), true);
            return parseArrowBody(s, List.of(id), false);
        }
        return id;
    }

    /** current token is 'async' followed by a name: is the token after that name '=>'? */
    private boolean asyncArrowAhead() {
        long[] st = lx.saveState();
        Object[] r = lx.saveRefs();
        try {
            lx.next();
            lx.next();
            return lx.type == ARROW;
        } catch (JsSyntaxError e) {
            return false;
        } finally {
            lx.restoreState(st, r);
        }
    }

    private void validateRegex(int s, String pattern, String flags) {
        int seen = 0;
        for (int i = 0; i < flags.length(); i++) {
            int idx = "dgimsuyv".indexOf(flags.charAt(i));
            if (idx < 0 || (seen & (1 << idx)) != 0) {
                throw error(s, "Invalid regular expression flags");
            }
            seen |= 1 << idx;
        }
        if (flags.indexOf('u') >= 0 && flags.indexOf('v') >= 0) {
            throw error(s, "Invalid regular expression flags");
        }
        RegexValidator v = options.regexValidator();
        if (v != null) {
            String msg = v.validate(pattern, flags);
            if (msg != null) {
                throw error(s, msg);
            }
        }
    }

    private Expression parseImportCall() {
        int s = lx.start;
        next();
        String phase = null;
        if (lx.type == DOT) {
            next();
            if (lx.type == NAME && (lx.value == "source" || lx.value == "defer") && !lx.escaped) {
                phase = lx.value;
                next();
                if (lx.type != LPAREN) {
                    throw unexpected();
                }
                next();
                boolean savedNoIn0 = noIn;
                noIn = false;
                Expression src0 = parseAssign();
                eat(COMMA);
                noIn = savedNoIn0;
                expect(RPAREN);
                return new ImportExpression(s, end(), src0, null, phase);
            }
            if (!(lx.type == NAME && lx.value == "meta")) {
                throw unexpected();
            }
            if (lx.escaped) {
                throw error(lx.start, "Keyword must not contain escaped characters");
            }
            if (!options.module()) {
                throw error(lx.start, "Cannot use 'import.meta' outside a module");
            }
            Identifier prop = parseIdentifierName();
            return new MetaProperty(s, end(), new Identifier(s, s + 6, "import"), prop);
        }
        if (lx.type != LPAREN) {
            throw unexpected();
        }
        next();
        boolean savedNoIn = noIn;
        noIn = false;
        Expression src = parseAssign();
        Expression opts = null;
        if (eat(COMMA) && lx.type != RPAREN) {
            opts = parseAssign();
            eat(COMMA);
        }
        noIn = savedNoIn;
        expect(RPAREN);
        return new ImportExpression(s, end(), src, opts, null);
    }

    private Expression parseAsyncCallOrArrow(int s) {
        Identifier asyncId = new Identifier(s, lx.end, "async");
        next(); // async
        int coverStart = lx.start;
        int savedCover = coverErrPos;
        String savedMsg = coverErrMsg;
        coverErrPos = -1;
        int savedAwait = lastAwaitPos;
        int savedYield = lastYieldPos;
        next(); // (
        boolean savedNoIn = noIn;
        noIn = false;
        List<Node> args = new ArrayList<>();
        boolean restSeen = false;
        boolean trailingAfterRest = false;
        while (lx.type != RPAREN) {
            int as = lx.start;
            if (eat(ELLIPSIS)) {
                Expression sa = parseAssignX(true);
                args.add(new SpreadElement(as, end(), sa));
                restSeen = true;
            } else {
                args.add(parseAssignX(true));
            }
            if (lx.type != RPAREN) {
                expect(COMMA);
                if (restSeen && lx.type == RPAREN) {
                    trailingAfterRest = true;
                }
            }
        }
        next();
        noIn = savedNoIn;
        if (lx.type == ARROW && !lx.newlineBefore) {
            if (trailingAfterRest) {
                throw error(coverStart, "A rest parameter or binding pattern may not have a trailing comma");
            }
            if (lastAwaitPos >= coverStart) {
                throw error(lastAwaitPos, "Illegal await-expression in formal parameters of async function");
            }
            if (lastYieldPos >= coverStart) {
                throw error(lastYieldPos, "Yield expression not allowed in formal parameter");
            }
            List<Pattern> params = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                Node a = args.get(i);
                if (a instanceof SpreadElement sp) {
                    if (i != args.size() - 1) {
                        throw error(sp.start(), "Rest parameter must be last formal parameter");
                    }
                    if (sp.argument() instanceof AssignmentExpression) {
                        throw error(sp.start(), "Rest parameter may not have a default initializer");
                    }
                    params.add(new RestElement(sp.start(), sp.end(), toBinding(sp.argument())));
                } else {
                    params.add(toBinding(a));
                }
            }
            List<? extends Pattern> l9 = params;
            for (int i9 = 0, n9 = l9.size(); i9 < n9; i9++) {
                Pattern p = l9.get(i9);
                forEachBoundName(p, id -> {
                    if (id.name() == "await") {
                        throw error(id.start(), "'await' is not a valid identifier name in an async function");
                    }
                });
            }
            coverErrPos = savedCover;
            coverErrMsg = savedMsg;
            lastAwaitPos = savedAwait;
            lastYieldPos = savedYield;
            return parseArrowBody(s, params, true);
        }
        if (coverErrPos >= 0) {
            throw error(coverErrPos, coverErrMsg);
        }
        coverErrPos = savedCover;
        coverErrMsg = savedMsg;
        return new CallExpression(s, end(), asyncId, list(args), false);
    }

    private Expression parseParenOrArrow() {
        int s = lx.start;
        next();
        int savedCover = coverErrPos;
        String savedMsg = coverErrMsg;
        coverErrPos = -1;
        int savedAwait = lastAwaitPos;
        int savedYield = lastYieldPos;
        boolean savedNoIn = noIn;
        noIn = false;
        List<Node> items = new ArrayList<>();
        boolean trailingComma = false;
        boolean hasRest = false;
        int innerStart = lx.start;
        while (lx.type != RPAREN) {
            int is = lx.start;
            if (eat(ELLIPSIS)) {
                Pattern p = parseBindingTarget();
                if (lx.type == ASSIGN) {
                    throw error(lx.start, "Rest parameter may not have a default initializer");
                }
                items.add(new RestElement(is, end(), p));
                hasRest = true;
                if (lx.type != RPAREN) {
                    throw error(lx.start, lx.type == COMMA ? "Rest parameter must be last formal parameter" : unexpectedMessage());
                }
                break;
            }
            items.add(parseAssignX(true));
            if (lx.type != RPAREN) {
                expect(COMMA);
                if (lx.type == RPAREN) {
                    trailingComma = true;
                }
            }
        }
        int rparen = lx.start;
        next();
        noIn = savedNoIn;
        if (lx.type == ARROW && !lx.newlineBefore) {
            if (lastYieldPos >= s && lastYieldPos > savedYield) {
                throw error(lastYieldPos, "Yield expression not allowed in formal parameter");
            }
            if (lastAwaitPos >= s && lastAwaitPos > savedAwait && (inAsync || awaitReserved)) {
                throw error(lastAwaitPos, "Illegal await-expression in formal parameters of async function");
            }
            List<Pattern> params = new ArrayList<>();
            for (Node n : items) {
                params.add(toBinding(n));
            }
            coverErrPos = savedCover;
            coverErrMsg = savedMsg;
            return parseArrowBody(s, params, false);
        }
        if (items.isEmpty() || hasRest || trailingComma) {
            throw error(rparen, "Unexpected token ')'");
        }
        if (coverErrPos >= 0) {
            throw error(coverErrPos, coverErrMsg);
        }
        coverErrPos = savedCover;
        coverErrMsg = savedMsg;
        Expression e;
        if (items.size() == 1) {
            e = (Expression) items.get(0);
        } else {
            List<Expression> ex = new ArrayList<>();
            for (Node n : items) {
                ex.add((Expression) n);
            }
            e = new SequenceExpression(innerStart, ex.get(ex.size() - 1).end(), list(ex));
        }
        if (!(e instanceof MemberExpression) && !(e instanceof CallExpression)) {
            parenthesized.add(e);
        }
        return e;
    }

    private Expression parseArrowBody(int s, List<Pattern> params, boolean async) {
        next(); // =>
        Ctx c = new Ctx();
        inFunction = true;
        inGenerator = false;
        inAsync = async;
        awaitReserved = options.module() || async;
        inStaticBlock = false;
        inParams = false;
        loopDepth = 0;
        switchDepth = 0;
        labels = new ArrayList<>();
        lastYieldPos = -1;
        lastAwaitPos = -1;
        pendingArrow = null;
        if (async) {
            List<? extends Pattern> l10 = params;
            for (int i10 = 0, n10 = l10.size(); i10 < n10; i10++) {
                Pattern p = l10.get(i10);
                forEachBoundName(p, id -> {
                    if (id.name() == "await") {
                        throw error(id.start(), "Unexpected reserved word");
                    }
                });
            }
        }
        Node body;
        boolean expression;
        boolean simple = isSimpleParams(params);
        if (lx.type == LBRACE) {
            int sbd = blockDepth;
            blockDepth = 1;
            body = parseFunctionBody(params, simple, null, true, true);
            blockDepth = sbd;
            expression = false;
        } else {
            checkDuplicateParams(params, true);
            body = parseAssign();
            expression = true;
        }
        boolean st = strict;
        c.restore();
        ArrowFunctionExpression a = new ArrowFunctionExpression(s, end(), list(params), body, async, expression, st);
        pendingArrow = a;
        return a;
    }

    private Expression parseArrayLiteral() {
        int s = lx.start;
        next();
        boolean savedNoIn = noIn;
        noIn = false;
        List<Node> elems = new ArrayList<>();
        while (lx.type != RBRACK) {
            if (lx.type == COMMA) {
                next();
                elems.add(null);
                continue;
            }
            int es = lx.start;
            Node el;
            if (eat(ELLIPSIS)) {
                Expression sa = parseAssignX(true);
                el = new SpreadElement(es, end(), sa);
            } else {
                el = parseAssignX(true);
            }
            elems.add(el);
            if (lx.type != RBRACK) {
                expect(COMMA);
                if (el instanceof SpreadElement) {
                    spreadWithTrailingComma.add(el);
                }
            }
        }
        next();
        noIn = savedNoIn;
        return new ArrayExpression(s, end(), Collections.unmodifiableList(elems));
    }

    private Expression parseObjectLiteral() {
        int s = lx.start;
        next();
        boolean savedNoIn = noIn;
        noIn = false;
        List<Node> props = new ArrayList<>();
        boolean hasProto = false;
        while (lx.type != RBRACE) {
            int ps = lx.start;
            if (eat(ELLIPSIS)) {
                Expression sa = parseAssignX(true);
                SpreadElement sp = new SpreadElement(ps, end(), sa);
                props.add(sp);
                if (lx.type != RBRACE) {
                    expect(COMMA);
                    spreadWithTrailingComma.add(sp);
                }
                continue;
            }
            Property p = parseObjectMember();
            if (!p.computed() && p.kind() == "init" && !p.method() && !p.shorthand() && isProtoKey(p.key())) {
                if (hasProto && coverErrPos < 0) {
                    coverErrPos = p.start();
                    coverErrMsg = "Duplicate __proto__ fields are not allowed in object literals";
                }
                hasProto = true;
            }
            props.add(p);
            if (lx.type != RBRACE) {
                expect(COMMA);
            }
        }
        next();
        noIn = savedNoIn;
        return new ObjectExpression(s, end(), list(props));
    }

    private static boolean isProtoKey(Node k) {
        return k instanceof Identifier id && id.name().equals("__proto__") || k instanceof Literal l && "__proto__".equals(l.value());
    }

    private Property parseObjectMember() {
        int s = lx.start;
        boolean async = false;
        boolean gen = false;
        String kind = "init";
        if (isName("async")) {
            peek();
            if (peekType != COMMA && peekType != RBRACE && peekType != COLON && peekType != LPAREN && peekType != ASSIGN && !peekNewline) {
                async = true;
                next();
            }
        }
        if (eat(STAR)) {
            gen = true;
        }
        if (!async && !gen && (isName("get") || isName("set"))) {
            peek();
            if (peekType != COMMA && peekType != RBRACE && peekType != COLON && peekType != LPAREN && peekType != ASSIGN) {
                kind = lx.value;
                next();
            }
        }
        boolean computed = lx.type == LBRACK;
        boolean identKey = lx.type == NAME;
        boolean keyEscaped = lx.escaped;
        if (lx.type == PRIVATE_NAME) {
            throw unexpected();
        }
        int keyStart = lx.start;
        String keyMsg = lx.type == NUM || lx.type == STRING || lx.type == BIGINT ? unexpectedMessage() : null;
        Expression key = parsePropertyKey();
        if (lx.type == LPAREN || async || gen || kind != "init") {
            if (lx.type != LPAREN) {
                throw unexpected();
            }
            int fs = lx.start;
            FunctionParts f = parseFunctionRest(fs, null, gen, async, true, false, kind == "get", kind == "set");
            FunctionExpression fn = new FunctionExpression(fs, end(), null, f.params, f.body, gen, async, f.strict);
            return new Property(s, end(), key, fn, kind, kind == "init", false, computed);
        }
        if (eat(COLON)) {
            Expression v = parseAssignX(true);
            return new Property(s, end(), key, v, "init", false, false, computed);
        }
        if (identKey) {
            Identifier id = (Identifier) key;
            if (keyEscaped && (KEYWORDS.contains(id.name()) || STRICT_RESERVED.contains(id.name()) && strict)) {
                throw error(id.start(), "Keyword must not contain escaped characters");
            }
            checkIdent(id.name(), id.start(), false);
            if (lx.type == ASSIGN) {
                next();
                Expression def = parseAssign();
                if (coverErrPos < 0) {
                    coverErrPos = s;
                    coverErrMsg = "Invalid shorthand property initializer";
                }
                return new Property(s, end(), key, new AssignmentPattern(s, end(), id, def), "init", false, true, false);
            }
            return new Property(s, end(), key, id, "init", false, true, false);
        }
        if (keyMsg != null && (lx.type == COMMA || lx.type == RBRACE || lx.type == ASSIGN)) {
            throw error(keyStart, keyMsg);
        }
        throw unexpected();
    }

    // =====================================================================================
    // Modules
    // =====================================================================================
    private Literal parseModuleSpecifier() {
        if (lx.type != STRING) {
            throw unexpected();
        }
        return parseLiteral();
    }

    private List<ImportAttribute> parseImportAttributes() {
        if ((isName("with") || (isName("assert") && !lx.newlineBefore))) {
            next();
            expect(LBRACE);
            List<ImportAttribute> attrs = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            while (lx.type != RBRACE) {
                int s = lx.start;
                Node key;
                String k;
                if (lx.type == STRING) {
                    Literal l = parseLiteral();
                    key = l;
                    k = (String) l.value();
                } else {
                    Identifier id = parseIdentifierName();
                    key = id;
                    k = id.name();
                }
                if (!keys.add(k)) {
                    throw error(s, "Import attribute has duplicate key '" + k + "'");
                }
                expect(COLON);
                Literal v = parseModuleSpecifier();
                attrs.add(new ImportAttribute(s, end(), key, v));
                if (lx.type != RBRACE) {
                    expect(COMMA);
                }
            }
            next();
            return list(attrs);
        }
        return List.of();
    }

    private Node parseModuleExportName() {
        if (lx.type == STRING) {
            Literal l = parseLiteral();
            String v = (String) l.value();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    throw error(l.start(), "Invalid module export name: contains unpaired surrogate");
                } else if (Character.isLowSurrogate(c)) {
                    throw error(l.start(), "Invalid module export name: contains unpaired surrogate");
                }
            }
            return l;
        }
        return parseIdentifierName();
    }

    ModuleDeclaration parseImport() {
        int s = lx.start;
        next();
        List<Node> specs = new ArrayList<>();
        if (lx.type == STRING) {
            Literal src = parseModuleSpecifier();
            List<ImportAttribute> attrs = parseImportAttributes();
            semicolon();
            return new ImportDeclaration(s, end(), List.of(), src, attrs, null);
        }
        String phase = null;
        if (isName("source")) {
            peek();
            if (peekType == NAME && (peekValue != "from" || importSourceFromFromAhead())) {
                phase = "source";
                next();
                int ls = lx.start;
                Identifier local = parseIdentifier(true);
                specs.add(new ImportDefaultSpecifier(ls, end(), local));
                return finishImport(s, specs, phase);
            }
        } else if (isName("defer")) {
            peek();
            if (peekType == STAR) {
                phase = "defer";
                next();
                int ns = lx.start;
                next();
                expectName("as");
                Identifier local = parseIdentifier(true);
                specs.add(new ImportNamespaceSpecifier(ns, end(), local));
                return finishImport(s, specs, phase);
            }
        }
        if (lx.type == NAME) {
            int ls = lx.start;
            Identifier local = parseIdentifier(true);
            specs.add(new ImportDefaultSpecifier(ls, end(), local));
            if (!eat(COMMA)) {
                return finishImport(s, specs, null);
            }
        }
        if (lx.type == STAR) {
            int ns = lx.start;
            next();
            expectName("as");
            Identifier local = parseIdentifier(true);
            specs.add(new ImportNamespaceSpecifier(ns, end(), local));
        } else if (lx.type == LBRACE) {
            next();
            while (lx.type != RBRACE) {
                int is = lx.start;
                boolean isString = lx.type == STRING;
                Node imported = parseModuleExportName();
                Identifier local;
                if (isName("as")) {
                    next();
                    local = parseIdentifier(true);
                } else {
                    if (isString) {
                        throw unexpected();
                    }
                    Identifier id = (Identifier) imported;
                    checkIdent(id.name(), id.start(), true);
                    if (KEYWORDS.contains(id.name())) {
                        throw error(id.start(), "Unexpected token '" + id.name() + "'");
                    }
                    local = id;
                }
                specs.add(new ImportSpecifier(is, end(), imported, local));
                if (lx.type != RBRACE) {
                    expect(COMMA);
                }
            }
            next();
        } else {
            throw unexpected();
        }
        return finishImport(s, specs, null);
    }

    /** current: 'source', next: 'from'; is the token after that 'from' too (import source from from "x")? */
    private boolean importSourceFromFromAhead() {
        long[] st = lx.saveState();
        Object[] r = lx.saveRefs();
        try {
            lx.next();
            lx.next();
            return lx.type == NAME && lx.value == "from";
        } catch (JsSyntaxError e) {
            return false;
        } finally {
            lx.restoreState(st, r);
        }
    }

    private ImportDeclaration finishImport(int s, List<Node> specs, String phase) {
        expectName("from");
        Literal src = parseModuleSpecifier();
        List<ImportAttribute> attrs = parseImportAttributes();
        semicolon();
        return new ImportDeclaration(s, end(), list(specs), src, attrs, phase);
    }

    ModuleDeclaration parseExport() {
        int s = lx.start;
        next();
        if (lx.type == STAR) {
            next();
            Node exported = null;
            if (isName("as")) {
                next();
                exported = parseModuleExportName();
            }
            expectName("from");
            Literal src = parseModuleSpecifier();
            List<ImportAttribute> attrs = parseImportAttributes();
            semicolon();
            return new ExportAllDeclaration(s, end(), exported, src, attrs);
        }
        if (isName("default")) {
            next();
            Node decl;
            if (isName("function")) {
                inExportDefault = true;
                decl = parseFunctionDeclaration(lx.start, false, false);
            } else if (isName("async")) {
                peek();
                if (peekType == NAME && peekValue == "function" && !peekNewline) {
                    int fs = lx.start;
                    next();
                    inExportDefault = true;
                    decl = parseFunctionDeclaration(fs, true, false);
                } else {
                    decl = parseAssign();
                    semicolon();
                }
            } else if (isName("class")) {
                decl = parseClassDeclaration(true);
            } else {
                decl = parseAssign();
                semicolon();
            }
            return new ExportDefaultDeclaration(s, end(), decl);
        }
        if (lx.type == LBRACE) {
            next();
            List<ExportSpecifier> specs = new ArrayList<>();
            List<Node> stringLocals = new ArrayList<>();
            while (lx.type != RBRACE) {
                int es = lx.start;
                Node local = parseModuleExportName();
                Node exported = local;
                if (isName("as")) {
                    next();
                    exported = parseModuleExportName();
                }
                specs.add(new ExportSpecifier(es, end(), local, exported));
                if (lx.type != RBRACE) {
                    expect(COMMA);
                }
            }
            next();
            Literal src = null;
            List<ImportAttribute> attrs = List.of();
            if (isName("from")) {
                next();
                src = parseModuleSpecifier();
                attrs = parseImportAttributes();
            } else {
                for (ExportSpecifier sp : specs) {
                    if (sp.local() instanceof Literal l) {
                        throw error(l.start(), "Unexpected string");
                    }
                    Identifier id = (Identifier) sp.local();
                    if (KEYWORDS.contains(id.name()) || STRICT_RESERVED.contains(id.name()) || id.name() == "await" || id.name() == "enum") {
                        throw error(id.start(), "Unexpected " + (KEYWORDS.contains(id.name()) ? "token '" + id.name() + "'" : "reserved word"));
                    }
                }
            }
            semicolon();
            return new ExportNamedDeclaration(s, end(), null, list(specs), src, attrs);
        }
        Statement decl;
        if (isName("var") || isName("let") || isName("const")) {
            decl = parseVarStatement(lx.value);
        } else if (isName("function")) {
            decl = parseFunctionDeclaration(lx.start, false, false);
        } else if (isName("async")) {
            int fs = lx.start;
            next();
            if (!isName("function") || lx.newlineBefore) {
                throw unexpected();
            }
            decl = parseFunctionDeclaration(fs, true, false);
        } else if (isName("class")) {
            decl = parseClassDeclaration(false);
        } else if (isName("using") || isName("await")) {
            decl = tryParseUsing();
            if (decl == null) {
                throw unexpected();
            }
        } else {
            throw unexpected();
        }
        return new ExportNamedDeclaration(s, end(), decl, List.of(), null, List.of());
    }
}
