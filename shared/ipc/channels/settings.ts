import { z } from 'zod';
import { Settings, SettingsPatch } from '../../domain/settings';
import { defineChannels } from '../define';

export const settingsChannels = defineChannels({
  'settings:get': { input: z.undefined(), output: Settings },
  'settings:set': { input: SettingsPatch, output: Settings },
});
