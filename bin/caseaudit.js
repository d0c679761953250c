#!/usr/bin/env node
// caseaudit command-line entry: loads the built CLI (npm install runs the build via `prepare`).
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
