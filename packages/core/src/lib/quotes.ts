import type { Quote, ScareQuote } from './model.js';
import { countWords } from './text.js';

/** A quoted span of a paragraph, quotation marks excluded. */
interface Span {
  text: string;
  /** Offsets of the opening and just after the closing mark. */
  open: number;
  close: number;
}

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|noted|notes|explained|explains|warned|warns|declared|declares|insisted|insists|argued|argues|asked|asks|replied|replies|wrote|writes|announced|announces|claimed|claims|recalled|recalls|continued|continues|concluded|concludes|stressed|stresses|urged|urges|admitted|admits|conceded|concedes|observed|observes|remarked|remarks|suggested|suggests|acknowledged|acknowledges|responded|responds|tweeted|posted|shouted|whispered|predicted|predicts';

// Note: "..., the Russian foreign ministry said in a statement." and "..., said Sergei Lavrov."
const SPEAKER_AFTER = new RegExp(
  `^[,:]?\\s*(?:(?<who>[^,.;:!?“”"]{2,80}?)\\s+(?:${VERBS})\\b|(?:${VERBS})\\s+(?<who2>[^,.;:!?“”"]{2,80}?)\\s*(?:[,.;:!?]|$))`,
  'u',
);
const SPEAKING_VERBS = new Set(VERBS.split('|'));
const ACCORDING_TO = /^[,]?\s*according to\s+(?<who>[^,.;:!?“”"]{2,80}?)\s*(?:[,.;:!?]|$)/u;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|one|who|which|that)$/i;

/** Quotations with their speakers, and short scare quotes kept apart, from each paragraph. */
export function findQuotes(paragraphs: readonly string[]): { quotes: Quote[]; scareQuotes: ScareQuote[] } {
  const quotes: Quote[] = [];
  const scareQuotes: ScareQuote[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of quotedSpans(paragraph)) {
      const text = span.text.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
      if (text === '') continue;
      const speaker = findSpeaker(paragraph, span);
      const words = countWords(text);
      if (speaker === undefined && words <= 4 && !/[.!?]$/.test(text)) {
        scareQuotes.push({ text, paragraph: index });
      } else {
        quotes.push(speaker === undefined ? { text, paragraph: index } : { text, speaker, paragraph: index });
      }
    }
  });
  return { quotes, scareQuotes };
}

/**
 * Finds “curly” and "straight" quoted spans in one left-to-right pass: a
 * curly opening mark waits for its closing mark; straight marks pair up in order.
 */
function quotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let mark = '';
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (open === -1) {
      if (ch === '“' || ch === '"' || ch === '«' || ch === '„') {
        open = i;
        mark = ch === '“' ? '”' : ch === '«' ? '»' : ch === '„' ? '“' : '"';
      }
    } else if (ch === mark || (mark === '”' && ch === '"') || (mark === '“' && ch === '”')) {
      spans.push({ text: paragraph.slice(open + 1, i), open, close: i + 1 });
      open = -1;
    } else if (ch === '“' && mark === '”') {
      // Note: an opening mark inside an open quote means the first was never closed: start again here.
      open = i;
    }
  }
  return spans;
}

function findSpeaker(paragraph: string, span: Span): string | undefined {
  const after = paragraph.slice(span.close, span.close + 160);
  const following = SPEAKER_AFTER.exec(after) ?? ACCORDING_TO.exec(after);
  const fromAfter = following?.groups?.['who'] ?? following?.groups?.['who2'];
  if (fromAfter !== undefined && isSpeaker(fromAfter)) return tidy(fromAfter);
  const preceding = speakerBefore(paragraph.slice(Math.max(0, span.open - 160), span.open));
  if (preceding !== undefined && isSpeaker(preceding)) return tidy(preceding);
  return undefined;
}

/**
 * "Lavrov told reporters: “...”": a speaking verb among the last words before
 * the quote, and the words before it back to the start of the clause.
 * Note: done by hand, not by an end-anchored regex, to stay linear on text full of quotation marks.
 */
function speakerBefore(before: string): string | undefined {
  const clause =
    before
      .trimEnd()
      .replace(/[,:]$/, '')
      .split(/[.!?;,]\s+|[“”"]/)
      .pop() ?? '';
  const words = clause.trim().split(/\s+/);
  for (let back = 1; back <= Math.min(4, words.length - 1); back++) {
    const verbAt = words.length - back;
    if (!SPEAKING_VERBS.has((words[verbAt] as string).toLowerCase())) continue;
    if (!words.slice(verbAt + 1).every((word) => /^\p{Ll}+$/u.test(word))) return undefined;
    return words.slice(0, verbAt).join(' ');
  }
  return undefined;
}

// Note: "…," chief executive Fiona MacLeod said.": a role in lower case, then the name.
const ROLE_THEN_NAME =
  /^(?:[\p{Ll}-]+\s+){1,3}(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|da|al|bin|di|le|la))*)$/u;

function isSpeaker(candidate: string): boolean {
  const words = candidate.trim().split(/\s+/);
  if (words.length > 8 || PRONOUNS.test(candidate.trim())) return false;
  return /^(?:(?:the|a|an)\s+\S|[\p{Lu}\p{Lo}])/u.test(candidate.trim()) || ROLE_THEN_NAME.test(candidate.trim());
}

function tidy(speaker: string): string {
  const trimmed = speaker.trim().replace(/^(?:and|but|as)\s+/i, '');
  if (/^(?:the|a|an)\s/i.test(trimmed)) return trimmed;
  return ROLE_THEN_NAME.exec(trimmed)?.groups?.['name'] ?? trimmed;
}
