// Class getters and setters (static, computed, through super), their descriptors and strict-mode failures.
class Temp {
  #c = 0;
  static instances = 0;
  constructor(c) { this.#c = c; Temp.instances++; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  set fahrenheit(f) { this.#c = (f - 32) * 5 / 9; }
  get celsius() { return this.#c; }
  static get count() { return Temp.instances; }
  get ['computed' + 'Get']() { return 'cg'; }
}
const t = new Temp(100);
console.log(t.fahrenheit, t.celsius, Temp.count, t.computedGet, Object.keys(t), t);
t.fahrenheit = 32;
console.log(t.celsius, Object.getOwnPropertyNames(Temp.prototype));
class Sub extends Temp {
  get fahrenheit() { return 'sub sees ' + super.fahrenheit; }
}
console.log(new Sub(0).fahrenheit, Temp.count);
const d = Object.getOwnPropertyDescriptor(Temp.prototype, 'celsius');
console.log(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);
'use strict';
try { (() => { 'use strict'; t.celsius = 5; })(); } catch (e) { console.log(e.name, e.message); }
