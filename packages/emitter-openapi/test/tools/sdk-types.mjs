// openapi-typescript (ESM) on several documents in one process: node sdk-types.mjs <in.yaml> <out.d.ts> ...
import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const ast = await openapiTS(readFileSync(args[i], "utf8"));
  writeFileSync(args[i + 1], astToString(ast));
}
