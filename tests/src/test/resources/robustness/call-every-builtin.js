// Calls every built-in function reachable from the globals with awkward arguments and receivers.
// Whatever happens must be a value or a JS exception: an internal error fails the Java test that
// runs this. Timers and process.exit are left out (they would schedule forever or end the process).
const skip = ['setTimeout', 'setInterval', 'setImmediate', 'exit'];
const values = [undefined, null, 0, -1, 1.5, NaN, 2147483648, '', 'abc', '10', true, {}, [], [1, 2, 3], [, 1], () => 1, function named() { return this; }, { valueOf() { return 5; } }];
const roots = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Math', 'JSON', 'Error', 'TypeError', 'RangeError', 'console', 'process', 'performance', 'globalThis'];
let calls = 0;
let threw = 0;
function probe(holder, name) {
  let fn;
  try { fn = holder[name]; } catch (e) { return; }
  if (typeof fn !== 'function' || skip.includes(name) || fn === console.log || fn === console.info || fn === console.debug || fn === console.error || fn === console.warn) return;
  for (const receiver of values) {
    for (const a of values) {
      for (const b of [undefined, 1, 'x', []]) {
        calls++;
        try { fn.call(receiver, a, b); } catch (e) { threw++; }
        try { fn.apply(receiver, [a, b, a]); } catch (e) { threw++; }
      }
    }
  }
}
for (const rootName of roots) {
  const root = globalThis[rootName];
  if (root === undefined || root === null) continue;
  for (const name of Object.getOwnPropertyNames(root)) probe(root, name);
  const proto = root.prototype;
  if (proto && typeof proto === 'object') {
    for (const name of Object.getOwnPropertyNames(proto)) probe(proto, name);
  }
}
console.log('calls', calls > 1000, 'threw some', threw > 0);
