/** The IR's `$schema` depends only on the config, never on where the project or the process is. */
import { irSchemaRef } from "@specloom/core";

const target = "node_modules/@specloom/core/schema/specloom.ir.schema.json";

test.each([
  ["docs", `../../${target}`],
  ["docs/", `../../${target}`],
  ["./docs", `../../${target}`],
  ["documentation/api", `../../../${target}`],
  ["a/../docs", `../../${target}`],
  ["docs\\api", `../../../${target}`],
  [".", `../${target}`],
  ["../shared-docs", `./${target}`],
  ["/abs/docs", `./${target}`],
  ["C:\\docs", `./${target}`],
])("documentationDir %j", (dir, expected) => {
  const cwd = process.cwd();
  try {
    expect(irSchemaRef(dir)).toBe(expected);
    process.chdir("/");
    expect(irSchemaRef(dir)).toBe(expected);
  } finally {
    process.chdir(cwd);
  }
});
