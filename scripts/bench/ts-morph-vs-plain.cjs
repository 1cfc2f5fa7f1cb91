// Why the front end uses the plain compiler API: the same walk (every
// interface property's type, program creation included) through ts-morph's
// wrappers. Usage: node scripts/bench/ts-morph-vs-plain.cjs <project dir> plain|morph
// (run each in its own process; the project comes from `npm run bench`).
const path = require("path");
const ts = require("typescript");
const { Project } = require("ts-morph");
const { specCompilerOptions } = require("../../packages/frontend/dist/program.js");

const [dir = ".bench/n1000", which = "plain"] = process.argv.slice(2);
const entry = path.resolve(dir, "index.ts");
const own = (file) => !/node_modules|packages[\\/]specloom/.test(file);

function plain() {
  const program = ts.createProgram([entry], specCompilerOptions());
  const checker = program.getTypeChecker();
  let n = 0;
  for (const sf of program.getSourceFiles().filter((f) => own(f.fileName))) {
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      for (const p of checker.getPropertiesOfType(checker.getTypeAtLocation(st.name))) {
        checker.getTypeOfSymbol(p);
        n++;
      }
    }
  }
  return n;
}

function morph() {
  const project = new Project({ compilerOptions: specCompilerOptions() });
  project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  let n = 0;
  for (const sf of project.getSourceFiles().filter((f) => own(f.getFilePath()))) {
    for (const i of sf.getInterfaces()) {
      for (const p of i.getType().getProperties()) {
        p.getTypeAtLocation(i);
        n++;
      }
    }
  }
  return n;
}

const start = performance.now();
const n = which === "morph" ? morph() : plain();
console.log(`${which}: ${Math.round(performance.now() - start)} ms for ${n} properties`);
