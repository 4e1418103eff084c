// Finds the Electron binary without require('electron'), which would try to download it.
// Returns { path } or { reason } (Swedish). Used by scripts/test.mjs and the Electron smoke tests.
import fs from 'node:fs';
import path from 'node:path';

export function findElectron(root = path.resolve(import.meta.dirname, '..')) {
  const pkg = path.join(root, 'node_modules/electron');
  if (!fs.existsSync(pkg)) return { reason: 'paketet electron är inte installerat' };
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      reason:
        'Electron-binären är inte nedladdad (installerad med ELECTRON_SKIP_BINARY_DOWNLOAD=1 eller utan nätåtkomst)',
    };
  }
  const binary = path.join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist'),
    fs.readFileSync(pathFile, 'utf8').trim(),
  );
  return fs.existsSync(binary) ? { path: binary } : { reason: `Electron-binären saknas: ${binary}` };
}
