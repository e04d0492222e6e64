/**
 * The CLI's commands over a loaded corpus. Each returns the text to print; `--json` shapes are
 * a contract (keys may be added, never renamed).
 */
import type { ManagedCorpusService } from '../../core/corpusService';
import type { Actor, ActorKind, ExtractionProblem, Quote, TimelineEvent } from '../../core/extraction/types';
import { shownRoles } from '../../core/views/actorTree';
import { highlightSpans, oneLine, type Styler } from './terminal';

export interface CommandContext {
  service: ManagedCorpusService;
  json: boolean;
  style: Styler;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

function pathOf(ctx: CommandContext, documentId: string): string {
  return ctx.service.document(documentId)?.path ?? '';
}

/**
 * One stderr line per document whose extraction failed, naming its file and the problem: the rest
 * of the corpus is still extracted, and the user learns which file is missing from the results.
 */
export function extractionProblemLines(problems: readonly ExtractionProblem[], pathOfDocument: (documentId: string) => string | undefined): string[] {
  return problems.map((p) => `sourcebook: left out actors, events and quotes of ${pathOfDocument(p.documentId) || p.documentId || 'a document'}: ${p.reason}`);
}

export function documentsCommand(ctx: CommandContext): string {
  const docs = ctx.service.documents();
  if (ctx.json) {
    return json(
      docs.map((d) => ({
        id: d.id,
        path: d.path,
        key: d.key,
        title: d.metadata.title,
        date: d.metadata.date,
        dateInferred: d.metadata.dateInferred,
        source: d.metadata.source,
        url: d.metadata.url,
        author: d.metadata.author,
        passages: d.sentences.length,
      })),
    );
  }
  const keyWidth = Math.max(3, ...docs.map((d) => d.key.length));
  const outletWidth = Math.max(6, ...docs.map((d) => (d.metadata.source ?? '—').length));
  return docs
    .map((d) => {
      const date = d.metadata.date ? d.metadata.date + (d.metadata.dateInferred ? '~' : ' ') : 'unknown    ';
      const outlet = (d.metadata.source ?? '—').padEnd(outletWidth);
      return `${ctx.style.bold(d.key.padEnd(keyWidth))}  ${date}  ${outlet}  ${d.metadata.title}`;
    })
    .join('\n');
}

function citationOf(ctx: CommandContext, documentId: string): string {
  const doc = ctx.service.document(documentId);
  if (!doc) return documentId;
  const m = doc.metadata;
  return `${doc.key} (${[m.source ?? m.title, m.date ?? 'n.d.'].join(', ')})`;
}

export function searchCommand(ctx: CommandContext, query: string, limit: number): string {
  const results = ctx.service.search(query, { limit });
  if (ctx.json) {
    return json(
      results.map((r) => ({
        documentId: r.documentId,
        path: pathOf(ctx, r.documentId),
        start: r.start,
        end: r.end,
        text: r.text,
        score: r.score,
        terms: r.terms,
      })),
    );
  }
  if (results.length === 0) return `No passages match ${JSON.stringify(query)}.`;
  return results
    .map((r, i) => {
      const spans = r.highlights.map((h) => ({ start: h.start - r.start, end: h.end - r.start }));
      const text = oneLine(highlightSpans(r.text, spans, ctx.style));
      const where = ctx.style.dim(`${pathOf(ctx, r.documentId)}:${r.start}-${r.end}  score ${r.score.toFixed(2)}`);
      return `${i + 1}. ${ctx.style.bold(citationOf(ctx, r.documentId))}\n   ${text}\n   ${where}`;
    })
    .join('\n\n');
}

const KIND_TITLES: Record<ActorKind, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  group: 'Groups',
  unnamed: 'Unnamed sources',
};

export function actorsCommand(ctx: CommandContext): string {
  const actors = ctx.service.actors();
  if (ctx.json) {
    return json(
      actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: a.aliases,
        roles: a.roles,
        standsFor: a.standsFor,
        mentions: a.mentions.map((m) => ({
          documentId: m.documentId,
          path: pathOf(ctx, m.documentId),
          start: m.start,
          end: m.end,
          text: m.text,
        })),
      })),
    );
  }
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const sections: string[] = [];
  for (const kind of Object.keys(KIND_TITLES) as ActorKind[]) {
    const ofKind = actors.filter((a) => a.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length);
    if (ofKind.length === 0) continue;
    const lines = ofKind.map((a: Actor) => {
      const extras = [
        shownRoles(a.roles).join('; '),
        a.aliases.length ? `also: ${a.aliases.join(', ')}` : '',
        a.standsFor ? `stands for ${names.get(a.standsFor) ?? a.standsFor}` : '',
      ].filter(Boolean);
      return `  ${String(a.mentions.length).padStart(4)}  ${ctx.style.bold(a.name)}${extras.length ? ctx.style.dim(`  — ${extras.join(' · ')}`) : ''}`;
    });
    sections.push(`${KIND_TITLES[kind]} (${ofKind.length})\n${lines.join('\n')}`);
  }
  return sections.join('\n\n') || 'No actors found.';
}

export function eventsCommand(ctx: CommandContext): string {
  const events = ctx.service.events();
  if (ctx.json) {
    return json(
      events.map((e: TimelineEvent) => ({
        id: e.id,
        label: e.label,
        date: e.date,
        precision: e.precision,
        dateText: e.dateText,
        documentId: e.documentId,
        path: pathOf(ctx, e.documentId),
        start: e.start,
        end: e.end,
        sentence: e.sentence,
        actors: e.actors,
        relative: e.relative,
        unresolvedReason: e.unresolvedReason,
        groupId: e.groupId,
      })),
    );
  }
  if (events.length === 0) return 'No dated events found.';
  const names = new Map(ctx.service.actors().map((a) => [a.id, a.name]));
  const dated = events.filter((e) => e.date !== null);
  const undated = events.filter((e) => e.date === null);
  const line = (e: TimelineEvent) => {
    const when = (e.date ?? '????-??-??').padEnd(10);
    const who = e.actors.map((id) => names.get(id) ?? id).join(', ');
    return `${ctx.style.bold(when)}  ${oneLine(e.label)}${who ? ctx.style.dim(`  [${who}]`) : ''}\n            ${ctx.style.dim(`“${e.dateText}” · ${citationOf(ctx, e.documentId)}`)}`;
  };
  const parts = [dated.map(line).join('\n')];
  if (undated.length) {
    parts.push(`Unresolved dates (${undated.length})\n${undated.map((e) => `${line(e)}\n            ${ctx.style.dim(e.unresolvedReason ?? '')}`).join('\n')}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

export function quotesCommand(ctx: CommandContext): string {
  const quotes = ctx.service.quotes();
  if (ctx.json) {
    return json(
      quotes.map((q: Quote) => ({
        id: q.id,
        text: q.text,
        documentId: q.documentId,
        path: pathOf(ctx, q.documentId),
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        speakerName: q.speakerName,
        cue: q.cue,
        flags: q.flags,
      })),
    );
  }
  if (quotes.length === 0) return 'No quotations found.';
  return quotes
    .map((q) => {
      const who = q.speakerName ? ctx.style.bold(q.speakerName) : ctx.style.dim(`speaker unknown${q.cue ? ` (cue: “${q.cue}”)` : ''}`);
      const flags = q.flags.length ? ctx.style.dim(` [${q.flags.join(', ')}]`) : '';
      return `${who}: “${oneLine(q.text)}”${flags}\n    ${ctx.style.dim(citationOf(ctx, q.documentId))}`;
    })
    .join('\n');
}

export function hoverCommand(ctx: CommandContext, draft: string, at: number): string {
  const card = ctx.service.hover(draft, at);
  if (ctx.json) {
    return json({
      actor: card.actor ? { id: card.actor.id, name: card.actor.name } : null,
      passages: card.passages.map((p) => ({
        documentId: p.documentId,
        path: p.path,
        start: p.start,
        end: p.end,
        text: p.text,
        speakerName: p.speakerName,
        score: p.score,
      })),
    });
  }
  const word = draft.slice(card.range.start, card.range.end);
  const out: string[] = [];
  if (card.actor) {
    const a = card.actor;
    out.push(`${ctx.style.bold(a.name)} (${a.kind}${a.roles.length ? `; ${a.roles.join('; ')}` : ''}) · ${a.mentionCount} mentions`);
    for (const q of a.quotes) out.push(`  “${oneLine(q.text)}”`);
  }
  for (const p of card.passages) {
    const text = oneLine(highlightSpans(p.text, p.highlights, ctx.style));
    out.push(`${out.length ? '\n' : ''}> ${text}${p.speakerName ? ` — ${p.speakerName}` : ''}\n  ${ctx.style.dim(citationOf(ctx, p.documentId))}`);
  }
  return out.length ? out.join('\n') : `No card for “${word}”: nothing in the corpus matches it well.`;
}
