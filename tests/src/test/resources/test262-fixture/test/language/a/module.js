/*---
description: a module test
flags: [module]
---*/
import { x } from './module-dep_FIXTURE.js';
