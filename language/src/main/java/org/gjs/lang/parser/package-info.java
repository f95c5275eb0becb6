/**
 * gjs's ECMAScript front end: a hand-written lexer ({@code Lexer}) and recursive-descent parser ({@link
 * org.gjs.lang.parser.Parser}) for scripts and modules, producing an ESTree-shaped AST ({@link
 * org.gjs.lang.parser.ast}) with early errors reported as {@link org.gjs.lang.parser.JsSyntaxError} (file:line:column,
 * V8 wording where practical), and a scope analysis ({@link org.gjs.lang.parser.Scope}) attached to the AST.
 *
 * <p>Usage: {@code Program p = Parser.parse(source, ParseOptions.script("file.js"))}. Modules:
 * {@code ParseOptions.module(name)}. Regex patterns are checked through the optional {@link
 * org.gjs.lang.parser.RegexValidator}: the language plugs in TRegex (org.gjs.lang.regex.TRegexValidator), the engine
 * that runs the patterns; the parser's own test tools use a plain-Java checker of the test sources. Positions are UTF-16 offsets; {@link
 * org.gjs.lang.parser.SourcePositions} maps them to lines/columns.
 *
 * <p>Identifier names are canonicalized per parse (one String instance per distinct name within a parse); common
 * keywords and contextual names ("arguments", "eval", "constructor", "let", "async", ...) are the Java-interned
 * literal instances, but compare other names with {@code equals}. Operators are the interned literals ESTree uses.
 *
 * <p>Test-scope instruments (not part of the product): {@code Test262ParseCheck} (parse-only test262 figures),
 * {@code MsgCompare} (message agreement with node), {@code ParseBench} (timing), {@code FuzzCheck}, {@code Dump}.
 *
 * <p>The package is plain Java (no Truffle types). {@link org.gjs.lang.parser.AstPrinter} renders an AST as JSON for
 * debugging.
 */
package org.gjs.lang.parser;
