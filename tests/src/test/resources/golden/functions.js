// Functions, closures, recursion, arrows, hoisting, this.
function makeCounter() {
  let count = 0;
  return {
    inc: () => ++count,
    get: function () { return count; },
  };
}
const c1 = makeCounter();
const c2 = makeCounter();
c1.inc();
c1.inc();
c2.inc();
console.log(c1.get(), c2.get());

console.log(hoisted(4));
function hoisted(x) {
  return x * x;
}

const fact = function f(n) {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(10), fact(20));

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(25));

const adder = (a) => (b) => a + b;
console.log(adder(3)(4), adder('x')('y'));

const obj = {
  name: 'obj',
  whoAmI: function () { return this.name; },
  arrow: function () { return (() => this.name)(); },
};
console.log(obj.whoAmI(), obj.arrow());

function missingArgs(a, b) {
  return typeof b;
}
console.log(missingArgs(1), missingArgs(1, 2));
console.log(typeof fib, typeof obj, typeof 'x', typeof 1, typeof undefined, typeof null, typeof notDeclared);

var x = 1;
{
  let x = 2;
  console.log('inner', x);
}
console.log('outer', x);
