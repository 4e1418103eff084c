import type { RenderStage } from './renderKallelse';

/** The render stages in Swedish, for progress lines and events. */
export const stageText: Record<RenderStage, string> = {
  bilagor: 'Läser bilagor',
  layout: 'Sidbryter',
  rendering: 'Skapar sidor',
  sammanfogning: 'Fogar samman och numrerar sidor',
  klar: 'Klar',
};
