// process.nextTick runs after the current operation, before timers; ticks queued by ticks run first.
process.stdout.write('no newline;');
process.stdout.write(' then newline\n');
setTimeout(() => {
  console.log('timeout');
  process.nextTick(() => console.log('tick after timeout'));
  setTimeout(() => console.log('second timeout'), 0);
}, 0);
process.nextTick(() => console.log('tick 1'));
process.nextTick((a, b) => {
  console.log('tick 2', a, b);
  process.nextTick(() => console.log('tick 3 (nested)'));
}, 'x', 'y');
console.log('sync end', typeof process.argv[0], process.platform.length > 0);
