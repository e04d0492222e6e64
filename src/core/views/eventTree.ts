/**
 * The Events tree: a timeline year → month → day, oldest or newest first, with events whose date
 * cannot be resolved under "Undated". Events known only to the month or year sit on that level;
 * a week ("last week") sits on the month of its Monday, since its days may span two months.
 * "≈" marks a date that was worked out (a relative date like "Monday" resolved against the
 * article's date, a week, or a season) rather than stated.
 */
import type { CorpusDocument } from '../model';
import type { TimelineEvent } from '../extraction/types';
import { documentByline, documentLabel } from './documentText';
import { lazyTree, oneLine, plural, type TreeModel, type ViewNode } from './viewNode';

export type EventOrder = 'oldest' | 'newest';

export interface EventTreeInput {
  events: TimelineEvent[];
  document(id: string): CorpusDocument | undefined;
  order: EventOrder;
  /** Only events naming this actor id. */
  actorId?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** True when the date shown is an inference the reader should double-check. */
export function isApproximate(event: TimelineEvent): boolean {
  return event.date !== null && (event.relative || event.precision === 'season' || event.precision === 'week');
}

/**
 * The parts of an event's date that place it in the tree: a week's Monday names the week, not a
 * day of it, so a week stops at its month.
 */
function treeParts(event: TimelineEvent): string[] {
  const parts = event.date!.split('-');
  return event.precision === 'week' ? parts.slice(0, 2) : parts;
}

/** "April 25, 2022", "April 2022", "2022", "≈ April 25, 2022", "≈ week of April 25, 2022"; "Undated" when null. */
export function formatEventDate(event: TimelineEvent): string {
  if (!event.date) return 'Undated';
  const [year, month, day] = event.date.split('-').map(Number);
  let text = String(year);
  if (month && day) text = `${event.precision === 'week' ? 'week of ' : ''}${MONTHS[month - 1]} ${day}, ${year}`;
  else if (month) text = `${MONTHS[month - 1]} ${year}`;
  return isApproximate(event) ? `≈ ${text}` : text;
}

/**
 * `sameHappening` is how many other sources report this event's group (the timeline groups
 * events whose date and actors agree), so a reader sees corroboration at a glance.
 */
function eventNode(event: TimelineEvent, doc: CorpusDocument | undefined, sameHappening = 0): ViewNode {
  const approx = isApproximate(event);
  const byline = doc ? documentByline(doc) || documentLabel(doc) : event.documentId;
  const dateLine = event.date
    ? `Date: ${formatEventDate(event)}${event.dateText ? ` (“${event.dateText}”)` : ''}${
        event.relative && doc?.metadata.date ? `, worked out from the article date ${doc.metadata.date}` : ''
      }`
    : `Undated${event.unresolvedReason ? `: ${event.unresolvedReason}` : ''}`;
  return {
    id: `event:${event.id}`,
    kind: 'event',
    label: `${approx ? '≈ ' : ''}${oneLine(event.label || event.sentence, 100)}`,
    description: [event.dateText, byline, sameHappening > 0 ? `also in ${plural(sameHappening, 'other source')}` : ''].filter(Boolean).join(' · '),
    tooltip: `${event.sentence.trim()}\n\n${dateLine}\nSource: ${doc ? documentLabel(doc) : event.documentId}${
      sameHappening > 0 ? `\nReported as the same happening by ${plural(sameHappening, 'other source')}` : ''
    }`,
    icon: 'event',
    collapsible: 'none',
    location: { documentId: event.documentId, start: event.start, end: event.end },
  };
}

function compareWithinDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.groupId.localeCompare(b.groupId) || a.documentId.localeCompare(b.documentId) || a.start - b.start;
}

export function buildEventTree(input: EventTreeInput): TreeModel {
  const events = input.actorId ? input.events.filter((e) => e.actors.includes(input.actorId!)) : input.events;
  const sign = input.order === 'oldest' ? 1 : -1;
  const sourcesByGroup = new Map<string, Set<string>>();
  for (const e of input.events) (sourcesByGroup.get(e.groupId) ?? sourcesByGroup.set(e.groupId, new Set()).get(e.groupId)!).add(e.documentId);
  const toNode = (e: TimelineEvent) => eventNode(e, input.document(e.documentId), (sourcesByGroup.get(e.groupId)?.size ?? 1) - 1);
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date).sort(compareWithinDate);
  /** Events by the date prefix they sit under: "2022", "2022-04", "2022-04-25". */
  const exactly = new Map<string, TimelineEvent[]>();
  /** Child date keys of a date key ("2022" → {"2022-04"}), and of the root (""). */
  const subKeys = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const event of dated) {
    const parts = treeParts(event);
    const key = parts.join('-');
    (exactly.get(key) ?? exactly.set(key, []).get(key)!).push(event);
    let parent = '';
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('-');
      (subKeys.get(parent) ?? subKeys.set(parent, new Set()).get(parent)!).add(prefix);
      count.set(prefix, (count.get(prefix) ?? 0) + 1);
      parent = prefix;
    }
  }

  const dateNode = (key: string): ViewNode => {
    const [year, month, day] = key.split('-').map(Number);
    const n = count.get(key) ?? 0;
    if (day) {
      const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
      return { id: `day:${key}`, kind: 'day', label: `${MONTHS[month - 1]} ${day}`, description: `${weekday} · ${plural(n, 'event')}`, icon: 'calendar', collapsible: 'expanded' };
    }
    if (month) {
      return { id: `month:${key}`, kind: 'month', label: MONTHS[month - 1], description: plural(n, 'event'), icon: 'calendar', collapsible: 'expanded' };
    }
    return { id: `year:${key}`, kind: 'year', label: String(year), description: plural(n, 'event'), icon: 'calendar', collapsible: 'expanded' };
  };

  const roots: ViewNode[] = [...(subKeys.get('') ?? [])].sort((a, b) => sign * a.localeCompare(b)).map(dateNode);
  if (undated.length > 0) {
    roots.push({ id: 'undated', kind: 'undated', label: 'Undated', description: plural(undated.length, 'event'), icon: 'calendar', collapsible: 'collapsed' });
  }

  const childrenOf = (node: ViewNode): ViewNode[] => {
    if (node.kind === 'undated') return undated.map(toNode);
    const key = node.id.slice(node.id.indexOf(':') + 1);
    // Events known only to this level come first: "some time in April" before April's days.
    const own = [...(exactly.get(key) ?? [])].sort(compareWithinDate).map(toNode);
    const deeper = [...(subKeys.get(key) ?? [])].sort((a, b) => sign * a.localeCompare(b)).map(dateNode);
    return [...own, ...deeper];
  };

  return lazyTree(roots, childrenOf);
}

/** The ids from the root down to an event, so a view can expand its way to it before revealing. */
export function eventPath(event: TimelineEvent): string[] {
  if (!event.date) return ['undated', `event:${event.id}`];
  const parts = treeParts(event);
  const kinds = ['year', 'month', 'day'];
  return [...parts.map((_, i) => `${kinds[i]}:${parts.slice(0, i + 1).join('-')}`), `event:${event.id}`];
}
