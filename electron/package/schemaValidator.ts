import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import schema from '../../shared/package/kallelse-package.schema.json' with { type: 'json' };

/**
 * The JSON Schema validators of kallelse.json: the whole package, and each $defs entry on its
 * own (for precise messages). Compiled here at run time (app, tests); the command-line bundle
 * replaces this module with the same validators precompiled to code by ajv standalone at build
 * time (scripts/build-cli.mjs), so a cold start compiles no schema.
 */
export interface SchemaValidators {
  main: ValidateFunction;
  branch(def: string): ValidateFunction | undefined;
}

function compile(source: boolean): Ajv2020 {
  // The schema is a fixed copy (checked against the meta-schema in tests/unit/packageModel.test.ts),
  // so skip meta-validation and code optimisation: compiling is then ~40 % faster at start-up.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    verbose: true,
    validateSchema: false,
    code: { optimize: false, ...(source ? { source: true, esm: true } : {}) },
  });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv;
}

const defs = Object.keys(schema.$defs);
const exportName = (def: string) => `def_${def.replace(/[^A-Za-z0-9_]/g, '_')}`;

export function createSchemaValidators(): SchemaValidators {
  const ajv = compile(false);
  return {
    main: ajv.getSchema(schema.$id)!,
    branch: (def) => ajv.getSchema(`${schema.$id}#/$defs/${def}`),
  };
}

/** ES module source of the precompiled validators, exporting createSchemaValidators like this module. */
export function standaloneSource(): string {
  const ajv = compile(true);
  const refs: Record<string, string> = { main: schema.$id };
  for (const def of defs) refs[exportName(def)] = `${schema.$id}#/$defs/${def}`;
  const code = standaloneCode(ajv, refs);
  const branches = defs.map((def) => `${JSON.stringify(def)}: ${exportName(def)}`).join(', ');
  return `${code}\nconst branches = { ${branches} };\nexport function createSchemaValidators() { return { main, branch: (def) => branches[def] }; }\n`;
}
