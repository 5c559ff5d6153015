#!/usr/bin/env node
// Committed launcher: npm links bins at install time, before `npm run build` has produced dist/.
import '../dist/bin.js';
