// A stand-in for test262's harness/sta.js, written for the runner's own tests.
