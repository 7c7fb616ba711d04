import type { SignalSink } from '@/lib/extractors/signal-sink';
import { isChrome, isProse, labelOf, linkUrl } from './page-parts';

/**
 * The B2B motion a site shows in its navigation and calls to action. Each is only ever set true:
 * a page without a pricing link says nothing about whether the company publishes prices.
 * pricingPage: a header/nav/footer link to /pricing (or a localized path) or named "Pricing",
 * "Preise", "Tarifs"…, or the page itself being /pricing. freeTrial and demoCta: a link, button
 * or submit input of a few words ("Start free trial", "Kostenlos testen", "Book a demo",
 * "Demo anfragen") anywhere but inside an article or a paragraph's sentence.
 */
const PRICING_PATH =
  /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(pricing|plans|preise|tarifs|prix|precios|precos|fiyatlandirma|fiyatlar|prijzen|prezzi)\/?$/i;
const PRICING_TEXT =
  /^(pricing|plans( (&|and) pricing)?|preise|tarife|tarifs|prix|precios|preços|fiyatlandırma|fiyatlar|prijzen|prezzi)$/i;
const FREE_TRIAL = new RegExp(
  [
    '\\b(start|begin|get|claim)\\b.{0,20}\\bfree trial\\b',
    '\\btry (it |us |\\w+ )?(for )?free\\b',
    '^free trial$',
    '\\bkostenlos (testen|ausprobieren)\\b',
    '\\bgratis testen\\b',
    '\\bessai gratuit\\b',
    '\\bessayer gratuitement\\b',
    '\\bprueba (gratis|gratuita)\\b',
    '\\bteste (grátis|gratuito)\\b',
    '\\bücretsiz (dene|deneyin|deneme)\\b',
    '\\bprova (gratis|gratuita)\\b',
    '\\bprobeer (gratis|het gratis)\\b',
  ].join('|'),
  'i',
);
const DEMO = new RegExp(
  [
    '\\b(request|book|get|schedule|see|watch|try)( a| your| the)? (live |free |personal(ized)? )?demo\\b',
    '\\bdemo (anfragen|buchen|vereinbaren)\\b',
    '\\bdemander une démo\\b',
    '\\b(solicitar|solicita|agendar|agenda|reservar|pedir)( una| uma)? demo\\b',
    '\\bdemo aanvragen\\b',
    '\\brichiedi( una)? demo\\b',
    '\\bdemo talep\\b',
  ].join('|'),
  'i',
);
/** A call to action is a few words; longer text is a sentence, not a button. */
const MAX_CTA_LENGTH = 60;

export function readMotionSignals(doc: Document, url: URL, sink: SignalSink): void {
  if (PRICING_PATH.test(url.pathname)) sink.add('pricingPage', true, url.pathname);
  for (const anchor of Array.from(doc.querySelectorAll('a[href]'))) {
    if (sink.has('pricingPage')) break;
    const raw = (anchor.textContent ?? '').trim();
    const target = linkUrl(anchor, url);
    const sameSite = target !== undefined && target.hostname === url.hostname;
    const pricingPath = sameSite && PRICING_PATH.test(target.pathname);
    if (!pricingPath && raw.length > MAX_CTA_LENGTH) continue;
    const text = labelOf(anchor);
    if ((pricingPath || PRICING_TEXT.test(text)) && isChrome(anchor)) {
      sink.add('pricingPage', true, `<a href="${anchor.getAttribute('href')}">${text}</a>`);
    }
  }
  const actions = doc.querySelectorAll('a, button, input[type="submit"], input[type="button"]');
  for (const action of Array.from(actions)) {
    const raw =
      action.tagName === 'INPUT' ? labelOf(action) : (action.textContent ?? '').replace(/\s+/g, ' ');
    if (raw.length > MAX_CTA_LENGTH * 2 || !(FREE_TRIAL.test(raw) || DEMO.test(raw))) continue;
    const text = labelOf(action);
    if (!text || text.length > MAX_CTA_LENGTH || isProse(action)) continue;
    if (FREE_TRIAL.test(text)) sink.add('freeTrial', true, text);
    if (DEMO.test(text)) sink.add('demoCta', true, text);
  }
}
