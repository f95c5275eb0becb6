// A program evaluated from JS (the Function constructor) does not run pending ticks or timers.
setTimeout(() => console.log("timer"), 0);
process.nextTick(() => console.log("tick"));
const f = Function("return 1");
console.log("after", f());
