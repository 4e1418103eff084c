// `node --import ./tests/standin/register.mjs out/main/main.js`: every `import 'electron'` in the
// built main process (and in electron-store) resolves to the stand-in in ./electron.mjs.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
