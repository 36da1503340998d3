import type { Entity, EntityType, Mention, ParsedArticle } from '@broadsheet/core';
import {
  ALIASES,
  NOT_NAMES,
  ONE_WORD_ORGANIZATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_LEADS,
  PLACE_HEADS,
  PLACE_LEADS,
  PLACE_NOUNS,
  ROLE_WORDS,
  TITLES,
} from './gazetteer.js';
import { isCommonWord, isDemonym, isGivenName, isKnownOrganization, isKnownPlace } from './lexicon.js';
import { findNameRuns, type NameRun, type Token } from './names.js';

/** A name found in the text, classified or still waiting for a clue. */
interface Candidate {
  type: EntityType | undefined;
  /** Classified by its own words (a title, an alias, a telltale word), not by a guess from context. */
  strong: boolean;
  /** The canonical name when an alias table gives one. */
  canonical?: string;
  role?: string;
  mention: Mention;
  tokens: Token[];
}

const TITLE_WORDS = TITLES.map((title) => title.split(' '));
// Note: names of teams are often shortened to their last word ("Rovers"),
// so those heads may stand alone; "Bank" or "University" alone may not.
const TEAM_HEADS = new Set(['City', 'Rovers', 'United', 'Wanderers', 'Athletic', 'Albion']);
const MINISTRY =
  /\b(\p{Lu}\p{Ll}+) (foreign|defen[cs]e|interior|finance|economy|health|justice|education|trade|energy|environment) (ministry|department)\b/gu;
const LOCATIVE =
  /\b(?:(?:in|near|outside|across|around|towards?|into|at|off|to|from)\s+(?:the\s+)?|(?:port|city|town|village|region|province|county|state|island|district) of )$/;
const ORGANIZATION_BEFORE =
  /(?:\b(?:analysts?|economists?|editor|researchers?|scientists?|engineers?|controllers?|officials?|executives?|staff|lawyers?|bankers?|traders?) (?:at|from)|\b(?:journal|newspaper|magazine|broadcaster|publisher|firm|company|bank|lender|insurer|carmaker|retailer|club|union|regulator)|\b(?:published|advised|owned|bought|acquired|funded|sponsored|backed|run) by|\bshares (?:in|of)) $/i;
const ORGANIZATION_AFTER =
  /^(?:['’]s (?:shares|board|chief|chairman|chairwoman|shareholders|stock|bid|offer|profits?)|,? (?:shares|shareholders|said in a statement)\b|, (?:the|a|an) [\p{L}\s-]{0,30}\b(?:union|company|firm|group|bank|lender|agency|club|party|journal|publisher|broadcaster|charity|regulator|insurer|maker|chain|retailer)\b)/u;
const PERSON_AFTER = /^,? (?:a|an|the) [\p{L}\s-]{0,30}?\b([\p{Ll}]+)\b/u;
const SPEECH_AFTER = /^,?\s*(?:said|says|told|added|asked|warned|explained|recalled|argued|wrote|insisted)\b/;
const SPEECH_BEFORE = /\b(?:said|says|according to)\s+$/;
const APPOSITIVE_ROLE =
  /\b((?:(?:chief|deputy|vice|lead|flight|senior|managing|prime|foreign|finance|general|executive|head) )?([\p{Ll}]+)),\s*$/u;
const BANK_NAME = /^\p{Lu}\p{Ll}+bank$/u;

/** Finds the people, places and organisations named in the body, with every mention. */
export function findEntities(article: Pick<ParsedArticle, 'paragraphs' | 'quotes'>): Entity[] {
  const speakers = new Set(article.quotes.flatMap((quote) => (quote.speaker === undefined ? [] : [quote.speaker])));
  const candidates: Candidate[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    candidates.push(...findMinistries(paragraph, index));
    for (const run of findNameRuns(paragraph, index)) {
      if (overlapsMinistry(candidates, run)) continue;
      for (const part of splitPersonOf(run)) candidates.push(...classifyRun(part, paragraph, speakers));
    }
  });
  return mergeCandidates(candidates, article.paragraphs);
}

/** "the Russian foreign ministry": an organisation written in lower case after a nationality. */
function findMinistries(paragraph: string, index: number): Candidate[] {
  const found: Candidate[] = [];
  for (const match of paragraph.matchAll(MINISTRY)) {
    const nationality = match[1] as string;
    if (!isDemonym(nationality) && !isKnownPlace(nationality)) continue;
    const mention = { paragraph: index, start: match.index, end: match.index + match[0].length, text: match[0] };
    found.push({ type: 'organization', strong: true, mention, tokens: [] });
  }
  return found;
}

function overlapsMinistry(candidates: readonly Candidate[], run: NameRun): boolean {
  const first = run.tokens[0] as Token;
  return candidates.some(
    (c) =>
      c.tokens.length === 0 &&
      c.mention.paragraph === run.paragraph &&
      c.mention.start <= first.start &&
      first.start < c.mention.end,
  );
}

/** "Megan Ross of the Pew Charitable Trusts" is a person and an organisation, not one name. */
function splitPersonOf(run: NameRun): NameRun[] {
  const at = run.tokens.findIndex((token) => token.text === 'of');
  if (at < 2 || at > 3 || !isGivenName((run.tokens[0] as Token).text)) return [run];
  let rest = at + 1;
  while (rest < run.tokens.length && /^\p{Ll}/u.test((run.tokens[rest] as Token).text)) rest++;
  if (rest >= run.tokens.length) return [run];
  return [
    { paragraph: run.paragraph, tokens: run.tokens.slice(0, at) },
    { paragraph: run.paragraph, tokens: run.tokens.slice(rest) },
  ];
}

/** Splits a run into the names it holds (a place, a title, a person) and classifies each. */
function classifyRun(run: NameRun, paragraph: string, speakers: ReadonlySet<string>): Candidate[] {
  let tokens = dropOpeningWords(run.tokens, paragraph);
  if (tokens.length === 0) return [];
  const whole = classifyWhole(tokens, run.paragraph, paragraph);
  if (whole) return [whole];

  const found: Candidate[] = [];
  while (tokens.length > 1) {
    const first = tokens[0] as Token;
    const alias = ALIASES.get(first.text);
    if (alias) found.push(candidate(run.paragraph, paragraph, [first], alias.type, true, alias.name));
    else if (isKnownPlace(first.text) && isTitleStart(tokens.slice(1)))
      found.push(candidate(run.paragraph, paragraph, [first], 'place', true));
    else if (!isDemonym(first.text)) break;
    tokens = tokens.slice(1);
  }
  const titled = stripTitle(tokens);
  if (titled) {
    if (titled.rest.some((token) => /^[\p{Lu}\p{Lt}]/u.test(token.text))) {
      found.push({ ...candidate(run.paragraph, paragraph, titled.rest, 'person', true), role: titled.role });
    }
    return found;
  }
  const single =
    classifyWhole(tokens, run.paragraph, paragraph) ?? classifyByContext(tokens, run.paragraph, paragraph, speakers);
  if (single) found.push(single);
  return found;
}

/** Drops the words that open a sentence without being a name ("Meanwhile", "Shares in ..."). */
function dropOpeningWords(tokens: readonly Token[], paragraph: string): Token[] {
  let rest = [...tokens];
  while (rest.length > 0) {
    const first = rest[0] as Token;
    const last = rest[rest.length - 1] as Token;
    if (rest.length > 1 && (PLACE_HEADS.has(last.text) || ORGANIZATION_HEADS.has(last.text))) break;
    const opening = first.sentenceStart || NOT_NAMES.has(first.text);
    const ordinary = NOT_NAMES.has(first.text) || isCommonWord(first.text) || appearsInLowerCase(paragraph, first.text);
    const named =
      ALIASES.has(first.text) ||
      isDemonym(first.text) ||
      isGivenName(first.text) ||
      isKnownPlace(first.text) ||
      isTitleStart(rest);
    if (!(opening && ordinary && !named)) break;
    rest = rest.slice(1);
    while (rest.length > 0 && !/^[\p{Lu}\p{Lt}]/u.test((rest[0] as Token).text)) rest = rest.slice(1);
  }
  return rest;
}

function appearsInLowerCase(paragraph: string, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && wordsOf(paragraph).has(lower);
}

// Note: the words of the paragraph last asked about, so that asking about each
// sentence's first word stays linear in the paragraph's length (a regular
// expression over the whole paragraph per word was quadratic).
let wordsFor: { paragraph: string; words: Set<string> } | undefined;
const WORD_PARTS = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Every word of `paragraph` as written, with the parts of hyphenated and apostrophised words. */
function wordsOf(paragraph: string): Set<string> {
  if (wordsFor?.paragraph !== paragraph) {
    const words = new Set<string>();
    for (const [word] of paragraph.matchAll(WORD_PARTS)) {
      words.add(word);
      for (const part of word.split(/['’-]/)) words.add(part);
    }
    wordsFor = { paragraph, words };
  }
  return wordsFor.words;
}

/** The whole run is a known alias, a name the lexicon knows, or has an organisation's or a place's telltale word. */
function classifyWhole(tokens: Token[], index: number, paragraph: string): Candidate | undefined {
  const text = spanText(paragraph, tokens);
  const alias = ALIASES.get(text);
  if (alias) return candidate(index, paragraph, tokens, alias.type, true, alias.name);
  const first = (tokens[0] as Token).text;
  const last = (tokens[tokens.length - 1] as Token).text;
  const titledPerson = isTitleStart(tokens) && isGivenName(tokens[titleLength(tokens)]?.text ?? '');
  if (tokens.length > 1 && (ORGANIZATION_HEADS.has(last) || ORGANIZATION_LEADS.has(first)) && !titledPerson) {
    return candidate(index, paragraph, tokens, 'organization', true);
  }
  if (ONE_WORD_ORGANIZATIONS.has(text) || BANK_NAME.test(text) || isKnownOrganization(text)) {
    return candidate(index, paragraph, tokens, 'organization', true);
  }
  if (isKnownPlace(text) && !(tokens.length === 1 && isDemonym(text)))
    return candidate(index, paragraph, tokens, 'place', true);
  if (tokens.length > 1 && (PLACE_HEADS.has(last) || PLACE_LEADS.has(first) || /^\p{Ll}/u.test(first))) {
    return candidate(index, paragraph, tokens, 'place', true);
  }
  if (/^\p{Lu}{2,}$/u.test(text) && tokens.length === 1)
    return candidate(index, paragraph, tokens, 'organization', true);
  return undefined;
}

/** A run left unclassified by its words: the words around it decide, or linking does later. */
function classifyByContext(
  tokens: Token[],
  index: number,
  paragraph: string,
  speakers: ReadonlySet<string>,
): Candidate | undefined {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const before = paragraph.slice(Math.max(0, first.start - 60), first.start);
  const after = paragraph.slice(last.end, last.end + 60);
  const text = spanText(paragraph, tokens);
  if (tokens.length === 1 && isDemonym(text)) return undefined;
  const make = (type: EntityType | undefined, strong: boolean) => candidate(index, paragraph, tokens, type, strong);

  const roleBefore = /\b([\p{Ll}]+) $/u.exec(before)?.[1];
  if (roleBefore !== undefined && ROLE_WORDS.has(roleBefore)) return { ...make('person', true), role: roleBefore };
  const appositive = APPOSITIVE_ROLE.exec(before);
  if (appositive && ROLE_WORDS.has(appositive[2] as string) && /^,/.test(after)) {
    return { ...make('person', true), role: appositive[1] as string };
  }
  if (ORGANIZATION_BEFORE.test(before) || ORGANIZATION_AFTER.test(after)) return make('organization', true);
  if (isGivenName(first.text) && tokens.length > 1) return make('person', true);
  const apposed = PERSON_AFTER.exec(after)?.[1];
  if (tokens.length > 1 && apposed !== undefined && ROLE_WORDS.has(apposed)) return make('person', true);
  if (tokens.length > 1 && (speakers.has(text) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)))
    return make('person', false);
  const placeNoun = /^ ([\p{Ll}]+)/u.exec(after)?.[1];
  if (placeNoun !== undefined && PLACE_NOUNS.has(placeNoun)) return make('place', false);
  if (LOCATIVE.test(before) && !first.sentenceStart) return make('place', false);
  const afterThe = /\bThe $/.test(before);
  if (tokens.length > 1 && tokens.length <= 3 && !afterThe && tokens.every((token) => !isCommonWord(token.text))) {
    return make('person', false);
  }
  return make(undefined, false);
}

/** A title at the start of the run ("Foreign Minister", "Secretary of State") and what follows it. */
function stripTitle(tokens: Token[]): { role: string; rest: Token[] } | undefined {
  const length = titleLength(tokens);
  if (length === 0) return undefined;
  return {
    role: tokens
      .slice(0, length)
      .map((token) => token.text)
      .join(' '),
    rest: tokens.slice(length),
  };
}

function titleLength(tokens: readonly Token[]): number {
  const words = TITLE_WORDS.find(
    (title) => title.length <= tokens.length && title.every((word, i) => tokens[i]?.text === word),
  );
  return words?.length ?? 0;
}

function isTitleStart(tokens: readonly Token[]): boolean {
  const length = titleLength(tokens);
  return length > 0 && length < tokens.length;
}

function candidate(
  index: number,
  paragraph: string,
  tokens: Token[],
  type: EntityType | undefined,
  strong: boolean,
  canonical?: string,
): Candidate {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const mention = { paragraph: index, start: first.start, end: last.end, text: paragraph.slice(first.start, last.end) };
  return canonical === undefined ? { type, strong, mention, tokens } : { type, strong, canonical, mention, tokens };
}

function spanText(paragraph: string, tokens: readonly Token[]): string {
  return paragraph.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end);
}

type Building = Entity & { order: number };

/**
 * Groups candidates into entities in three passes: names classified by their
 * own words, then guesses from context unless they are a short form of a name
 * already found ("Lavrov", "Kessler"), then names joined by "and" to one of a known type.
 */
function mergeCandidates(candidates: readonly Candidate[], paragraphs: readonly string[]): Entity[] {
  const entities = new Map<string, Building>();
  const add = (type: EntityType, name: string, found: Candidate, order: number) => {
    const key = `${type}:${name.toLowerCase()}`;
    let entity = entities.get(key);
    if (!entity) {
      entity = { type, name, roles: [], count: 0, mentions: [], order };
      entities.set(key, entity);
    }
    entity.mentions.push(found.mention);
    if (found.role !== undefined && !entity.roles.includes(found.role)) entity.roles.push(found.role);
    typed.set(found, type);
  };
  const typed = new Map<Candidate, EntityType>();

  const weak: { found: Candidate; order: number }[] = [];
  const short: { found: Candidate; order: number }[] = [];
  candidates.forEach((found, order) => {
    const single = found.tokens.length === 1 && found.canonical === undefined;
    if (!found.strong || found.type === undefined || (found.type === 'person' && single && found.role === undefined))
      weak.push({ found, order });
    else if (single && found.type === 'organization') short.push({ found, order });
    else add(found.type, found.canonical ?? found.mention.text, found, order);
  });
  for (const { found, order } of short) {
    const target = linkShortForm(found, [...entities.values()]);
    add(target?.type ?? (found.type as EntityType), target?.name ?? found.mention.text, found, order);
  }
  const untyped: { found: Candidate; order: number }[] = [];
  for (const { found, order } of weak) {
    const target = linkShortForm(found, [...entities.values()]);
    if (target) add(target.type, target.name, found, order);
    else if (found.type !== undefined && found.tokens.length > 1) add(found.type, found.mention.text, found, order);
    else if (found.type === 'place') add('place', found.mention.text, found, order);
    else untyped.push({ found, order });
  }
  for (const { found, order } of untyped) {
    const type = coordinatedType(found, candidates, typed, paragraphs);
    if (type !== undefined && type !== 'person') add(type, found.mention.text, found, order);
  }

  const result = [...entities.values()];
  for (const entity of result) {
    entity.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    entity.count = entity.mentions.length;
  }
  result.sort((a, b) => b.count - a.count || a.order - b.order);
  return result.map(({ order: _order, ...entity }) => entity);
}

/** "Lavrov" => Sergei Lavrov, "Assad" => Bashar al-Assad, "Rovers" => Riverside Rovers, "Faber" => Faber. */
function linkShortForm(found: Candidate, entities: readonly Entity[]): Entity | undefined {
  const words = found.tokens.map((token) => token.text);
  const text = found.mention.text.toLowerCase();
  const exact = entities.filter((entity) => entity.name.toLowerCase() === text);
  if (exact.length === 1) return exact[0];
  const matches = entities.filter((entity) => {
    const parts = entity.name.split(' ');
    if (parts.length <= words.length) return false;
    if (entity.type === 'person') {
      const tail = parts.slice(-words.length);
      const bare = tail.map((part) => part.replace(/^\p{Ll}+-/u, ''));
      return words.every((word, i) => word === tail[i] || word === bare[i]);
    }
    if (entity.type === 'organization' && words.length === 1) {
      const word = words[0] as string;
      return parts.includes(word) && (!ORGANIZATION_HEADS.has(word) || TEAM_HEADS.has(word));
    }
    return false;
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** "Deutsche Bank and Commerzbank", "Bavaria and Baden-Württemberg": a list shares one type. */
function coordinatedType(
  found: Candidate,
  candidates: readonly Candidate[],
  typed: ReadonlyMap<Candidate, EntityType>,
  paragraphs: readonly string[],
): EntityType | undefined {
  const paragraph = paragraphs[found.mention.paragraph] as string;
  for (const other of candidates) {
    const type = typed.get(other);
    if (type === undefined || other.mention.paragraph !== found.mention.paragraph) continue;
    const gap =
      other.mention.end <= found.mention.start
        ? paragraph.slice(other.mention.end, found.mention.start)
        : paragraph.slice(found.mention.end, other.mention.start);
    if (/^(?:,? (?:and|or|et|ou) |, )$/.test(gap)) return type;
  }
  return undefined;
}
