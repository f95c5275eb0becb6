// Benchmark (not a test): object allocation, property access, method calls, recursion and array
// methods. Each part runs WARMUP rounds, then MEASURED rounds, and prints its median round time.
// tests/bench/run-js.sh runs it under gjs and node in one go and prints the ratios.
const WARMUP = 300;
const MEASURED = 100;

function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };

function vectors() {
  let acc = new Vec(0, 0);
  let sum = 0;
  const step = new Vec(1, 2);
  for (let i = 0; i < 200000; i++) {
    acc = acc.add(step);
    sum += acc.dot(step) % 7;
  }
  return sum + acc.x;
}

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

function arrays() {
  const a = [];
  for (let i = 0; i < 20000; i++) a.push(i * 2);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.map((v) => v + 1).filter((v) => v % 3 === 0).reduce((x, y) => x + y, s);
}

function measure(name, body) {
  const times = [];
  let check = 0;
  for (let r = 0; r < WARMUP + MEASURED; r++) {
    const t0 = performance.now();
    check += body();
    if (r >= WARMUP) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${name} median ${times[MEASURED >> 1]} ms (check ${check})`);
}

measure('vectors', vectors);
measure('fib', () => fib(22));
measure('arrays', arrays);
