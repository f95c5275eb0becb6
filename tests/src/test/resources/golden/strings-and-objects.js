// Strings, templates, objects and how console.log prints them.
const who = 'world';
console.log(`hello ${who}, ${1 + 1} times`);
console.log('a' < 'b', 'B' < 'a', 'abc'.length, '' + null + undefined);
console.log('x' === 'x', 'x' == 'x', 1 == '1', null == undefined, null === undefined, 0 == false);
const o = { a: 1, b: 'two', c: { d: true, e: null }, 'key with space': 3 };
console.log(o);
o.a = 10;
o['b'] = 'changed';
o.added = undefined;
console.log(o.a, o.b, o.added, o.missing);
console.log({}, { x: { y: { z: { w: 1 } } } });
console.log('%s is %d years', 'Bob', 42.5, 'extra');
console.log('%i%%', 99.9);
console.log(-0, 1e100, 123e-20, 2 ** 53, 2 ** 53 + 2);
console.log('quote\'s', "it's \"quoted\"", { s: 'it\'s' });
console.log(function named() {}, () => 1);
