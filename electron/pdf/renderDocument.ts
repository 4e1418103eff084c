import type { DocModel } from '../../shared/document/docModel';
import { formatPackagePageNumber } from '../../shared/document/format';
import { renderCore } from './core';
import type { DocumentInfo } from './finalPass';
import { RenderCache } from './renderCache';

/**
 * The plan for a stand-alone PDF of generated documents (protokoll, protokollsutdrag,
 * anslagsbevis, the change report): the render core with no front matter and no imported
 * pages — `Sida n av N` on every page, one bookmark per document, document info.
 */
export async function renderDocuments(
  models: DocModel[],
  info: Omit<DocumentInfo, 'creationDate'> & { creationDate?: Date },
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const cache = new RenderCache();
  const render = cache.begin();
  const { bytes, pagination } = await renderCore(
    {
      parts: models.map((model) => ({ kind: 'generated', model })),
      stampText: (page, total) => formatPackagePageNumber(page, total, 'sida-n-av-N'),
      outline: (p) => models.map((m, i) => ({ title: m.title, page: p.parts[i]!.first, children: [] })),
      info: { ...info, creationDate: info.creationDate ?? new Date() },
    },
    { cache, render, compact: true },
  );
  return { bytes, pageCount: pagination.totalPages };
}
