// Class declarations and expressions: constructors, methods, statics, computed names, bindings.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  toString() {
    return "(" + this.x + ", " + this.y + ")";
  }
  static origin() {
    return new Point(0, 0);
  }
}
const p = new Point(3, 4);
console.log(p, p.norm(), Point.origin());
console.log(String(p), `${p}`);
console.log(Object.keys(p), typeof Point, Point.name, Point.length);
console.log(Object.keys(Point.prototype), Object.getOwnPropertyNames(Point.prototype));
console.log(Point.prototype.constructor === Point, p instanceof Point, p.norm === Point.prototype.norm);
try {
  Point(1, 2);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  new p.norm();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Default constructor.
class Empty {}
console.log(new Empty(), Empty.length, Empty.name);

// Class expressions, named and anonymous.
const Anon = class {
  hello() { return "hi"; }
};
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Anon.name, new Anon().hello(), Named.name, new Named().who(), typeof Inner);

// Computed method names.
const key = "dyn";
let i = 0;
class Computed {
  [key + "amic"]() { return "dynamic"; }
  ["m" + ++i]() { return i; }
  static ["s" + ++i]() { return "static " + i; }
  42() { return "forty-two"; }
  "quoted name"() { return "quoted"; }
}
const c = new Computed();
console.log(c.dynamic(), c.m1(), Computed.s2(), c[42](), c["quoted name"]());
console.log(Computed.prototype.dynamic.name, Computed.s2.name);

// The inner binding is immutable.
class Immutable {
  reassign() {
    try {
      Immutable = 1;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
}
console.log(new Immutable().reassign());

// A class declaration is a let-like binding with a dead zone.
{
  function early() {
    return new Block();
  }
  try {
    early();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  class Block {}
  console.log(early());
}

// new.target.
class Target {
  constructor() {
    this.target = new.target === Target;
    this.name = new.target.name;
  }
  method() { return new.target; }
}
const t = new Target();
console.log(t.target, t.name, t.method());

// Classes are strict: this is undefined in a detached method.
class Strict {
  whoAmI() { return this; }
  sloppy() { return typeof undeclaredVariable; }
}
const detached = new Strict().whoAmI;
console.log(detached(), new Strict().sloppy());
try {
  (class { m() { leaked = 1; } }).prototype.m();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Returning an object from a constructor replaces the instance; a primitive does not.
class ReturnsObject {
  constructor() { return { replaced: true }; }
}
class ReturnsPrimitive {
  constructor() { this.kept = true; return 1; }
}
console.log(new ReturnsObject(), new ReturnsPrimitive());

// Methods, closures and this.
class Counter {
  constructor() { this.count = 0; }
  increment() { this.count++; return this; }
  adder() { return (n) => { this.count += n; return this.count; }; }
}
const counter = new Counter();
counter.increment().increment();
const add = counter.adder();
console.log(counter.count, add(10), counter);
for (let n = 0; n < 5; n++) {
  const K = class { v() { return n; } };
  console.log(new K().v());
}
