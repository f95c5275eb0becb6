// Spread in calls, new, array literals and object literals.
function collect(...values) {
  return values;
}
const xs = [1, 2, 3];
console.log(collect(...xs), collect(0, ...xs, 4), collect(...xs, ...xs), collect(...[]), collect(...'héy'));
const o = {
  base: 10,
  add(a, b, c) {
    return this.base + a + b + c;
  },
};
console.log(o.add(...xs), o.add(1, ...[2, 3]));
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const pt = new Point(...[3, 4]);
console.log(pt.x, pt.y, pt instanceof Point);
console.log([...xs, 4, ...xs], [...'ab', ...[]], [0, ...[1.5, 2.5]], [..."😀x"]);
const holes = [1, , 3];
console.log([...holes], [...xs, , 9]);
const copy = [...xs];
copy.push(99);
console.log(xs, copy);
console.log({ ...{ a: 1, b: 2 }, c: 3 }, { a: 0, ...{ a: 1 } }, { ...{ a: 1 }, a: 2 });
console.log({ ...null, ...undefined, ...5, ...'hi', ...[7, 8] });
const nested = { inner: { deep: true } };
const spreadCopy = { ...nested };
console.log(spreadCopy.inner === nested.inner);
function describe(...parts) {
  return parts.join('-');
}
const words = ['a', 'b'];
console.log(describe(...words, 'c'));
// Spread of a large array.
const big = [];
for (let i = 0; i < 1000; i++) {
  big.push(i);
}
console.log(collect(...big).length, [...big, ...big].length);
// Errors.
let u;
const obj = {};
const cases = [() => collect(...u), () => collect(...null), () => collect(...obj), () => collect(...5), () => [...u], () => [...obj], () => [...obj.missing], () => [...collect2()], () => new Point(...u)];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
function collect2() {
  return 1;
}
// A spread is taken when it is reached: later arguments and elements that change the array do not affect it.
const grow = [1, 2];
console.log(collect(...grow, grow.push(3), ...grow), [...grow, grow.pop(), ...grow]);
