// Built-ins called with fewer arguments than they can take.
setTimeout(() => console.log("one arg"));
function f() { return this; }
console.log(f.call() === globalThis, typeof f.bind()());
