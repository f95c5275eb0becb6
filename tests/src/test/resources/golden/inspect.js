// console.log's formatting of nested objects and arrays: line breaking, grouping, depth, cycles.
console.log([1, 2, 3], [], [[]], [1, [2, [3, [4, [5]]]]]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
const big = [];
for (let i = 0; i < 30; i++) big.push(i * i);
console.log(big);
const many = [];
for (let i = 0; i < 120; i++) many.push(i);
console.log(many);
console.log([1, , 3, , , 6], new Array(5));
console.log({ name: 'a fairly long name to break the line', value: 12345, nested: { deep: true, list: [1, 2, 3] } });
console.log({ a: { b: { c: { d: 1 } } } }, { a: [{ b: 1 }, { c: 2 }] });
const o = { self: null, n: 1 };
o.self = o;
console.log(o);
function Point(x, y) { this.x = x; this.y = y; }
console.log([new Point(1, 2), new Point(3, 4)], { p: new Point(0, 0) });
console.log([undefined, null, true, 'str', -0, 1.5, function f() {}, () => 1]);
console.log({ 'key-with-dash': 1, valid_id: 2, $dollar: 3, '1starts': 4 });
const arrWithProps = [1, 2];
arrWithProps.extra = 'x';
console.log(arrWithProps);
console.log([[1, 2, [3, 4, [5, [6]]]], { x: [{ y: { z: 1 } }] }]);
console.log(new Error('in array').message, [1.25, 100.5, -3, 42, 7, 8, 9, 10]);
console.log(Array.isArray, [Array]);
