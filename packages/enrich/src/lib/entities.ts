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
import { cuesFor, isEnglish, type LanguageCues } from './languages.js';
import {
  isCity,
  isCommonWord,
  isCountry,
  isDemonym,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isLexiconPlace,
} from './lexicon.js';
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
  /\b(?:(?:in|near|outside|across|around|towards?|into|at|off|to|from|throughout|through|within)\s+(?:the\s+)?|(?:port|city|town|village|region|province|county|state|island|district) of )$/;
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
// Note: "beat Norwich", "travel to Watford": a town's name after these is its team.
const ENGLISH_OPPONENT =
  /\b(?:beat|beats|beating|host|hosts|hosted|hosting|against|face|faces|facing|play|plays|played|draw with|drew with|held by|lost to|lose to|loses to|travel to|visit|visits|visited|defeated|defeat)\s+$/u;

/** What the rules need to know about the article being read. */
interface Context {
  english: boolean;
  /** German capitalises every noun. */
  german: boolean;
  cues: LanguageCues;
  speakers: ReadonlySet<string>;
}

/** Finds the people, places and organisations named in the body, with every mention. */
export function findEntities(
  article: Pick<ParsedArticle, 'paragraphs' | 'quotes'> & Partial<Pick<ParsedArticle, 'language'>>,
): Entity[] {
  const language = article.language ?? 'en';
  const context: Context = {
    english: isEnglish(language),
    german: /^de\b/i.test(language),
    cues: cuesFor(language),
    speakers: new Set(article.quotes.flatMap((quote) => (quote.speaker === undefined ? [] : [quote.speaker]))),
  };
  const candidates: Candidate[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (isCapitalHeading(paragraph)) return;
    candidates.push(...findMinistries(paragraph, index));
    for (const run of findNameRuns(paragraph, index, language)) {
      if (overlapsMinistry(candidates, run)) continue;
      for (const part of splitPersonOf(run, context)) candidates.push(...classifyRun(part, paragraph, context));
    }
  });
  const aliases = findAcronyms(candidates, article.paragraphs);
  return foldAcronyms(mergeCandidates(candidates, article.paragraphs, context.english ? 'en' : language), aliases);
}

/** A short form and the name it stands for. */
interface Acronym {
  name: Candidate;
  short: Candidate;
}

// Note: "Sozialliberale Union (USL)", "Windkraft Nord AG (WKN)": capitals in brackets right after a name.
const BRACKETED_ACRONYM = /\((\p{Lu}[\p{Lu}\p{N}-]{1,9})\)/gu;

/**
 * "the Austrian Social Democrat Party (SPOE)": the capitals in brackets are the
 * name's short form, not another entity; a name that nothing else typed and that
 * has one is an organisation.
 */
function findAcronyms(candidates: Candidate[], paragraphs: readonly string[]): Acronym[] {
  const found: Acronym[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(BRACKETED_ACRONYM)) {
      const open = match.index;
      const close = open + match[0].length;
      const inside = candidates.filter(
        (c) => c.mention.paragraph === index && c.mention.start > open && c.mention.end < close,
      );
      const name = candidates.find(
        (c) => c.mention.paragraph === index && c.mention.end === open - 1 && c.tokens.length > 1,
      );
      if (name === undefined || inside.length === 0 || name.type === 'person') continue;
      if (name.type === undefined || !name.strong) {
        name.type = name.type ?? 'organization';
        name.strong = true;
      }
      for (const short of inside) {
        short.type = name.type;
        short.strong = true;
        found.push({ name, short });
      }
    }
  });
  return found;
}

/** Moves the mentions of each short form into the entity of the name it stands for. */
function foldAcronyms(entities: Entity[], aliases: readonly Acronym[]): Entity[] {
  let result = entities;
  for (const { name, short } of aliases) {
    const target = result.find((entity) => entity.mentions.includes(name.mention));
    const source = result.find((entity) => entity.mentions.includes(short.mention));
    if (target === undefined || source === undefined || target === source) continue;
    target.mentions.push(...source.mentions);
    target.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    target.count = target.mentions.length;
    result = result.filter((entity) => entity !== source);
  }
  return result;
}

/** "THE RESULTS", "MARKETS AT A GLANCE": a short heading in capitals names nothing by its capitals. */
function isCapitalHeading(paragraph: string): boolean {
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && paragraph.trim().split(/\s+/).length <= 8;
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
function splitPersonOf(run: NameRun, context: Context, named = false): NameRun[] {
  // Note: in other languages "Barry Madlener van Infrastructuur en Waterstaat"; but
  // "Frenkie de Jong" and "Ursula von der Leyen" keep their particle, so the
  // words after it must hold two capitalised words or more.
  const of = (token: Token, i: number) =>
    token.text === 'of' ||
    (!context.english &&
      /^(?:van|von|de|di|da|del|della|do|du)$/u.test(token.text) &&
      run.tokens.slice(i + 1).filter((next) => /^\p{Lu}/u.test(next.text)).length >= 2);
  const at = run.tokens.findIndex(of);
  if (at < 2 || at > 3 || !(named || isGivenName((run.tokens[0] as Token).text))) return [run];
  let rest = at + 1;
  while (rest < run.tokens.length && /^\p{Ll}/u.test((run.tokens[rest] as Token).text)) rest++;
  if (rest >= run.tokens.length) return [run];
  return [
    { paragraph: run.paragraph, tokens: run.tokens.slice(0, at) },
    { paragraph: run.paragraph, tokens: run.tokens.slice(rest) },
  ];
}

// Note: "Mr", "Gen" end a run when the name they go with follows a full stop; time
// zones, diseases and the like are capitals that name nothing here.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Mme|Sr|Sra|Hr|Fr)$/u;
const NOT_ACRONYMS = new Set([
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'AM',
  'PM',
  'AIDS',
  'HIV',
  'GDP',
  'CEO',
  'CFO',
  'TV',
  'PC',
  'MEZ',
  'MESZ',
]);
// Note: "the XXI Century", "World War II", "the Nobel Prize": events and eras, not places.
const NOT_PLACE_HEADS = /\b(?:War|Century|Summit|Games|Cup|Prize|Award|Festival|Championships?|Olympics)\b/u;
// Note: a company's legal form is not part of the name people use ("Kmart Corp." is Kmart).
const LEGAL_FORM = /^(?:Corp|Inc|Ltd|LLC|Co|plc|Corporation|Incorporated)$/u;

/** Drops honorifics at the end of a run and a company's legal form. */
function trimRun(tokens: Token[], paragraph: string): Token[] {
  let end = tokens.length;
  while (end > 0 && HONORIFIC.test((tokens[end - 1] as Token).text)) end--;
  // Note: "Rothschild & Co" keeps it.
  const last = tokens[end - 1];
  if (
    end > 1 &&
    last &&
    LEGAL_FORM.test(last.text) &&
    !paragraph.slice((tokens[end - 2] as Token).start, last.start).includes('&')
  )
    end--;
  const rest = tokens.slice(0, end);
  return rest.length === 1 && NOT_ACRONYMS.has((rest[0] as Token).text) ? [] : rest;
}

/** Splits a run into the names it holds (a place, a title, a person) and classifies each. */
function classifyRun(run: NameRun, paragraph: string, context: Context): Candidate[] {
  let tokens = trimRun(dropRoleOf(dropOpeningWords(run.tokens, paragraph), context), paragraph);
  if (tokens.length === 0 || isGroupLabel(tokens)) return [];
  const found: Candidate[] = [];
  const role = splitRole(tokens, context);
  if (role) {
    for (const token of role.role) {
      if (/^\p{Lu}{2,}$/u.test(token.text))
        found.push(candidate(run.paragraph, paragraph, [token], 'organization', true));
    }
    const [name, ...others] = splitPersonOf({ paragraph: run.paragraph, tokens: role.rest }, context, true);
    const person = candidate(run.paragraph, paragraph, (name as NameRun).tokens, 'person', true);
    found.push({ ...person, role: spanText(paragraph, role.role) });
    for (const other of others) found.push(...classifyRun(other, paragraph, context));
    return found;
  }
  const whole = classifyWhole(tokens, run.paragraph, paragraph, context);
  if (whole) return [nominative(whole, paragraph, context)];
  const described = dropDescriptor(tokens, run.paragraph, paragraph, context);
  if (described) return [described];

  // Note: "United States President George W. Bush": a country of two or three words before a title.
  for (let size = 3; size >= 2; size--) {
    if (tokens.length <= size + 1) continue;
    const head = tokens.slice(0, size);
    if (isKnownPlace(spanText(paragraph, head)) && isTitleStart(tokens.slice(size))) {
      found.push(candidate(run.paragraph, paragraph, head, 'place', true));
      tokens = tokens.slice(size);
      break;
    }
  }
  while (tokens.length > 1) {
    const first = tokens[0] as Token;
    const alias = context.english ? ALIASES.get(first.text) : undefined;
    if (alias) found.push(candidate(run.paragraph, paragraph, [first], alias.type, true, alias.name));
    else if (isKnownPlace(first.text) && isTitleStart(tokens.slice(1)))
      found.push(candidate(run.paragraph, paragraph, [first], 'place', true));
    else if (!isDemonym(first.text)) break;
    tokens = tokens.slice(1);
  }
  const titled = stripTitle(tokens);
  if (titled) {
    // Note: "President of Brazil", "the President of the Republic of Korea": the
    // title's country or institution, not a person.
    if (/^(?:of|for)$/u.test((titled.rest[0] as Token | undefined)?.text ?? '')) {
      let at = 1;
      while (at < titled.rest.length && /^\p{Ll}/u.test((titled.rest[at] as Token).text)) at++;
      const rest = titled.rest.slice(at);
      if (rest.length > 0) {
        const named = classifyWhole(rest, run.paragraph, paragraph, context);
        if (named) found.push(named);
      }
      return found;
    }
    if (titled.rest.some((token) => /^[\p{Lu}\p{Lt}]/u.test(token.text))) {
      found.push({ ...candidate(run.paragraph, paragraph, titled.rest, 'person', true), role: titled.role });
    }
    return found;
  }
  const single =
    classifyWhole(tokens, run.paragraph, paragraph, context) ??
    classifyByContext(tokens, run.paragraph, paragraph, context);
  if (single) found.push(single);
  return found;
}

// Note: "der Europäischen Union", "bei der Deutschen Bank": after an article the
// adjective opening a German name is inflected; the name is "Europäische Union".
const GERMAN_FEMININE_BEFORE = /\b(?:der|zur|einer)\s+$/iu;
const GERMAN_MASCULINE_BEFORE = /\b(?:den|dem|vom|zum|beim|im|einem)\s+$/iu;

/** The German name in the nominative when an inflected adjective opens it after an article. */
function nominative(found: Candidate, paragraph: string, context: Context): Candidate {
  if (!context.german || found.canonical !== undefined || found.tokens.length < 2 || found.type === 'person')
    return found;
  const first = found.tokens[0] as Token;
  if (!/^\p{Lu}\p{Ll}+[^e]en$/u.test(first.text) || isKnownPlace(first.text) || isGivenName(first.text)) return found;
  const before = paragraph.slice(Math.max(0, first.start - 12), first.start);
  // Note: "der Europäischen Union" => "Europäische Union"; "beim Deutschen Wetterdienst" => "Deutscher Wetterdienst".
  const ending = GERMAN_FEMININE_BEFORE.test(before) ? 'e' : GERMAN_MASCULINE_BEFORE.test(before) ? 'er' : undefined;
  if (ending === undefined) return found;
  return { ...found, canonical: first.text.slice(0, -2) + ending + found.mention.text.slice(first.text.length) };
}

/** "Group C", "Gruppe B", "groupe D" and what follows them: a label of a draw, not a name. */
function isGroupLabel(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  return (
    first !== undefined &&
    second !== undefined &&
    /^(?:Group|Pool|Gruppe|Groupe|Grupo|Girone|Groep|Poule)$/u.test(first.text) &&
    /^\p{Lu}$/u.test(second.text)
  );
}

/**
 * "Verfolger RB Leipzig", "Luchtvaartmaatschappij KLM": outside English a
 * sentence may open with a capitalised common noun that describes the name after it.
 */
function dropDescriptor(tokens: Token[], index: number, paragraph: string, context: Context): Candidate | undefined {
  const first = tokens[0] as Token;
  // Note: in German the describing noun may stand anywhere ("mit dem Koalitionspartner
  // Partidul Național Liberal"); a long compound is never the first word of a name.
  const described =
    first.sentenceStart || (context.german && first.text.length >= 9 && /^\p{Lu}\p{Ll}+$/u.test(first.text));
  if (context.english || tokens.length < 2 || !described) return undefined;
  if (isGivenName(first.text) || isKnownPlace(first.text) || /^\p{Lu}{2,}$/u.test(first.text)) return undefined;
  const rest = tokens.slice(1);
  if (!/^\p{Lu}/u.test((rest[0] as Token).text)) return undefined;
  const classified = classifyWhole(rest, index, paragraph, context);
  if (classified?.strong) return classified;
  // Note: "Koalitionspartner Partidul Național Liberal": the name after a German
  // compound stands on its own, to be typed by linking or its short form.
  if (!first.sentenceStart && rest.length > 1 && rest.every((token) => /^\p{Lu}/u.test(token.text)))
    return candidate(index, paragraph, rest, undefined, false);
  return undefined;
}

/**
 * "Bahn-Vorstand Martin Seiler", "Papa Francesco", "Invaller Wout Weghorst":
 * capitalised words before a given name that starts the rest of the run are a
 * role, not part of the name. In English only a known title counts (see stripTitle).
 */
function splitRole(tokens: readonly Token[], context: Context): { role: Token[]; rest: Token[] } | undefined {
  if (context.english || tokens.length < 2) return undefined;
  const at = tokens.findIndex((token, i) => i > 0 && isGivenName(token.text));
  if (at < 1 || at > 3) return undefined;
  const role = tokens.slice(0, at);
  if (role.some((token) => isGivenName(token.text) || isKnownPlace(token.text) || /^\p{Ll}/u.test(token.text)))
    return undefined;
  const last = (role[role.length - 1] as Token).text;
  if (ORGANIZATION_HEADS.has(last) || ORGANIZATION_LEADS.has((role[0] as Token).text)) return undefined;
  return { role, rest: tokens.slice(at) };
}

/** "Chef von Windkraft Nord AG", "président de la Fnac": a title joined to the name by "of" says what someone is, it is not part of the name. */
function dropRoleOf(tokens: Token[], context: Context): Token[] {
  if (context.english || tokens.length < 3) return tokens;
  const [first, second] = tokens as [Token, Token];
  if (!isTitle(first.text, context) || !/^(?:von|vom|der|des|de|du|di|del|della|van)$/u.test(second.text))
    return tokens;
  let rest = 1;
  while (rest < tokens.length && /^\p{Ll}/u.test((tokens[rest] as Token).text)) rest++;
  return tokens.slice(rest);
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
      isTitleStart(rest) ||
      (rest.length > 1 && isKnownPlace(spanText(paragraph, rest.slice(0, 2)))) ||
      (rest.length > 2 && isKnownPlace(spanText(paragraph, rest.slice(0, 3))));
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
function classifyWhole(tokens: Token[], index: number, paragraph: string, context: Context): Candidate | undefined {
  const text = spanText(paragraph, tokens);
  const alias = context.english ? ALIASES.get(text) : undefined;
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
  if (isKnownPlace(text) && !(tokens.length === 1 && isDemonym(text))) {
    // Note: a town's name after "beat" or "gegen" is its team; a country's stays a place.
    const before = paragraph.slice(Math.max(0, (tokens[0] as Token).start - 40), (tokens[0] as Token).start);
    const opponent = ENGLISH_OPPONENT.test(before) || context.cues.opponent.test(before);
    if (opponent && !isCountry(text) && (isCity(text) || !context.english))
      return candidate(index, paragraph, tokens, 'organization', true);
    // Note: a lone word known only from the city list ("Aurora") may still be a
    // short form of a company or team named in full elsewhere, so it waits for linking.
    const strong = tokens.length > 1 || isLexiconPlace(text) || isCountry(text);
    return candidate(index, paragraph, tokens, 'place', strong);
  }
  if (tokens.length > 1 && (PLACE_HEADS.has(last) || PLACE_LEADS.has(first) || /^\p{Ll}/u.test(first))) {
    return candidate(index, paragraph, tokens, 'place', true);
  }
  if (/^\p{Lu}{2,}$/u.test(text) && tokens.length === 1)
    return candidate(index, paragraph, tokens, 'organization', true);
  if (
    !context.english &&
    tokens.length > 1 &&
    isTitle(first, context) &&
    tokens.slice(1).every((t) => /^\p{Lu}/u.test(t.text))
  )
    return { ...candidate(index, paragraph, tokens.slice(1), 'person', true), role: first };
  return undefined;
}

function isTitle(word: string, context: Context): boolean {
  return context.cues.titles.has(word);
}

/** A run left unclassified by its words: the words around it decide, or linking does later. */
function classifyByContext(tokens: Token[], index: number, paragraph: string, context: Context): Candidate | undefined {
  const { speakers, cues } = context;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const before = paragraph.slice(Math.max(0, first.start - 60), first.start);
  const after = paragraph.slice(last.end, last.end + 60);
  const text = spanText(paragraph, tokens);
  if (tokens.length === 1 && isDemonym(text)) return undefined;
  const make = (type: EntityType | undefined, strong: boolean) => candidate(index, paragraph, tokens, type, strong);

  const isRole = (word: string) => ROLE_WORDS.has(word) || cues.roles.has(word);
  const roleBefore = /\b([\p{Ll}-]+) $/u.exec(before)?.[1];
  if (roleBefore !== undefined && isRole(roleBefore)) return { ...make('person', true), role: roleBefore };
  const appositive = APPOSITIVE_ROLE.exec(before);
  if (appositive && isRole(appositive[2] as string) && /^,/.test(after)) {
    return { ...make('person', true), role: appositive[1] as string };
  }
  if (ORGANIZATION_BEFORE.test(before) || ORGANIZATION_AFTER.test(after)) return make('organization', true);
  if (ENGLISH_OPPONENT.test(before) || cues.opponent.test(before)) return make('organization', false);
  if (isGivenName(first.text) && tokens.length > 1) return make('person', true);
  const apposed = PERSON_AFTER.exec(after)?.[1];
  if (tokens.length > 1 && apposed !== undefined && ROLE_WORDS.has(apposed)) return make('person', true);
  if (tokens.length > 1 && (speakers.has(text) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before))) {
    // Note: "according to Box Office Mojo": a speaker named with ordinary words is a body, not a person.
    const ordinary = !isGivenName(first.text) && tokens.some((token) => isCommonWord(token.text));
    return make(ordinary ? 'organization' : 'person', false);
  }
  if (tokens.length > 1 && cues.speechAfter.test(after)) return make('person', false);
  const placeNoun = /^ ([\p{Ll}]+)/u.exec(after)?.[1];
  if (placeNoun !== undefined && PLACE_NOUNS.has(placeNoun)) return make('place', false);
  if (NOT_PLACE_HEADS.test(text)) return make(undefined, false);
  if (LOCATIVE.test(before) && !first.sentenceStart) return make('place', false);
  if (!context.english) {
    if (cues.locative.test(before) && !first.sentenceStart && tokens.length <= 2 && !looksLikeNoun(text, context))
      return make('place', false);
    return make(undefined, false);
  }
  const afterThe = /\bThe $/.test(before);
  if (tokens.length > 1 && tokens.length <= 3 && !afterThe && tokens.every((token) => !isCommonWord(token.text))) {
    return make('person', false);
  }
  return make(undefined, false);
}

// Note: German common nouns are capitalised; these endings make a noun, not a place name.
const GERMAN_NOUN_ENDING =
  /(?:ung|ungen|heit|keit|schaft|tum|nis|ion|tät|ment|ismus|ik|chen|lein|ei|fragen|rat|amt|feld|wert)$/u;

/** A capitalised German word with the ending of a common noun ("Auffassung", "Kritik", "Vorfeld"). */
function looksLikeNoun(text: string, context: Context): boolean {
  return context.german && GERMAN_NOUN_ENDING.test(text);
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

// Note: "Vice Foreign Minister", "Acting President", "Former Prime Minister".
const TITLE_MODIFIERS = new Set(['Vice', 'Deputy', 'Acting', 'Interim', 'Former', 'Assistant', 'Junior', 'Senior']);

function titleLength(tokens: readonly Token[]): number {
  const skip = tokens.length > 1 && TITLE_MODIFIERS.has((tokens[0] as Token).text) ? 1 : 0;
  const words = TITLE_WORDS.find(
    (title) => title.length + skip <= tokens.length && title.every((word, i) => tokens[i + skip]?.text === word),
  );
  return words === undefined ? 0 : words.length + skip;
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
function mergeCandidates(candidates: readonly Candidate[], paragraphs: readonly string[], language: string): Entity[] {
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
  // Note: not in English, where the rules above decide, nor in German, whose common nouns are capitalised too.
  const nounsAreLowerCase = !/^(?:en|de)\b/i.test(language);
  const repeated = new Map<string, number>();
  for (const { found } of untyped) repeated.set(found.mention.text, (repeated.get(found.mention.text) ?? 0) + 1);
  for (const { found, order } of untyped) {
    const type = coordinatedType(found, candidates, typed, paragraphs);
    if (type !== undefined && type !== 'person') add(type, found.mention.text, found, order);
    // Note: outside English, a capitalised word named twice or more that nothing else
    // explains ("Feyenoord", "Inditex") is most often a company, club or institution.
    else if (
      type === undefined &&
      nounsAreLowerCase &&
      (repeated.get(found.mention.text) ?? 0) >= 2 &&
      found.tokens.length === 1
    )
      add('organization', found.mention.text, found, order);
  }

  const result = unifyTypes([...entities.values()]);
  for (const entity of result) {
    entity.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    entity.count = entity.mentions.length;
  }
  result.sort((a, b) => b.count - a.count || a.order - b.order);
  return result.map(({ order: _order, ...entity }) => entity);
}

/**
 * One name, one entity: when the same name was typed two ways ("Ajax" the town
 * and "Ajax" the team), the type with more mentions wins, an organisation on a tie.
 */
function unifyTypes(entities: Building[]): Building[] {
  const byName = new Map<string, Building>();
  const rank = (entity: Building) =>
    entity.mentions.length * 4 + (entity.type === 'organization' ? 2 : entity.type === 'place' ? 1 : 0);
  for (const entity of entities) {
    const key = entity.name.toLowerCase();
    const other = byName.get(key);
    if (other === undefined) {
      byName.set(key, entity);
      continue;
    }
    const [winner, loser] = rank(entity) > rank(other) ? [entity, other] : [other, entity];
    winner.mentions.push(...loser.mentions);
    for (const role of loser.roles) if (!winner.roles.includes(role)) winner.roles.push(role);
    winner.order = Math.min(winner.order, loser.order);
    byName.set(key, winner);
  }
  return [...byName.values()];
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
