/*---
description: raw test
flags: [raw, noStrict]
includes:
  - compareArray.js
  - propertyHelper.js
---*/
'use strict'
