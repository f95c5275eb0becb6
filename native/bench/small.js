// A small script for native/bench/startup.sh: not the training workload, so the AOT cache is
// measured on code it has not seen.
function makeAccount(owner) {
  let balance = 0;
  return {
    owner: owner,
    deposit: (n) => { balance += n; return balance; },
    report: function () { return `${owner}: ${balance}`; }
  };
}
const a = makeAccount('ada');
for (let i = 1; i <= 100; i++) a.deposit(i % 7);
setTimeout(() => console.log(a.report()), 1);
console.log('start');
