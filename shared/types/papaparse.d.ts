/**
 * The part of papaparse that shared/ uses (parsing a string), declared here because
 * @types/papaparse pulls in Node's types, which shared/ must not see.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }
  export interface ParseConfig {
    delimiter?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    newline?: string;
  }
  export function parse<T = string[]>(input: string, config?: ParseConfig): ParseResult<T>;
  const Papa: { parse: typeof parse };
  export default Papa;
}
