#!/usr/bin/env node
// The `eslint-plugin-reliability` bin: `npx eslint-plugin-reliability audit [directory]`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
