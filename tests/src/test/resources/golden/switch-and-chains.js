// switch (fall-through, default anywhere, labels, dead zone) and optional chaining.
function kind(x) {
  switch (typeof x) {
    case 'number':
      if (x > 10) return 'big number';
      return 'number';
    case 'string':
    case 'boolean':
      return 'primitive ' + typeof x;
    default:
      return 'other';
  }
}
console.log(kind(5), kind(50), kind('s'), kind(true), kind(null));
function fall(n) {
  let out = '';
  switch (n) {
    default: out += 'd';
    case 1: out += '1';
    case 2: out += '2'; break;
    case 3: out += '3';
  }
  return out;
}
console.log(fall(1), fall(2), fall(3), fall(9));
outer: for (let i = 0; i < 3; i++) {
  switch (i) {
    case 1: continue outer;
    case 2: break outer;
  }
  console.log('loop', i);
}
switch (1) { case 1: let scoped = 'inner'; console.log(scoped); }
try { switch (2) { case 1: let t = 1; break; case 2: console.log(t); } } catch (e) { console.log(e.name, e.message); }
const o = { a: { b: { c: 1 } }, f() { return 'called'; }, n: null };
console.log(o?.a?.b?.c, o.x?.y.z, o.n?.k, o.f?.(), o.g?.(), o.a?.['b'].c);
const maybe = undefined;
console.log(maybe?.length, maybe?.(), (maybe?.a)?.b);
try { o.n.k; } catch (e) { console.log(e.message); }
