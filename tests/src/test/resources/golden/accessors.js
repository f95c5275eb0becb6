// Accessors, computed keys, __proto__ in literals, defineProperty, freeze/seal, descriptors (strict code).
'use strict';
const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
  ['computed' + 1]: 'yes',
  [2 + 3]: 'five',
};
console.log(temp.fahrenheit, temp.computed1, temp[5]);
temp.fahrenheit = 212;
console.log(temp.celsius, temp);
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
try { frozen.c = 3; } catch (e) { console.log(e.name, e.message); }
frozen.nested.b = 3;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested), Object.isExtensible(frozen));
const o = {};
Object.defineProperty(o, 'hidden', { value: 42 });
Object.defineProperty(o, 'shown', { value: 1, enumerable: true, writable: true, configurable: true });
Object.defineProperty(o, 'computed', { get() { return this.shown * 10; }, enumerable: true });
console.log(o, o.hidden, Object.keys(o));
console.log(Object.getOwnPropertyDescriptor(o, 'hidden'), Object.getOwnPropertyDescriptor(o, 'computed'));
try { o.hidden = 5; } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(o, 'hidden', { value: 7 }); } catch (e) { console.log(e.name, e.message); }
try { o.computed = 1; } catch (e) { console.log(e.name, e.message); }
const child = Object.create(temp);
console.log(child.fahrenheit, 'celsius' in child);
child.fahrenheit = 32;
console.log(child.celsius, Object.keys(child), temp.celsius);
const withProto = { __proto__: { inherited: true }, own: 1 };
console.log(withProto.inherited, Object.keys(withProto));
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
try { delete sealed.s; } catch (e) { console.log(e.message); }
console.log(sealed.s, Object.isSealed(sealed));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
