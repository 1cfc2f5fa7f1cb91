#!/usr/bin/env node
import { main } from "./main";

// A reader that goes away (`specloom check | head -1`) is not an error: stop
// quietly with the run's code, as tsc does, instead of an unhandled EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

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
