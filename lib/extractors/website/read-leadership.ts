import { visibleText } from '@/lib/extractors/dom-text';
import type { SignalSink } from '@/lib/extractors/signal-sink';
import { seniorityFromTitle } from '@/lib/signals/seniority';
import { findAncestor, hasTag, pageIs } from './page-parts';
import { PRESS_HEADING, PRESS_PATH, dateOf, pressItems } from './read-press';

const OUTSIDE_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE']);
/** "<Company> appoints Jane Smith as Chief Revenue Officer", "… names … to VP of Sales". */
const APPOINTS =
  /\b(?:appoints|appointed|names|named|hires|hired|welcomes|promotes|promoted|announces)\b.*?\b(?:as|to)\s+(?:its\s+|our\s+)?(?:new\s+|first\s+)?(.+?)(?:\s*[,;:(]|\s+to lead\b|\s+effective\b|$)/i;
const LEADER_SENIORITIES = new Set(['c_level', 'vp']);

interface Appointment {
  date: string;
  title: string;
  text: string;
}

/**
 * New C-level and VP leaders the company announced on its own press page, a classic trigger:
 * the heading must name the company before the appointment and carry a date. Appointments at
 * other companies, and below VP, are not leadership changes for this account.
 */
export function readLeadershipSignals(
  doc: Document,
  url: URL,
  companyName: string | undefined,
  sink: SignalSink,
) {
  if (!companyName || !pageIs(doc, url, PRESS_PATH, PRESS_HEADING)) return;
  const appointments = pressItems(doc)
    .map((item) => readAppointment(item, companyName))
    .filter((found): found is Appointment => found !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date));
  const newest = appointments[0];
  if (!newest) return;
  const titles = [...new Set(appointments.map((appointment) => appointment.title))];
  sink.add('leadershipChange', titles, appointments.map((appointment) => appointment.text).join('; '));
  sink.add('leadershipChangeDate', newest.date, `${newest.date}: ${newest.text}`);
}

function readAppointment(item: Element, companyName: string): Appointment | undefined {
  if (findAncestor(item, hasTag(OUTSIDE_TAGS))) return undefined;
  const heading = item.querySelector('h1, h2, h3, h4');
  const text = heading ? visibleText(heading) : '';
  const match = APPOINTS.exec(text);
  if (!match?.[1] || !text.slice(0, match.index).toLowerCase().includes(companyName.toLowerCase()))
    return undefined;
  const title = match[1].trim();
  const seniority = seniorityFromTitle(title);
  const date = dateOf(item);
  return date && seniority && LEADER_SENIORITIES.has(seniority) ? { date, title, text } : undefined;
}
