// Closures over per-iteration loop bindings, TDZ, Annex B block functions, self names, arrow this.

function collect() {
  let acc = '';
  for (let i = 0; i < 3; i++) {
    setTimeout(() => { acc += i; if (i === 2) console.log('per-iteration', acc); }, 1);
  }
}
collect();
function counter() {
  let n = 0;
  return { inc() { return ++n; }, get: () => n };
}
const c = counter();
c.inc(); c.inc();
console.log('counter', c.get());
var o = { v: 7, f: function () { return () => () => this.v; } };
console.log('nested arrow this', o.f()()());
try { (function () { console.log(later); let later = 1; })(); } catch (e) { console.log(e.name, e.message); }
try { (function () { const g = () => x; g(); let x = 2; })(); } catch (e) { console.log(e.name, e.message); }
{ function blockFn() { return 'annex b'; } }
console.log(typeof blockFn === 'function' ? blockFn() : 'strict');
const self = function me(k) { return k ? me(k - 1) + 1 : 0; };
console.log('self', self(5));
let shadow = 'outer';
function sh() { let shadow = 'inner'; return () => shadow; }
console.log(sh()(), shadow);
try { throw 'boom'; } catch (err) { setTimeout(() => console.log('caught later', err), 5); }
