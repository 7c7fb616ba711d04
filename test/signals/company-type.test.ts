import { describe, expect, it } from 'vitest';
import { COMPANY_TYPE_LABELS, type CompanyType, normalizeCompanyType } from '@/lib/signals/company-type';
import { COMPANY_TYPES } from '@/lib/signals/vocabulary';
import { ODD_STRINGS } from '../helpers/odd-strings';

const LABELS: [string, CompanyType][] = [
  ['Public Company', 'public'],
  ['Privately Held', 'private'],
  ['Nonprofit', 'nonprofit'],
  ['Non Profit', 'nonprofit'],
  ['Non-profit', 'nonprofit'],
  ['Nonprofit Organization', 'nonprofit'],
  ['Government Agency', 'government'],
  ['Educational', 'educational'],
  ['Educational Institution', 'educational'],
  ['Partnership', 'partnership'],
  ['Self-Employed', 'self-employed'],
  ['Self Employed', 'self-employed'],
  ['Self-Owned', 'self-owned'],
  ['Sole Proprietorship', 'self-owned'],
  ['PRIVATELY_HELD', 'private'],
  ['PUBLIC_COMPANY', 'public'],
  ['NON_PROFIT', 'nonprofit'],
];

describe('normalizeCompanyType', () => {
  it.each(LABELS)('maps %j to %j', (label, expected) => {
    expect(normalizeCompanyType(label)).toBe(expected);
  });

  it.each([
    ['privately held', 'private'],
    ['  Public   Company ', 'public'],
    ['PUBLIC COMPANY', 'public'],
    ['NON-PROFIT', 'nonprofit'],
    ['non\u2011profit', 'nonprofit'],
    ['self employed', 'self-employed'],
    ['\u200ePrivately Held\u200f', 'private'],
    ['Privately\nHeld', 'private'],
  ])('ignores case and spacing in %j', (label, expected) => {
    expect(normalizeCompanyType(label)).toBe(expected);
  });

  it('reaches every company type of the vocabulary', () => {
    expect(new Set(LABELS.map(([, type]) => type))).toEqual(new Set(COMPANY_TYPES));
  });

  it.each([
    '',
    'Private',
    'Public',
    'Privately Held Company',
    'Government',
    'Government Administration',
    'Education',
    'Software Development',
    'Fairfield, NJ',
  ])('gives undefined for %j', (text) => {
    expect(normalizeCompanyType(text)).toBeUndefined();
  });

  it(`never throws on ${ODD_STRINGS.length} odd strings and only returns vocabulary types`, () => {
    expect(ODD_STRINGS).toHaveLength(200);
    for (const text of ODD_STRINGS) {
      const type = normalizeCompanyType(text);
      if (type !== undefined) expect(COMPANY_TYPES).toContain(type);
    }
    expect(normalizeCompanyType(null as unknown as string)).toBeUndefined();
  });
});

describe('normalizeCompanyType in other interface languages', () => {
  it.each<[string, CompanyType]>([
    ['Privatunternehmen', 'private'],
    ['Börsennotiertes Unternehmen', 'public'],
    ['Non-Profit-Organisation', 'nonprofit'],
    ['Selbstständig', 'self-employed'],
    ['Personengesellschaft (OHG, KG, GbR etc.)', 'partnership'],
    ['Bildungseinrichtung', 'educational'],
    ['Behörde', 'government'],
    ['Einzelunternehmen (Gewerbe, Freiberufler o. ä.)', 'self-owned'],
    ['Société civile/Société commerciale/Autres types de sociétés', 'private'],
    ['Entreprise publique', 'public'],
    ['Société cotée en bourse', 'public'],
    ['À but non lucratif', 'nonprofit'],
    ['Non lucratif', 'nonprofit'],
    ['Établissement éducatif', 'educational'],
    ['Empresa individual', 'self-owned'],
    ['Organismo gubernamental', 'government'],
    ['Asociación', 'partnership'],
    ['Travailleur indépendant ou profession libérale', 'self-employed'],
    ["Établissement d'enseignement", 'educational'],
    ['Établissement d’enseignement', 'educational'],
    ['Administration publique', 'government'],
    ['Organisation à but non lucratif', 'nonprofit'],
    ['Société de personnes (associés)', 'partnership'],
    ['Entreprise individuelle', 'self-owned'],
    ['De financiación privada', 'private'],
    ['Empresa pública', 'public'],
    ['Autónomo', 'self-employed'],
    ['Organización sin ánimo de lucro', 'nonprofit'],
    ['Institución educativa', 'educational'],
    ['Administración gubernamental', 'government'],
    ['Empresa privada', 'private'],
    ['Empresa de capital aberto', 'public'],
    ['Autônomo', 'self-employed'],
    ['Órgão governamental', 'government'],
    ['Instituição de ensino', 'educational'],
    ['Organização sem fins lucrativos', 'nonprofit'],
    ['Özel Şirket', 'private'],
    ['Halka Açık Şirket', 'public'],
    ['HALKA AÇIK ŞİRKET', 'public'],
    ['Kâr Amacı Gütmeyen Kuruluş', 'nonprofit'],
    ['Devlet Kurumu', 'government'],
    ['Eğitim Kurumu', 'educational'],
    ['Ortaklık', 'partnership'],
    ['Particuliere onderneming', 'private'],
    ['Beursgenoteerde onderneming', 'public'],
    ['Overheidsinstelling', 'government'],
    ['Onderwijsinstelling', 'educational'],
    ['Eenmanszaak', 'self-owned'],
    ['Zelfstandige', 'self-employed'],
    ['Società privata non quotata', 'private'],
    ['Società quotata in borsa', 'public'],
    ['Lavoratore autonomo', 'self-employed'],
    ['Istituto di istruzione', 'educational'],
    ['Ente pubblico', 'government'],
    ['Organizzazione non profit', 'nonprofit'],
    ['Società di persone', 'partnership'],
    ['Ditta individuale', 'self-owned'],
  ])('maps %j to %j', (label, expected) => {
    expect(normalizeCompanyType(label)).toBe(expected);
  });

  it('reaches every company type in every language', () => {
    for (const labels of Object.values(COMPANY_TYPE_LABELS)) {
      expect(Object.keys(labels).sort()).toEqual([...COMPANY_TYPES].sort());
      for (const names of Object.values(labels)) expect(names.length).toBeGreaterThan(0);
    }
  });

  it('never gives one label two types, in any language', () => {
    for (const labels of Object.values(COMPANY_TYPE_LABELS)) {
      for (const [type, names] of Object.entries(labels)) {
        for (const name of names) expect(normalizeCompanyType(name), name).toBe(type);
      }
    }
  });

  it.each([
    'Unternehmen',
    'Société',
    'Empresa',
    'Şirket',
    'Onderneming',
    'Società',
    'Walldorf, Baden-Württemberg',
  ])('gives undefined for %j', (text) => {
    expect(normalizeCompanyType(text)).toBeUndefined();
  });
});
