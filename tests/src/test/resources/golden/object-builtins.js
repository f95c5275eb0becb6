// Object, Function.prototype call/apply/bind, ToPrimitive through valueOf/toString, and the global conversion functions.
const o = { a: 1, b: 'two' };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.keys([5, , 7]), Object.assign({}, o, { c: 3 }), Object.getPrototypeOf(o) === Object.prototype);
const proto = { greet() { return 'hi ' + this.name; } };
const child = Object.create(proto);
child.name = 'kid';
console.log(child.greet(), proto.isPrototypeOf(child), Object.getPrototypeOf(child) === proto, child.hasOwnProperty('name'), child.hasOwnProperty('greet'));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), String({}), `${{}}`, {} + '', [1, 2] + [3]);
const money = { valueOf() { return 42; }, toString() { return 'money'; } };
console.log(money + 1, `${money}`, money * 2, money > 41, money == 42, String(money));
function add(a, b) { return a + b + this.base; }
console.log(add.call({ base: 100 }, 1, 2), add.apply({ base: 10 }, [3, 4]));
const bound = add.bind({ base: 1000 }, 5);
console.log(bound(6), bound.name, bound.length, add.length);
console.log(Object.getOwnPropertyNames({ x: 1, y: 2 }), Object.hasOwn({ z: 1 }, 'z'), ({ q: 1 }).propertyIsEnumerable('q'));
const nul = Object.create(null);
nul.k = 1;
console.log(nul, Object.keys(nul));
console.log(Object(o) === o, typeof Object(), Object.prototype.constructor === Object, [].constructor === Array);
try { Object.keys(undefined); } catch (e) { console.log(e.name, e.message); }
try { null + { valueOf() { return {}; }, toString() { return {}; } }; } catch (e) { console.log(e.name, e.message); }
console.log([3, 1, 2].map(String), ['1', '2.5', 'x'].map(Number), [0, 1, '', 'a', null].map(Boolean), String(), Number(), String(null), String([1, [2]]));
console.log(parseInt('42px'), parseInt('  -0x1F'), parseInt('101', 2), parseInt('z', 36), parseInt(''), parseInt('12', 1), parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-1e3x'), parseFloat('e5'));
console.log(isNaN('abc'), isNaN('12'), isFinite('1e308'), isFinite(Infinity), Number('0b101'), Number(' 12 '), Number('1_000'));
