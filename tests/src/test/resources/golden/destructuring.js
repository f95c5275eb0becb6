// Destructuring binding patterns: declarations, nested patterns, defaults, rest, catch and for heads.
const [a, b, ...rest] = [1, 2, 3, 4, 5];
console.log(a, b, rest);
const [, second, , fourth] = [10, 20, 30, 40];
console.log(second, fourth);
const [d1 = 'd1', d2 = 'd2'] = [undefined, null];
console.log(d1, d2);
let { x, y: why = 5, ...others } = { x: 1, q: 2, w: 3 };
console.log(x, why, others);
var [p, [q, r = 'default'], { t, u: { v } }] = [10, [20], { t: 30, u: { v: 40 } }];
console.log(p, q, r, t, v);
const { length, 0: first } = 'hello';
console.log(length, first);
const [c1, c2, ...cs] = 'a😀bc';
console.log(c1, c2, cs);
const key = 'dyn';
const { [key]: dynamic, ['lit' + 'eral']: literal = 'none' } = { dyn: 'D' };
console.log(dynamic, literal);
const { [key]: excluded, ...kept } = { dyn: 1, other: 2 };
console.log(excluded, kept);
const { 0: e0, 2: e2, length: len } = [7, 8, 9];
console.log(e0, e2, len);
const [h1, h2] = [, 'x'];
console.log(h1, h2);
const [] = [];
const {} = 0;

// Defaults are evaluated only for undefined, left to right, and can see earlier bindings.
let calls = 0;
const next = () => ++calls;
const [n1 = next(), n2 = next(), n3 = n1 + n2] = [undefined, 5];
console.log(n1, n2, n3, calls);
const { f1 = function () {}, f2 = () => {}, f3 = function named() {} } = {};
console.log(f1.name, f2.name, f3.name);
const [g1 = function () {}] = [];
console.log(g1.name);

// A rest element copies holes as undefined and gets a new array.
const src = [1, , 3];
const [...copy] = src;
console.log(copy, copy === src);

// Objects and arrays nest in any order.
const { list: [{ id: firstId }, ...tail] } = { list: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
console.log(firstId, tail);

// for heads and closures that capture pattern bindings.
for (let [i, j] = [0, 3]; i < j; i++, j--) {
  console.log('loop', i, j);
}
const fns = [];
for (let { k } = { k: 0 }; k < 3; k++) {
  fns.push(() => k);
}
console.log(fns.map((fn) => fn()));
function captures() {
  const { left, right: [rv] } = { left: 'L', right: ['R'] };
  return () => left + rv;
}
console.log(captures()());

// catch parameters.
try {
  throw { code: 42, info: [1, 2] };
} catch ({ code, info: [i0, ...irest] }) {
  console.log('caught', code, i0, irest);
}
try {
  throw new Error('boom');
} catch ({ message, name }) {
  console.log(name, message);
}

// Errors have V8's messages.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
let nothing;
const o = {};
attempt('array of undefined', () => { const [z] = undefined; });
attempt('array of null', () => { const [z] = null; });
attempt('array of number', () => { const [z] = 5; });
attempt('array of object', () => { const [z] = {}; });
attempt('array of name', () => { const [z] = o; });
attempt('array of call', () => { const [z] = (() => 1)(); });
attempt('array of member', () => { const n = { x: 1 }; const [z] = n.x; });
attempt('nested array', () => { const [[z]] = [1]; });
attempt('object of undefined', () => { const { z } = undefined; });
attempt('object of null', () => { const { z } = null; });
attempt('object of name', () => { const { z } = nothing; });
attempt('object of member', () => { const { z } = o.missing; });
attempt('nested object', () => { const { a: { b } } = {}; });
attempt('empty object of null', () => { const {} = null; });
attempt('rest of null', () => { const { ...all } = null; });
attempt('catch', () => { try { throw undefined; } catch ({ z }) { } });
attempt('tdz in default', () => { const [z1 = z2, z2] = []; });
