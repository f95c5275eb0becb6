// Timer ordering as node defines it. Only orders that node guarantees are checked: delays are far
// apart (so a slow machine cannot reorder them) and main-module setTimeout(0) vs setImmediate,
// which node leaves undefined, is not used.
let log = '';
function record(entry) {
  log += entry + '\n';
}
setTimeout(() => record('t200'), 200);
setTimeout(() => record('t100-a'), 100);
setTimeout(() => record('t100-b'), 100);
setTimeout((x, y) => record('args ' + x + ' ' + y), 100, 'p', 'q');
const cancelled = setTimeout(() => record('never'), 1);
clearTimeout(cancelled);

setTimeout(() => {
  setTimeout(() => record('timeout-from-timer'), 0);
  setImmediate(() => record('immediate-from-timer'));
}, 300);

let count = 0;
const iv = setInterval(() => {
  count++;
  record('interval ' + count);
  if (count === 3) clearInterval(iv);
}, 400);

setImmediate(() => {
  record('immediate');
  setImmediate(() => record('nested immediate'));
});

setTimeout(() => {
  console.log(log);
}, 1500);
