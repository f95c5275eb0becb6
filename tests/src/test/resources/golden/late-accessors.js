// Setters and read-only properties defined on a prototype after property writes were already specialized.
function P() {}
function make(v) { const o = new P(); o.x = v; return o; }
let last;
for (let i = 0; i < 2000; i++) last = make(i);
console.log(last.x, Object.keys(last));
let seen = [];
Object.defineProperty(P.prototype, 'x', { set(v) { seen.push(v); }, get() { return 'from getter'; }, configurable: true });
const after = make(7);
console.log(after.x, Object.keys(after), seen);
Object.defineProperty(P.prototype, 'x', { value: 'read-only', writable: false });
const third = make(8);
console.log(third.x, Object.keys(third));
const base = { y: 1 };
const child = Object.create(base);
child.y = 2;
Object.setPrototypeOf(base, Object.freeze({ z: 0 }));
child.z = 5;
console.log(child.y, child.z, Object.keys(child));
