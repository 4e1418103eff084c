import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Screenshots to look at, at the two window sizes we check (1024×768, 1440×900), into `dir` as
 * `<name>-<w>x<h>.png`; `before` runs at each size (e.g. to scroll something into view). The
 * page keeps the size it had.
 */
export async function shoot(page: Page, dir: string, name: string, before?: () => Promise<void>) {
  fs.mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await before?.();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(dir, `${name}-${width}x${height}.png`) });
  }
  if (size) await page.setViewportSize(size);
}
