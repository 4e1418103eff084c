import { AppError } from '../../shared/ipc/result';
import schema from '../../shared/package/kallelse-package.schema.json' with { type: 'json' };
import { KallelsePackage } from '../../shared/package/model';
import { semanticProblems } from '../../shared/package/semantic';
import { type BranchValidator, context, describeSchemaErrors, type KnownPatterns } from './schemaErrors';
import { createSchemaValidators, type SchemaValidators } from './schemaValidator';

let validators: SchemaValidators | undefined;

/** The project's copy of the v1 JSON Schema (draft 2020-12, formats on), compiled once. */
function schemaValidators(): SchemaValidators {
  validators ??= createSchemaValidators();
  return validators;
}

/** One $defs entry on its own, for precise messages about a document of a known type. */
const validateBranch: BranchValidator = (def, value) => {
  const branch = schemaValidators().branch(def);
  if (!branch || branch(value)) return [];
  return branch.errors ?? [];
};

const patterns: KnownPatterns = {
  isoDate: schema.$defs.isoDate.pattern,
  time: schema.$defs.time.pattern,
  path: schema.$defs.fileRef.properties.path.pattern,
  sha256: schema.$defs.fileRef.properties.sha256.pattern,
};

/**
 * kallelse.json (parsed) → the typed package, or an AppError('BAD_PACKAGE') naming the field:
 * first the JSON Schema (the gatekeeper: unknown properties, shapes, enums), then the zod
 * model, then the semantic checks (real dates, end after start, numbering, ranges).
 */
export function validatePackageJson(data: unknown, fileName = 'kallelse.json'): KallelsePackage {
  const validate = schemaValidators().main;
  if (!validate(data)) {
    const { message, detail } = describeSchemaErrors(validate.errors ?? [], data, validateBranch, patterns, fileName);
    throw new AppError('BAD_PACKAGE', message, detail);
  }
  const parsed = KallelsePackage.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('') ?? '';
    throw new AppError(
      'BAD_PACKAGE',
      `Fel i ${fileName} vid ${path.replace(/^\./, '') || 'paketets rot'}: ${issue?.message ?? 'ogiltigt värde'}.`,
      path.replace(/^\./, ''),
    );
  }
  const problems = semanticProblems(parsed.data);
  const first = problems[0];
  if (first) {
    throw new AppError(
      'BAD_PACKAGE',
      `Fel i ${fileName} vid ${first.path}${context(first.segments, data)}: ${first.message}.`,
      first.path,
    );
  }
  return parsed.data;
}
