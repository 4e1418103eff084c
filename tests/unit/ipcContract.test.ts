import { describe, expect, it } from 'vitest';
import { Settings, SettingsPatch } from '../../shared/domain/settings';
import { createApi } from '../../shared/ipc/api';
import { channels, contract } from '../../shared/ipc/contract';
import { eventNames } from '../../shared/ipc/events';

describe('IPC contract', () => {
  it('names every channel domain:verb in lower case', () => {
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });

  it('builds one api function per channel and one subscriber per event', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(
      channels,
      eventNames,
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: null };
      },
      () => () => {},
    );
    for (const channel of channels) expect(typeof api[channel]).toBe('function');
    expect(Object.keys(api.on).sort()).toEqual([...eventNames].sort());
    await api['settings:set']({ defaultPlace: 'Regionens hus' });
    expect(calls).toEqual([['settings:set', { defaultPlace: 'Regionens hus' }]]);
  });

  it('rejects settings patches with unknown or wrongly typed fields', () => {
    expect(SettingsPatch.safeParse({ defaultAgendaColumn: 'dnr' }).success).toBe(true);
    expect(SettingsPatch.safeParse({ defaultAgendaColumn: 'sidor' }).success).toBe(false);
    expect(SettingsPatch.safeParse({ unknown: 1 }).success).toBe(false);
    expect(contract['app:info'].input.safeParse({ x: 1 }).success).toBe(false);
  });

  it('gives every setting a default, so an empty file parses', () => {
    const s = Settings.parse({});
    expect(s.defaultAgendaColumn).toBe('pages');
    expect(s.pageNumberStyle).toBe('bare');
    expect(s.recentMeetings).toEqual([]);
    expect(s.organisation.logoSha256).toBeNull();
  });
});

describe('settings patch', () => {
  it('cannot point the logo at a stored file; only settings:setLogo can', () => {
    expect(SettingsPatch.safeParse({ organisation: { logoSha256: 'a'.repeat(64) } }).success).toBe(false);
    expect(SettingsPatch.safeParse({ organisation: { name: 'Region Jönköpings län' } }).success).toBe(true);
  });
});
