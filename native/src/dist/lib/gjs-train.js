// Training workload for the JDK AOT cache (native/README.md).
// It runs once at build time with -XX:AOTCacheOutput so that the classes the launcher, the
// polyglot engine, the parser, the translator, the nodes and the event loop need are loaded
// and linked ahead of time. Keep it short (well under a second of JS) and touch every kind of
// construct gjs supports today: no arrays, classes, `new` or destructuring yet.
'use strict';

// Functions, recursion, arithmetic on ints and doubles.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function gcd(a, b) {
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
var ratio = 355 / 113;

// Closures and arrow functions.
function counter(start) {
  let n = start;
  return {
    next: () => ++n,
    add: function (k) { n += k; return n; },
    value: function () { return n; }
  };
}
const c = counter(10);
c.next();
c.add(5);

// Objects: literals, nested, dynamic keys, property read/write, typeof, in-place updates.
const key = 'dyn';
const point = { x: 1, y: 2, nested: { depth: 1 } };
point[key + 'amic'] = true;
point.x += 41;
point['y'] = point.y * 2;
point.nested.depth++;
point.dynamic = false;
const kinds = typeof point + ' ' + typeof fib + ' ' + typeof undefined + ' ' + typeof 'str' + ' ' + typeof 1;

// Strings, template literals, equality, logical and bitwise operators.
let text = '';
for (let i = 0; i < 5; i++) {
  text += `${i}${i % 2 === 0 ? 'e' : 'o'}`;
}
const flags = (5 & 3) | (1 << 4) ^ (255 >>> 2) >> 1;
const fallback = null || 'default';
const both = point.x > 0 && point.y > 0;
const loose = (1 == '1') && (null == undefined) && !(0 === '0');

// Control flow: labels, break/continue, do-while, switch-free branching, exceptions.
let found = -1;
outer: for (let i = 0; i < 10; i++) {
  for (let j = 0; j < 10; j++) {
    if (j > i) continue outer;
    if (i * j === 42) { found = i; break outer; }
  }
}
let loops = 0;
do { loops++; } while (loops < 3);
let caught = 'none';
try {
  throw 'boom';
} catch (e) {
  caught = e;
} finally {
  loops++;
}

console.log('fib', fib(20), 'gcd', gcd(1071, 462), 'ratio', ratio);
console.log(`counter ${c.value()} text ${text} flags ${flags}`);
console.log('point', point.x, point.y, point.nested.depth, kinds);
console.log('logic', fallback, both, loose, found, loops, caught);
console.error('stderr works too');

// Timers: the event loop's phases (timeouts, intervals, immediates, clear, unref).
let ticks = 0;
const interval = setInterval(() => {
  ticks++;
  if (ticks === 3) {
    clearInterval(interval);
    setImmediate(() => console.log('immediate after', ticks, 'ticks'));
  }
}, 1);
const cancelled = setTimeout(() => console.log('never printed'), 5);
clearTimeout(cancelled);
setTimeout(function (label) { console.log('timeout', label, c.next()); }, 2, 'with-arg');
setTimeout(() => {}, 100000).unref();
console.log('scheduled');

// A hot function, so that the training run also loads (and the cache keeps) the Graal
// compiler's classes: bin/gjs-aot-train passes --engine.BackgroundCompilation=false so that the
// compilation finishes before the program exits.
function hot(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc = (acc + i * 31) % 1000003;
  }
  return acc;
}
let hotTotal = 0;
for (let k = 0; k < 2000; k++) {
  hotTotal += hot(50);
}
console.log('hot', hotTotal);
