import { describe, expect, it } from 'vitest';
import {
  dnrWithoutPrefix,
  formatPackagePageNumber,
  formatPageRange,
  kallelseTid,
  lowerFirst,
  normaliseDnr,
  paragraphRange,
  protokollTid,
} from '../../../shared/document/format';

describe('Swedish formats', () => {
  it('prints the kallelse and protocol time lines exactly', () => {
    expect(kallelseTid('2022-02-23', '09:00', '12:00')).toBe('Tid: 2022-02-23 kl: 09:00-12:00');
    expect(kallelseTid('2021-02-24', '09:00')).toBe('Tid: 2021-02-24 kl: 09:00');
    expect(protokollTid('2022-02-10', '09:00')).toBe('Tid: 2022-02-10 kl. 09:00');
  });

  it('drops only the organisation prefix from a dnr in the agenda', () => {
    expect(dnrWithoutPrefix('RJL 2022/258', 'RJL')).toBe('2022/258');
    expect(dnrWithoutPrefix('rjl  2022/258', 'RJL')).toBe('2022/258');
    expect(dnrWithoutPrefix('Avtal 22/44', 'RJL')).toBe('Avtal 22/44');
    expect(dnrWithoutPrefix('RJLX 2022/1', 'RJL')).toBe('RJLX 2022/1');
    expect(normaliseDnr('RJL 2022/258', 'RJL')).toBe(normaliseDnr('2022/ 258', 'RJL'));
  });

  it('lower-cases a committee name inside a sentence but not an abbreviation', () => {
    expect(lowerFirst('Nämnd för arbetsmarknad')).toBe('nämnd för arbetsmarknad');
    expect(lowerFirst('ANA-nämnden')).toBe('ANA-nämnden');
    expect(lowerFirst('Ödeshögs nämnd')).toBe('ödeshögs nämnd');
  });

  it('formats paragraph ranges, page ranges and package page numbers', () => {
    expect(paragraphRange(17, 32)).toBe('§§ 17-32');
    expect(paragraphRange(17, 17)).toBe('§ 17');
    expect(paragraphRange()).toBe('');
    expect(formatPageRange(8, 8)).toBe('8');
    expect(formatPageRange(9, 25)).toBe('9 - 25');
    expect(formatPackagePageNumber(12, 180, 'bare')).toBe('12');
    expect(formatPackagePageNumber(12, 180, 'sida-n-av-N')).toBe('Sida 12 av 180');
  });
});
