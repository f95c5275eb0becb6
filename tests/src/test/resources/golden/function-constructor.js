// The Function constructor makes functions from source text in the global scope.
const add = new Function('a', 'b', 'return a + b;');
console.log(add(2, 3), add.name, add.length, Function('return 42')(), Function.prototype.constructor === Function);
console.log((function () {}).constructor === Function, add instanceof Function, Object.getPrototypeOf(add) === Function.prototype);
try { Function('a', 'return a +'); } catch (e) { console.log(e.name); }
