#!/usr/bin/env node
// Thin: the compiled CLI does the work and returns the exit code.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
