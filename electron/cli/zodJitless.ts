import * as z from 'zod';

// Imported first by the command line's entry (main.ts), before any module that makes a schema:
// zod decides when an object schema is made, not when it parses, whether to compile a fast path
// for it (new Function). One command per process parses each schema once, where compiling costs
// more than it saves (about 15 ms of a PDF export).
z.config({ jitless: true });
