// Classes printed by console.log as node prints them.
class A {}
class B extends A {}
const C = class {};
const D = class extends B {};
function F() {}
class G extends F {}
console.log(A, B, C, D, [A], { B }, G, class {});
