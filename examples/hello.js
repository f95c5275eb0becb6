// A first gjs program: a timer, a closure and some arithmetic.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

let ticks = 0;
const started = 'started';
console.log(started);

const interval = setInterval(() => {
  ticks++;
  console.log(`tick ${ticks}: fib(${ticks * 5}) = ${fib(ticks * 5)}`);
  if (ticks === 3) {
    clearInterval(interval);
    setTimeout(() => console.log('done after', ticks, 'ticks'), 10);
  }
}, 5);

console.log('scheduled');
