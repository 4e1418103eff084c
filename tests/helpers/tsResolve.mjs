// Lets a plain Node child process run the project's TypeScript sources (tests that need real
// second processes): extensionless relative imports resolve to .ts or /index.ts, JSON modules
// load without import attributes. Node strips the types itself.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && !/\.[cm]?[jt]s$|\.json$/.test(specifier)) {
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return next(specifier + suffix, context);
        } catch {}
      }
    }
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url.endsWith('.json')) return next(url, { ...context, importAttributes: { type: 'json' } });
    return next(url, context);
  },
});
