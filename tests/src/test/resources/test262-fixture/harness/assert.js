// A stand-in for test262's harness/assert.js, written for the runner's own tests.
function assertTrue(value) {
  if (value !== true) {
    throw new Error("expected true");
  }
}
