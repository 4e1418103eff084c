import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend';
import { makeTempDir } from '../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let backend: Backend;

beforeEach(() => {
  temp = makeTempDir();
  backend = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0.0.0-test' });
});
afterEach(() => {
  backend.close();
  temp.cleanup();
});

describe('backend dispatcher', () => {
  it('answers app:info with the data folder', async () => {
    const result = await backend.dispatch('app:info', undefined);
    expect(result).toMatchObject({ ok: true, value: { name: 'Kallelse', dataDir: temp.dir, runtime: 'node' } });
  });

  it('rejects malformed input with a Swedish validation error naming the field', async () => {
    const result = await backend.dispatch('settings:set', { defaultAgendaColumn: 'sidor' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      // Named as the user knows the field, never by its internal path, in Swedish.
      expect(result.error.message).toMatch(/^Kontrollera uppgifterna\. Högerkolumn i föredragningslistan: /);
      expect(result.error.message).not.toContain('defaultAgendaColumn');
      expect(result.error.detail).toBe('defaultAgendaColumn');
    }
  });

  it('refuses unknown channels', async () => {
    const result = await backend.dispatch('fs:readFile', '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('persists settings to disk and emits data:changed', async () => {
    const seen: string[][] = [];
    backend.events.on('data:changed', (p) => seen.push(p.entities));
    const set = await backend.dispatch('settings:set', {
      defaultPlace: 'Regionens hus, sal A',
      organisation: { name: 'Region Jönköpings län' },
    });
    expect(set.ok).toBe(true);
    expect(seen).toEqual([['settings']]);
    backend.close();
    const reopened = createBackend({ dataDir: temp.dir, runtime: 'node', version: '0' });
    const got = await reopened.dispatch('settings:get', undefined);
    expect(got).toMatchObject({
      ok: true,
      value: { defaultPlace: 'Regionens hus, sal A', organisation: { name: 'Region Jönköpings län', dnrPrefix: '' } },
    });
    reopened.close();
  });
});

describe('settings patches', () => {
  it('change only the fields they name, organisation fields included', async () => {
    await backend.dispatch('settings:set', { organisation: { name: 'Region Jönköpings län' } });
    await backend.dispatch('settings:set', { organisation: { dnrPrefix: 'RJL' } });
    await backend.dispatch('settings:set', { defaultPlace: 'Digitalt' });
    expect(backend.services.settings.get()).toMatchObject({
      organisation: { name: 'Region Jönköpings län', dnrPrefix: 'RJL' },
      defaultPlace: 'Digitalt',
    });
  });
});
