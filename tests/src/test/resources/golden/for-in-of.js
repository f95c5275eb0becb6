// for-of over arrays and strings, for-in key order and inherited keys, loop labels, non-iterables.
const fns = [];
for (const x of [1, 2, 3]) fns.push(() => x);
console.log(fns.map((f) => f()));
let s = '';
for (const ch of 'héllo😀') s += '[' + ch + ']';
console.log(s);
const o = { b: 1, a: 2, 10: 'ten', 2: 'two' };
for (const k in o) console.log('key', k, o[k]);
console.log(Object.keys(o), o);
function P() { this.own = 1; }
P.prototype.inherited = 2;
const keys = [];
for (var k in new P()) keys.push(k);
console.log(keys, k);
let target = {};
for (target.last of ['x', 'y']);
console.log(target.last);
outer: for (const a of [1, 2, 3]) {
  for (const b of [1, 2, 3]) {
    if (b === 2) continue outer;
    if (a === 3) break outer;
    console.log('pair', a, b);
  }
}
for (const i in [7, 8, 9]) console.log(typeof i, i);
for (const v in null) console.log('never');
try { for (const v of 5) console.log(v); } catch (e) { console.log(e.name, e.message); }
try { for (const v of undefined) console.log(v); } catch (e) { console.log(e.name, e.message); }
const arr = [1, 2];
for (const v of arr) { if (arr.length < 4) arr.push(v * 10); }
console.log(arr);
for (const [k, v] of Object.entries({ a: 1, b: 2 })) console.log(k, v);
for (const { x, y = 9 } of [{ x: 1 }, { x: 2, y: 3 }]) console.log(x, y);
let p, q;
for ([p, q] of [[1, 2], [3, 4]]) console.log(p + q);
var acc = [];
for (var [first] of ['ab', 'cd']) acc.push(first);
console.log(acc, first);
const funcs = [];
for (const [i] of [[0], [1]]) funcs.push(() => i);
console.log(funcs.map((f) => f()));
