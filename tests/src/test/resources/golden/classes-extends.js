// Inheritance: extends, super(), super.method(), statics, built-in parents.
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name + " makes a sound";
  }
  static create(name) {
    return new this(name);
  }
  static kind() { return "animal"; }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return super.speak() + " (woof)";
  }
  static kind() { return "dog, a kind of " + super.kind(); }
}
const d = new Dog("Rex", "lab");
console.log(d, d.speak(), d instanceof Dog, d instanceof Animal);
console.log(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(Dog.kind(), Dog.create("Fido"), Dog.create("Fido") instanceof Dog);

// Default derived constructor passes all arguments.
class Puppy extends Dog {
  age = 1;
}
console.log(new Puppy("Bit", "pug"), new Puppy("Bit").speak());

// Fields of a derived class are initialized when super() returns.
class Base {
  constructor() {
    this.seen = typeof this.field;
  }
}
class Derived extends Base {
  field = "set";
  constructor() {
    super();
    this.after = this.field;
  }
}
console.log(new Derived());

// this before super(), super twice, bad returns.
class Early extends Base {
  constructor() {
    this.x = 1;
    super();
  }
}
try {
  new Early();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class NoSuper extends Base {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class Twice extends Base {
  constructor() {
    super();
    super();
  }
}
try {
  new Twice();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class ReturnsNumber extends Base {
  constructor() {
    super();
    return 1;
  }
}
try {
  new ReturnsNumber();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
class ReturnsObject extends Base {
  constructor() {
    return { other: true };
  }
}
console.log(new ReturnsObject());

// Arrows in a derived constructor see this after super().
class WithArrow extends Base {
  constructor() {
    const read = () => this.seen;
    super();
    this.read = read();
  }
}
console.log(new WithArrow());

// new.target through super() is the class that new named.
class Shape {
  constructor() {
    this.made = new.target.name;
  }
}
class Square extends Shape {}
console.log(new Square(), new Shape());

// Extending an ordinary function.
function Legacy(v) {
  this.v = v;
}
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor(v) {
    super(v * 2);
  }
}
const m = new Modern(21);
console.log(m, m.get(), m instanceof Legacy);

// Bad parents.
for (const parent of [1, undefined, {}, () => {}]) {
  try {
    class Bad extends parent {}
  } catch (e) {
    console.log(e.constructor.name);
  }
}
function NoProto() {}
NoProto.prototype = 3;
try {
  class Bad extends NoProto {}
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}

// extends null.
class Nothing extends null {}
console.log(Object.getPrototypeOf(Nothing.prototype), Object.getPrototypeOf(Nothing) === Object.getPrototypeOf(function () {}));
try {
  new Nothing();
} catch (e) {
  console.log(e.constructor.name);
}

// Subclassing Error.
class MyError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}
MyError.prototype.name = "MyError";
class HttpError extends MyError {
  status = 500;
}
const e1 = new MyError("failed", 42);
console.log(e1 instanceof MyError, e1 instanceof Error, e1.name, e1.message, e1.code, typeof e1.stack);
console.log(Object.getPrototypeOf(e1) === MyError.prototype, Object.getPrototypeOf(MyError.prototype) === Error.prototype);
console.log(String(e1), e1.stack.split("\n")[0]);
const e2 = new HttpError("down");
console.log(e2 instanceof HttpError, e2 instanceof MyError, e2.name, e2.message, e2.status);
try {
  throw new HttpError("thrown");
} catch (e) {
  console.log(e.name + ": " + e.message, e instanceof HttpError);
}
class ValidationError extends TypeError {}
const v = new ValidationError("bad");
console.log(v instanceof ValidationError, v instanceof TypeError, v.name, v.message);

// Subclassing Array.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, Array.isArray(s));

// super property reads in object-like positions and with computed keys.
class Greeter {
  hello() { return "hello"; }
}
class LoudGreeter extends Greeter {
  hello() {
    const key = "hello";
    const inner = () => super[key]().toUpperCase();
    return inner() + "!";
  }
}
console.log(new LoudGreeter().hello());

// Static fields and methods are inherited.
class Config {
  static defaults = { debug: false };
  static describe() { return this.name + " " + JSON_LIKE(this.defaults); }
}
function JSON_LIKE(o) { return Object.keys(o).map((k) => k + "=" + o[k]).join(","); }
class AppConfig extends Config {}
console.log(AppConfig.describe(), AppConfig.defaults === Config.defaults, Object.keys(AppConfig));
