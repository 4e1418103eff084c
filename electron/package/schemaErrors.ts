import type { ErrorObject } from 'ajv';
import { unsafePathReason } from '../../shared/package/filePath';
import { formatPath, itemNumberAt, type PathSegment, pointerSegments } from '../../shared/package/jsonPath';

/**
 * Turns ajv's errors on kallelse.json into one Swedish sentence naming the field by its
 * readable path. Documents are a oneOf over five kinds and ajv reports every branch's errors
 * (with schema paths relative to each $ref), so a failing document is validated again
 * against the one branch its `type` selects, and that branch's first error is reported.
 */

/** Validates a value against one $defs entry of the package schema. */
export type BranchValidator = (def: string, value: unknown) => readonly ErrorObject[];

/** The schema's own patterns, to say what a pattern error means. */
export interface KnownPatterns {
  isoDate: string;
  time: string;
  path: string;
  sha256: string;
}

const documentDefs: Record<string, string> = {
  protokollsutdrag: 'protokollsutdrag',
  tjansteskrivelse: 'tjansteskrivelse',
  missiv: 'tjansteskrivelse',
  informationshandlingar: 'informationshandlingar',
  delegationsbeslut: 'delegationsbeslut',
  pdf: 'importedPdf',
};

const DOCUMENT_AT = /^(\/meeting\/sections\/\d+\/items\/\d+\/documents\/\d+)(\/|$)/;

const typeNames: Record<string, string> = {
  string: 'en text',
  integer: 'ett heltal',
  number: 'ett tal',
  boolean: 'true eller false',
  object: 'ett objekt',
  array: 'en lista',
  null: 'null',
};

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `”${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
};

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

function describe(error: ErrorObject, where: string, patterns: KnownPatterns): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where}: det obligatoriska fältet ”${String(p.missingProperty)}” saknas`;
    case 'additionalProperties':
      return `${where}: okänt fält ”${String(p.additionalProperty)}” (egna tillägg måste börja med ”x-”)`;
    case 'type':
      return `${where}: ska vara ${typeNames[String(p.type)] ?? String(p.type)}`;
    case 'enum':
      return `${where}: ${show(error.data)} är inte tillåtet; tillåtna värden är ${(p.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
    case 'const':
      return `${where}: ska vara ${show(p.allowedValue)}, inte ${show(error.data)}`;
    case 'minLength':
      return `${where}: får inte vara tomt`;
    case 'minimum':
      return `${where}: ska vara minst ${String(p.limit)}, inte ${show(error.data)}`;
    case 'minItems':
      return `${where}: måste innehålla minst ${String(p.limit)}`;
    case 'format':
      return `${where}: ${show(error.data)} är ingen giltig tidpunkt (ISO 8601, t.ex. 2022-02-10T09:00:00Z)`;
    case 'pattern': {
      const value = String(error.data);
      const pattern = String(p.pattern);
      if (pattern === patterns.isoDate) return `${where}: ${show(value)} är inget datum på formen ÅÅÅÅ-MM-DD`;
      if (pattern === patterns.time) return `${where}: ${show(value)} är ingen tid på formen TT:MM (00:00-23:59)`;
      if (pattern === patterns.sha256) {
        return `${where}: ${show(value)} är ingen sha256-kontrollsumma (64 tecken 0-9 och a-f)`;
      }
      if (pattern === patterns.path) {
        const reason = unsafePathReason(value) ?? 'är ogiltig';
        return `${where}: sökvägen ${show(value)} ${reason}; en fil ska anges med en relativ sökväg inuti paketet`;
      }
      return `${where}: ${show(value)} har fel form`;
    }
    default:
      return `${where}: ${error.message ?? 'ogiltigt värde'}`;
  }
}

export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  validateBranch: BranchValidator,
  patterns: KnownPatterns,
  fileName = 'kallelse.json',
): { message: string; detail: string } {
  let first = errors.find((e) => e.keyword !== 'oneOf' || !DOCUMENT_AT.test(e.instancePath)) ?? errors[0];
  if (!first) return { message: `Fel i ${fileName}: okänt schemafel.`, detail: '' };
  const inDocument = DOCUMENT_AT.exec(first.instancePath);
  if (inDocument) {
    const docPointer = inDocument[1]!;
    const doc = valueAt(data, pointerSegments(docPointer));
    const type = valueAt(doc, ['type']);
    const def = typeof type === 'string' ? documentDefs[type] : undefined;
    if (!def) {
      const segments = pointerSegments(docPointer);
      const path = formatPath(segments);
      const allowed = Object.keys(documentDefs).join(', ');
      const what = typeof type === 'string' ? `dokumenttypen ”${type}” finns inte` : 'dokumentet saknar fältet ”type”';
      return {
        message: `Fel i ${fileName} vid ${path}.type${context(segments, data)}: ${what}; giltiga typer är ${allowed}.`,
        detail: `${path}.type`,
      };
    }
    const branch = validateBranch(def, doc)[0];
    if (branch) first = { ...branch, instancePath: docPointer + branch.instancePath };
  }
  const segments = pointerSegments(first.instancePath);
  const path = formatPath(segments);
  const field =
    first.keyword === 'required'
      ? formatPath([...segments, String((first.params as { missingProperty: string }).missingProperty)])
      : first.keyword === 'additionalProperties'
        ? formatPath([...segments, String((first.params as { additionalProperty: string }).additionalProperty)])
        : path;
  const where = `${path || 'paketets rot'}${context(segments, data)}`;
  return { message: `Fel i ${fileName} vid ${describe(first, where, patterns)}.`, detail: field };
}

/** " (ärende 12)" when the path lies inside an agenda item. */
export function context(segments: readonly PathSegment[], data: unknown): string {
  const sections = valueAt(data, ['meeting', 'sections']);
  const n = itemNumberAt(segments, Array.isArray(sections) ? (sections as { items?: unknown[] }[]) : undefined);
  return n === null ? '' : ` (ärende ${n})`;
}
