// Destructuring assignment: swaps, member targets, defaults, rest, nesting, and the expression's value.
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
let x, y, z;
({ x, y: z = 10 } = { x: 'X' });
console.log(x, z);
const target = {};
[target.first, target['second'], ...target.rest] = [1, 2, 3, 4];
console.log(target);
({ p: target.p = 'dp', q: target['q'] } = { q: 'Q' });
console.log(target);
const arr = [];
[arr[0], arr[1]] = ['zero', 'one'];
console.log(arr);
let rest;
({ a, ...rest } = { a: 'A', b: 'B', c: 'C' });
console.log(a, rest);
let deep;
[{ deep }] = [{ deep: 'D' }];
console.log(deep);
const source = [5, 6];
const result = ([a, b] = source);
console.log(result === source, a, b);
let chained1, chained2;
chained1 = [chained2] = ['c'];
console.log(chained1, chained2);

// Targets are evaluated before values are read, left to right.
const log = [];
const obj = {
  get() {
    log.push('target');
    return target;
  },
};
[obj.get().late = (log.push('default'), 'L')] = [];
console.log(log, target.late);

// Assigning to a const in a pattern throws.
const fixed = 1;
try {
  [fixed] = [2];
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  let m;
  [m] = 7;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  let m;
  ({ m } = null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// Loops that swap.
let f0 = 0, f1 = 1;
for (let i = 0; i < 10; i++) {
  [f0, f1] = [f1, f0 + f1];
}
console.log(f0, f1);
