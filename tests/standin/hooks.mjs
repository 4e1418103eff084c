// Module resolve hook (runs off the main thread): 'electron' → the stand-in, everything else as usual.
const standin = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: standin, shortCircuit: true };
  return next(specifier, context);
}
