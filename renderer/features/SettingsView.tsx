import { type ChangeEvent, useState } from 'react';
import type { PageNumberStyle, SettingsPatch } from '../../shared/domain/settings';
import { call, messageOf } from '../api';
import { useStore } from '../state/store';
import { sv } from '../strings.sv';
import { AgendaColumnSelect } from './AgendaColumnSelect';
import { PanelHeader } from './PanelHeader';

const organisationFields = ['name', 'shortName', 'dnrPrefix', 'postalAddress', 'website'] as const;

/** Reads a chosen image file as base64 (the renderer never sees a path). */
const toBase64 = (file: File): Promise<string> =>
  file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });

/** Organisation details, defaults for new meetings and how page numbers print. Saved field by field. */
export function SettingsView() {
  const settings = useStore((s) => s.settings);
  const showError = useStore((s) => s.showError);
  const showNotice = useStore((s) => s.showNotice);
  const [saving, setSaving] = useState(false);
  if (!settings) return null;

  const save = async (patch: SettingsPatch) => {
    setSaving(true);
    try {
      useStore.setState({ settings: await call('settings:set', patch) });
    } catch (error) {
      showError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const onLogo = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      showError(sv.settings.logoWrongType);
      return;
    }
    try {
      const data = await toBase64(file);
      useStore.setState({ settings: await call('settings:setLogo', { data, mimeType: file.type }) });
      showNotice(sv.settings.logoSaved);
    } catch (error) {
      showError(messageOf(error));
    }
  };

  return (
    <article className="settings" data-testid="settings-view">
      <PanelHeader title={sv.nav.settings} />
      <fieldset>
        <legend>{sv.settings.organisation}</legend>
        {organisationFields.map((field) => (
          <label key={field}>
            {sv.settings.fields[field]}
            <input
              defaultValue={settings.organisation[field]}
              onBlur={(e) =>
                e.target.value.trim() !== settings.organisation[field] &&
                void save({ organisation: { [field]: e.target.value.trim() } })
              }
            />
          </label>
        ))}
        <div className="logo-row">
          <span>{settings.organisation.logoSha256 ? sv.settings.logoSet : sv.settings.logoNone}</span>
          <label className="file-button">
            {sv.settings.chooseLogo}
            <input type="file" accept="image/png,image/jpeg" onChange={(e) => void onLogo(e)} />
          </label>
          {settings.organisation.logoSha256 ? (
            <button
              type="button"
              onClick={() =>
                void call('settings:removeLogo').then(
                  (s) => useStore.setState({ settings: s }),
                  (error: unknown) => showError(messageOf(error)),
                )
              }
            >
              {sv.settings.removeLogo}
            </button>
          ) : null}
        </div>
      </fieldset>
      <fieldset>
        <legend>{sv.settings.newMeetings}</legend>
        <label>
          {sv.settings.defaultPlace}
          <input
            defaultValue={settings.defaultPlace}
            onBlur={(e) =>
              e.target.value.trim() !== settings.defaultPlace && void save({ defaultPlace: e.target.value.trim() })
            }
          />
        </label>
        <AgendaColumnSelect
          value={settings.defaultAgendaColumn}
          onChange={(c) => void save({ defaultAgendaColumn: c })}
        />
      </fieldset>
      <fieldset>
        <legend>{sv.settings.pdf}</legend>
        <label>
          {sv.settings.pageNumbers}
          <select
            value={settings.pageNumberStyle}
            onChange={(e) => void save({ pageNumberStyle: e.target.value as PageNumberStyle })}
          >
            <option value="bare">{sv.settings.pageNumberBare}</option>
            <option value="sida-n-av-N">{sv.settings.pageNumberSida}</option>
          </select>
        </label>
        <p className="muted">{settings.exportFolder ? sv.settings.exportFolder(settings.exportFolder) : ''}</p>
      </fieldset>
      {saving ? (
        <p className="muted" role="status">
          {sv.settings.saving}
        </p>
      ) : null}
    </article>
  );
}
