#!/usr/bin/env node
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // main catches everything; this is the last line of defence.
    process.stderr.write(`Internal compiler error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
