import * as z from 'zod';
import { LogoInput, Settings, SettingsPatch } from '../../domain/settings';
import { defineChannels } from '../define';

export const settingsChannels = defineChannels({
  'settings:get': { input: z.undefined(), output: Settings },
  'settings:set': { input: SettingsPatch, output: Settings },
  /** PNG/JPEG as base64, at most 2 MB, checked by its bytes; stored in the content store. */
  'settings:setLogo': { input: LogoInput, output: Settings },
  'settings:removeLogo': { input: z.undefined(), output: Settings },
});
