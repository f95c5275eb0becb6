// Default, rest and destructuring parameters, and the arguments object.
function defaults(a, b = a + 1, c = b * 2) {
  return [a, b, c];
}
console.log(defaults(1), defaults(1, 5), defaults(1, undefined, 0), defaults.length);
function rest(first, ...others) {
  return [first, others, others.length];
}
console.log(rest(), rest(1), rest(1, 2, 3), rest.length);
function destructured({ name, tags: [tag = 'none'] = [] }, [x, y] = [0, 0]) {
  return name + ':' + tag + ':' + x + ',' + y;
}
console.log(destructured({ name: 'n' }), destructured({ name: 'm', tags: ['t'] }, [1, 2]), destructured.length);
const arrow = ({ a, b } = { a: 1, b: 2 }, ...more) => a + b + more.length;
console.log(arrow(), arrow({ a: 10, b: 20 }, 'x', 'y'), arrow.length);
function counted(a = 1, b) {
  return a + (b || 0);
}
console.log(counted.length, counted(undefined, 2));

// Defaults run at call time, each call, left to right.
let count = 0;
function fresh(list = [], n = ++count) {
  list.push(n);
  return list;
}
console.log(fresh(), fresh(), fresh([9]));

// Defaults see the parameters before them, and the enclosing scope, not the body's vars.
var outer = 'outer';
function scoped(a = outer) {
  var outer = 'inner';
  return [a, outer];
}
console.log(scoped());
function early(a = b, b = 1) {
  return [a, b];
}
try {
  early();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(early(0));
function selfName(f = selfName) {
  return f === selfName;
}
console.log(selfName());

// Closures capture parameters with defaults.
function makeCounter(start = 10, step = 1) {
  let value = start;
  return () => (value += step);
}
const counter = makeCounter(undefined, 5);
counter();
console.log(counter());
function captureParam(x = 1, f = () => x) {
  x = 2;
  return f();
}
console.log(captureParam());

// The arguments object.
function args() {
  return arguments.length + ':' + arguments[0] + ':' + arguments[arguments.length - 1];
}
console.log(args(), args(1), args('a', 'b', 'c'));
function argsInArrow() {
  const inner = () => arguments[1];
  return inner('ignored');
}
console.log(argsInArrow('x', 'y'));
function spreadArgs() {
  return [...arguments];
}
console.log(spreadArgs(1, 2, 3));
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) {
    total += arguments[i];
  }
  return total;
}
console.log(sum(1, 2, 3, 4));
function varArguments() {
  var arguments;
  return arguments.length;
}
console.log(varArguments(1, 2));
function paramNamedArguments(arguments) {
  return arguments;
}
console.log(paramNamedArguments('shadow'));
function withDefaultsAndArguments(a, b = 2) {
  return arguments.length;
}
console.log(withDefaultsAndArguments(1), withDefaultsAndArguments(1, 2, 3));

// Errors from destructuring parameters.
function objParam({ a }) {
  return a;
}
function arrParam([a]) {
  return a;
}
const cases = [() => objParam(), () => objParam(null), () => arrParam(), () => arrParam({}), () => arrParam(3)];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}

// Sloppy-mode arguments.callee.
function factorial(n) {
  return n <= 1 ? 1 : n * arguments.callee(n - 1);
}
console.log(factorial(6), (function () { return arguments.callee.name; })(), (function named() { return typeof arguments.callee; })());
function restOfArguments() {
  const { ...copy } = arguments;
  return copy;
}
console.log(restOfArguments('a', 'b'));
