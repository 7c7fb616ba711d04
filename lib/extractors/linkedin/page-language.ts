import { LABEL_LANGUAGES, type LabelLanguage } from './labels';

/**
 * The interface language a LinkedIn page is shown in, from `<html lang>` ("de", "de-DE", "pt-BR",
 * "tr_TR"). LinkedIn sets it from the member's or visitor's language, whatever the company's
 * country. A language we have no label table for, or none at all, reads as English: the
 * English number reading is also what every other table shares.
 */
export function pageLanguage(doc: Document): LabelLanguage {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LABEL_LANGUAGES.find((language) => language === primary) ?? 'en';
}
