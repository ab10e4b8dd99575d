// Compiles every meta-schema in the folder given (Candour's served /schemas/*.schema.json)
// with ajv's JSON Schema 2020-12 class in strict mode: every strict restriction on
// (unknown keywords, types, tuples, required), formats checked by ajv-formats.
// Prints one line per schema and exits 1 when any does not compile.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const folder = process.argv[2];
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const files = readdirSync(folder).filter((name) => name.endsWith(".schema.json")).sort();
for (const file of files) {
  ajv.addSchema(JSON.parse(readFileSync(join(folder, file), "utf8")));
}
let failed = 0;
for (const file of files) {
  const id = JSON.parse(readFileSync(join(folder, file), "utf8")).$id;
  try {
    ajv.getSchema(id);
    console.log(`ok ${file}`);
  } catch (error) {
    failed++;
    console.log(`FAILED ${file}: ${error.message}`);
  }
}
console.log(`${files.length - failed} compiled, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
