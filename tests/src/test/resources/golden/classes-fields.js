// Public and private fields, static fields and blocks, private methods, #x in obj.
let order = [];
function log(what) {
  order.push(what);
  return what;
}
class Fields {
  a = log("a");
  b;
  ["computed" + log("key")] = log("computed");
  c = this.a + "!";
  arrow = () => this.a;
  named = function () {};
  constructor(x) {
    log("constructor " + x + " sees a=" + this.a);
    this.x = x;
  }
}
console.log(order);
const f = new Fields(log("argument"));
console.log(order, f, f.arrow(), f.named.name, f.arrow.name);
console.log(Object.keys(f));

class Statics {
  static count = 0;
  static label = "L" + Statics.count;
  static self = this;
  static {
    this.fromBlock = this.count + 1;
    var hidden = "var in block";
    let arrow = () => this.label;
    Statics.viaArrow = arrow();
    Statics.hidden = hidden;
  }
  static next() { return ++Statics.count; }
}
console.log(Statics.count, Statics.label, Statics.self === Statics, Statics.fromBlock, Statics.viaArrow, Statics.hidden, Statics.next(), Statics.next());

class Account {
  #balance = 0;
  static #instances = 0;
  #log = [];
  constructor(owner) {
    this.owner = owner;
    Account.#instances++;
  }
  deposit(amount) {
    this.#check(amount);
    this.#balance += amount;
    this.#log.push(amount);
    return this;
  }
  #check(amount) {
    if (amount <= 0) {
      throw new RangeError("bad amount " + amount);
    }
  }
  get_balance() { return this.#balance; }
  history() { return this.#log.slice(); }
  static instances() { return Account.#instances; }
  static isAccount(o) { return #balance in o; }
  static peek(o) { return o.#balance; }
  static #secret() { return "static private"; }
  static reveal() { return Account.#secret(); }
  increments() {
    this.#balance++;
    ++this.#balance;
    const old = this.#balance--;
    this.#balance ??= 5;
    this.#balance ||= 7;
    return old + " " + this.#balance;
  }
  tryWriteMethod() {
    try {
      this.#check = 1;
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
  }
  sameMethod(other) { return this.#check === other.#check; }
}
const acct = new Account("ann").deposit(10).deposit(5);
const other = new Account("bob");
console.log(acct, acct.get_balance(), acct.history(), Account.instances(), Object.keys(acct));
console.log(Account.isAccount(acct), Account.isAccount({}), Account.reveal(), acct.increments(), acct.tryWriteMethod(), acct.sameMethod(other));
try {
  acct.deposit(-1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Account.peek({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Account.isAccount(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
for (const k in acct) {
  console.log("key", k);
}

// Each evaluation of a class makes new private names.
function makeClass() {
  return class {
    #v = 1;
    static read(o) { return o.#v; }
  };
}
const A1 = makeClass();
const A2 = makeClass();
console.log(A1.read(new A1()));
try {
  A1.read(new A2());
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// Same private name in a nested class shadows the outer one.
class Outer {
  #x = "outer";
  inner() {
    const self = this;
    class Nested {
      #x = "nested";
      read(o) { return o.#x; }
      readOuter() { try { return self.#x; } catch (e) { return e.constructor.name; } }
    }
    const n = new Nested();
    return [n.read(n), n.readOuter()];
  }
}
console.log(new Outer().inner());
