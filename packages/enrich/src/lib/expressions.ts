import { re } from './boundaries.js';
import type { TimelineEntry } from '@broadsheet/core';

/** A calendar reading of an expression, before it becomes a timeline entry. */
export interface Reading {
  text: string;
  index: number;
  month?: number;
  day?: number;
  year?: number;
  time?: string;
  date?: string;
  certainty: TimelineEntry['certainty'];
}

/** The publication date the expressions resolve against. */
export interface Reference {
  instant: Date;
  timezone: number;
  year: number;
  month: number;
  day: number;
}

export type Direction = 'past' | 'future' | 'either';

interface Language {
  /** Weekday names to their number (Sunday 0). */
  weekdays: Record<string, number>;
  /** Month names to their number. */
  months: Record<string, number>;
  /** Words before or after a weekday that say "last" or "next" ("vergangenen", "próximo", "jongstleden"). */
  last: string;
  next: string;
  /** Words before a weekday or month ("am", "le", "este", "op"). */
  before: string;
  /** Words after a weekday ("abend", "soir", "por la tarde"). */
  after: string;
  /** Before a month without a day ("im", "Ende", "en", "a finales de"). */
  monthBefore: string;
  /** "the year before", "this year", "next year"; the same for months and weeks. */
  relative: [RegExp, 'year' | 'month' | 'week' | 'day', number][];
  /** Now, recently, soon: expressions of time with no calendar day of their own. */
  vague: RegExp;
  /** "the second quarter", "summer": parts of a year. */
  parts: RegExp;
  /** Words before a bare year ("seit", "depuis", "desde", "nel"). */
  yearBefore: string;
  /** Any of the words the relative, vague and part-of-year patterns need, without boundaries (a quick test first). */
  cue: RegExp;
  /** The clause speaks of the future or of the past. */
  future: RegExp;
  past: RegExp;
}

const names = (list: string, first = 0) =>
  Object.fromEntries(list.split(' ').map((name, i) => [name.replace(/_/g, ' '), i + first])) as Record<string, number>;

const LANGUAGES: Record<string, Language> = {
  de: {
    weekdays: names('sonntag montag dienstag mittwoch donnerstag freitag samstag'),
    months: names('januar februar märz april mai juni juli august september oktober november dezember', 1),
    last: 'vergangenen|letzten|vorigen',
    next: 'kommenden|nächsten|diesen',
    before: 'am|ab|seit|bis|vom|zum|an jedem|jeden',
    after: 'abend|morgen|nachmittag|vormittag|mittag|nacht',
    monthBefore: 'im|seit|bis|ab|Ende|Anfang|Mitte|ende|anfang|mitte|bis Ende|seit Anfang',
    relative: [
      [
        re(String.raw`\b(?:(?:im|das|dem) )?(?:vergangenen?|letzten?) Jahr(?:es)?\b|\bVorjahr(?:es)?\b`, 'giu'),
        'year',
        -1,
      ],
      [re(String.raw`\b(?:(?:in )?diesem|dieses) Jahr\b`, 'giu'), 'year', 0],
      [re(String.raw`\b(?:(?:im )?(?:kommenden|nächsten)) Jahr\b`, 'giu'), 'year', 1],
      [re(String.raw`\b(?:(?:im )?(?:vergangenen|letzten)) Monat\b`, 'giu'), 'month', -1],
      [re(String.raw`\b(?:(?:im )?(?:kommenden|nächsten)) Monat\b`, 'giu'), 'month', 1],
      [re(String.raw`\b(?:(?:in der )?(?:vergangenen|letzten)) Woche\b`, 'giu'), 'week', -1],
      [re(String.raw`\b(?:(?:in der )?(?:kommenden|nächsten)) Woche\b`, 'giu'), 'week', 1],
      [re(String.raw`\bgestern\b`, 'giu'), 'day', -1],
      [re(String.raw`\bheute\b`, 'giu'), 'day', 0],
      [re(String.raw`\bübermorgen\b`, 'giu'), 'day', 2],
    ],
    vague: re(String.raw`\b(?:jetzt|derzeit|zurzeit|kürzlich|bald|demnächst)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:im|das|dem|des|den) )?(?:ersten|zweiten|dritten|vierten|1\.|2\.|3\.|4\.) (?:Quartal|Halbjahr)(?:s|es)?\b|\b(?:(?:im|seit dem|den|der|dem) )(?:Sommer|Winter|Frühjahr|Frühling|Herbst)\b`,
      'gu',
    ),
    yearBefore: 'im Jahr|im Jahre|seit|bis|ab|für|von|vor|nach|zwischen|und|Jahr|Ende|Anfang|Mitte|im',
    cue: /jahr|monat|woche|gestern|heute|morgen|quartal|halbjahr|sommer|winter|frühjahr|frühling|herbst|jetzt|derzeit|zurzeit|kürzlich|bald|demnächst/iu,
    future: re(
      String.raw`\b(?:wird|werden|soll|sollen|will|wollen|kommenden|nächsten|dürfte|könnte|geplant|angesetzt)\b`,
      'iu',
    ),
    past: re(
      String.raw`\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|gewann|verlor|kam|ging|lag|traf|sprach|nahm|gab|stand|fiel|stieg|schlug|hielt|blieb|fand|rief|trat)\b|\bge\p{L}{3,}(?:t|en)\b|(?<![\p{L}])\p{Ll}{3,}te(?:n)?\b`,
      'u',
    ),
  },
  fr: {
    weekdays: names('dimanche lundi mardi mercredi jeudi vendredi samedi'),
    months: names('janvier février mars avril mai juin juillet août septembre octobre novembre décembre', 1),
    last: 'dernier',
    next: 'prochain',
    before: "ce|le|dès|depuis|jusqu’à|jusqu'à|avant|après",
    after: 'soir|matin|après-midi|midi',
    monthBefore: "en|début|fin|mi-|depuis|jusqu’en|jusqu'en|dès",
    relative: [
      [re(String.raw`\bl['’]année (?:dernière|passée|précédente)\b|\bl['’]an dernier\b`, 'giu'), 'year', -1],
      [re(String.raw`\bcette année\b`, 'giu'), 'year', 0],
      [re(String.raw`\bl['’]année prochaine\b|\bl['’]an prochain\b`, 'giu'), 'year', 1],
      [re(String.raw`\ble mois dernier\b`, 'giu'), 'month', -1],
      [re(String.raw`\ble mois prochain\b`, 'giu'), 'month', 1],
      [re(String.raw`\bla semaine (?:dernière|passée)\b`, 'giu'), 'week', -1],
      [re(String.raw`\bla semaine prochaine\b`, 'giu'), 'week', 1],
    ],
    vague: re(String.raw`\b(?:actuellement|récemment|bientôt|désormais)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:le|au|du) )?(?:premier|deuxième|second|troisième|quatrième) (?:trimestre|semestre)\b|\b(?:l['’]|cet |en |au |à l['’])(?:été|hiver|automne)\b|\bau printemps\b|\bce printemps\b`,
      'giu',
    ),
    yearBefore: "en|depuis|pour|jusqu’en|jusqu'en|avant|après|entre|et|année|fin|début|dès",
    cue: /année|an |mois|semaine|trimestre|semestre|été|hiver|automne|printemps|actuellement|récemment|bientôt|désormais/iu,
    future: re(
      String.raw`\b(?:va|vont|doit|doivent|prochain|prochaine|prévu|prévue)\b|\b\p{L}{2,}(?:era|ira|dra|vra|ront|rez|erons)\b`,
      'iu',
    ),
    past: re(String.raw`\b(?:a|ont|avait|avaient|était|étaient|est|sont)\s+\p{L}+(?:é|ée|és|ées|i|is|u|us|it)\b`, 'iu'),
  },
  es: {
    weekdays: names('domingo lunes martes miércoles jueves viernes sábado'),
    months: names('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', 1),
    last: 'pasado|pasada',
    next: 'próximo|próxima|que viene',
    before: 'el|este|esta|desde el|hasta el|para el',
    after: 'por la tarde|por la mañana|por la noche',
    monthBefore: 'en|desde|hasta|a finales de|a principios de|a mediados de|de|entre|y',
    relative: [
      [re(String.raw`\b(?:el|del) año (?:pasado|anterior)\b`, 'giu'), 'year', -1],
      [re(String.raw`\b(?:este|esta) año\b`, 'giu'), 'year', 0],
      [re(String.raw`\bel (?:próximo año|año que viene)\b`, 'giu'), 'year', 1],
      [re(String.raw`\bel mes pasado\b`, 'giu'), 'month', -1],
      [re(String.raw`\bel (?:próximo mes|mes que viene)\b`, 'giu'), 'month', 1],
      [re(String.raw`\bla semana pasada\b`, 'giu'), 'week', -1],
      [re(String.raw`\bla (?:próxima semana|semana que viene)\b`, 'giu'), 'week', 1],
      [re(String.raw`\bayer\b`, 'giu'), 'day', -1],
      [re(String.raw`\bhoy\b`, 'giu'), 'day', 0],
    ],
    vague: re(String.raw`\b(?:actualmente|recientemente|próximamente|en breve)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:el|del) )?(?:primer|segundo|tercer|cuarto) (?:trimestre|semestre)\b|\b(?:el|este|en|del|durante el) (?:verano|invierno|otoño)\b|\b(?:la|esta|en) primavera\b|\bfinal de año\b`,
      'giu',
    ),
    yearBefore: 'en|desde|hasta|de|del|para|entre|y|año|fines de|finales de',
    cue: /año|mes|semana|ayer|hoy|trimestre|semestre|verano|invierno|otoño|primavera|actualmente|recientemente|próximamente|breve/iu,
    future: re(
      String.raw`\b(?:va|van|irá|irán|próximo|próxima|previsto|prevista)\b|\b\p{L}{2,}(?:rá|rán|remos)\b`,
      'iu',
    ),
    past: re(String.raw`\b(?:ha|han|había|habían|fue|fueron)\b|\b\p{L}{3,}(?:ó|aron|ieron|ió)\b`, 'iu'),
  },
  it: {
    weekdays: names('domenica lunedì martedì mercoledì giovedì venerdì sabato'),
    months: names('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre', 1),
    last: 'scorso|scorsa',
    next: 'prossimo|prossima',
    before: 'il|lo|di|da|per|entro|fino a|questo|questa',
    after: 'sera|mattina|pomeriggio|notte',
    monthBefore: 'a|in|da|fino a|entro|fine|inizio|metà|di',
    relative: [
      [re(String.raw`\b(?:l['’]|dell['’]|all['’]|nell['’])anno (?:scorso|precedente|passato)\b`, 'giu'), 'year', -1],
      [re(String.raw`\bquest['’]anno\b`, 'giu'), 'year', 0],
      [re(String.raw`\b(?:l['’]|il )anno prossimo\b|\bil prossimo anno\b`, 'giu'), 'year', 1],
      [re(String.raw`\bil mese scorso\b`, 'giu'), 'month', -1],
      [re(String.raw`\bil (?:mese prossimo|prossimo mese)\b`, 'giu'), 'month', 1],
      [re(String.raw`\bla settimana (?:scorsa|passata)\b`, 'giu'), 'week', -1],
      [re(String.raw`\bla (?:settimana prossima|prossima settimana)\b`, 'giu'), 'week', 1],
      [re(String.raw`\bieri\b`, 'giu'), 'day', -1],
      [re(String.raw`\boggi\b`, 'giu'), 'day', 0],
      [re(String.raw`\bdomani\b`, 'giu'), 'day', 1],
    ],
    vague: re(String.raw`\b(?:attualmente|recentemente|a breve|prossimamente)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:il|nel|del) )?(?:primo|secondo|terzo|quarto) (?:trimestre|semestre)\b|\b(?:l['’]|in |nell['’]|quest['’])(?:estate|inverno|autunno)\b|\b(?:la|in|questa) primavera\b|\bfine dell['’]anno\b`,
      'giu',
    ),
    yearBefore: 'nel|dal|al|entro il|per il|del|il|fino al|tra il|e il|e|anno',
    cue: /anno|mese|settimana|ieri|oggi|domani|trimestre|semestre|estate|inverno|autunno|primavera|attualmente|recentemente|breve|prossimamente/iu,
    future: re(
      String.raw`\b(?:prossimo|prossima|sarà|saranno|previsto|prevista)\b|\b\p{L}{2,}(?:rà|ranno|remo)\b`,
      'iu',
    ),
    past: re(
      String.raw`\b(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ito|ita|iti|sto|sta|so|sa|tto|tta)\b`,
      'iu',
    ),
  },
  pt: {
    weekdays: names('domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado'),
    months: names('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro', 1),
    last: 'passado|passada',
    next: 'próximo|próxima|que vem',
    before: 'na|no|nesta|neste|esta|este|desta|deste|na próxima|no próximo|até|desde|para',
    after: 'à noite|de manhã|à tarde',
    monthBefore: 'em|desde|até|no fim de|no início de|em meados de|de|entre|e',
    relative: [
      [re(String.raw`\b(?:no|o|do) ano (?:passado|anterior)\b`, 'giu'), 'year', -1],
      [re(String.raw`\b(?:este|neste|deste) ano\b`, 'giu'), 'year', 0],
      [re(String.raw`\b(?:no|o) próximo ano\b`, 'giu'), 'year', 1],
      [re(String.raw`\b(?:no|o) mês passado\b`, 'giu'), 'month', -1],
      [re(String.raw`\b(?:no|o) próximo mês\b`, 'giu'), 'month', 1],
      [re(String.raw`\b(?:na|a) semana passada\b`, 'giu'), 'week', -1],
      [re(String.raw`\b(?:na|a) próxima semana\b`, 'giu'), 'week', 1],
      [re(String.raw`\bontem\b`, 'giu'), 'day', -1],
      [re(String.raw`\bhoje\b`, 'giu'), 'day', 0],
      [re(String.raw`\bamanhã\b`, 'giu'), 'day', 1],
    ],
    vague: re(String.raw`\b(?:atualmente|recentemente|em breve|brevemente)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:o|no|do) )?(?:primeiro|segundo|terceiro|quarto) (?:trimestre|semestre)\b|\b(?:no|o|este|neste) (?:verão|inverno|outono)\b|\b(?:na|a|esta|nesta) primavera\b|\bno fim do (?:mês|ano)\b`,
      'giu',
    ),
    yearBefore: 'em|desde|até|de|do|para|entre|e|ano',
    cue: /ano|mês|semana|ontem|hoje|amanhã|trimestre|semestre|verão|inverno|outono|primavera|atualmente|recentemente|breve|fim do/iu,
    future: re(
      String.raw`\b(?:vai|vão|irá|irão|próximo|próxima|previsto|prevista|marcado|marcada)\b|\b\p{L}{2,}(?:rá|rão|remos)\b`,
      'iu',
    ),
    past: re(String.raw`\b(?:foi|foram|tinha|tinham)\b|\b\p{L}{3,}(?:ou|aram|eram|iram|eu|iu)\b`, 'iu'),
  },
  nl: {
    weekdays: names('zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'),
    months: names('januari februari maart april mei juni juli augustus september oktober november december', 1),
    last: 'vorige|afgelopen|jongstleden',
    next: 'komende|volgende|aanstaande',
    before: 'op|sinds|tot|vanaf|deze',
    after: 'avond|middag|ochtend|morgen|nacht',
    monthBefore: 'in|sinds|tot|vanaf|eind|begin|half|medio',
    relative: [
      [re(String.raw`\b(?:vorig|vorige|afgelopen) jaar\b`, 'giu'), 'year', -1],
      [re(String.raw`\bdit jaar\b`, 'giu'), 'year', 0],
      [re(String.raw`\b(?:volgend|komend) jaar\b`, 'giu'), 'year', 1],
      [re(String.raw`\b(?:vorige|afgelopen) maand\b`, 'giu'), 'month', -1],
      [re(String.raw`\b(?:volgende|komende) maand\b`, 'giu'), 'month', 1],
      [re(String.raw`\b(?:vorige|afgelopen) week\b`, 'giu'), 'week', -1],
      [re(String.raw`\b(?:volgende|komende) week\b`, 'giu'), 'week', 1],
      [re(String.raw`\bgisteren\b`, 'giu'), 'day', -1],
      [re(String.raw`\bvandaag\b`, 'giu'), 'day', 0],
    ],
    vague: re(String.raw`\b(?:momenteel|onlangs|binnenkort|voorlopig)\b`, 'giu'),
    parts: re(
      String.raw`\b(?:(?:het|in het) )?(?:eerste|tweede|derde|vierde) (?:kwartaal|halfjaar)\b|\b(?:in het|het|deze|de|in de) (?:najaar|voorjaar|zomer|winter|herfst|lente)\b`,
      'giu',
    ),
    yearBefore: 'in|sinds|tot|voor|van|tussen|en|jaar|eind|begin',
    cue: /jaar|maand|week|gisteren|vandaag|kwartaal|halfjaar|najaar|voorjaar|zomer|winter|herfst|lente|momenteel|onlangs|binnenkort|voorlopig/iu,
    future: re(String.raw`\b(?:zal|zullen|gaat|gaan|volgende|komende|wil|willen|gepland)\b`, 'iu'),
    past: re(
      String.raw`\b(?:heeft|hebben|had|hadden|was|waren|werd|werden|won|verloor|kwam|ging|zei|nam|gaf|stond|viel|liep|sprak|bleef|vond|sloeg|\p{Ll}{3,}eerden?)\b|\bge\p{L}{3,}(?:d|t|en)\b`,
      'iu',
    ),
  },
};

const ENGLISH_EXTRA: Pick<Language, 'vague' | 'parts' | 'cue'> = {
  cue: /now|current|recent|soon|present|quarter|half|summer|winter|spring|autumn|fall|year/iu,
  vague: re(String.raw`\b(?:now|currently|recently(?! as)|soon|at present)\b`, 'giu'),
  parts: re(
    String.raw`\b(?:(?:the|its|a) )?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|\b(?:the )?(?:first|second) half of (?:the|this|last|next) year\b|\b(?:the|this|last|next|in|during|over) (?:summer|winter|spring|autumn)\b|\b(?:the|this|last|next) fall\b|\bthe (?:current|coming|next|past) (?:fiscal )?year\b`,
    'giu',
  ),
};

const DAY_MS = 86_400_000;

/**
 * Date and time expressions chrono leaves or misreads: weekdays, months without
 * a day, "last year" and its kin, now/recently/soon, quarters and seasons, in
 * German, French, Spanish, Italian, Portuguese and Dutch (and the vague ones in
 * English). `taken` are the spans already read; nothing overlapping them is returned.
 */
export function readExpressions(
  sentence: string,
  language: string,
  reference: Reference | undefined,
  taken: readonly Reading[],
): Reading[] {
  const primary = language.split('-')[0]?.toLowerCase() ?? 'en';
  const found: Reading[] = [];
  const free = (index: number, length: number) =>
    ![...taken, ...found].some((r) => index < r.index + r.text.length && r.index < index + length);
  const add = (reading: Reading) => {
    if (free(reading.index, reading.text.length) && isWordBounded(sentence, reading.index, reading.text.length))
      found.push(reading);
  };
  const words = LANGUAGES[primary];
  const extra = words ?? ENGLISH_EXTRA;
  const cued = extra.cue.test(sentence);
  if (words !== undefined) {
    const patterns = compiled(words);
    if (patterns.weekdayCue.test(sentence))
      for (const reading of readWeekdays(sentence, words, reference)) add(reading);
    if (cued) for (const reading of readRelative(sentence, words, reference)) add(reading);
    if (patterns.monthCue.test(sentence)) for (const reading of readMonths(sentence, words, reference)) add(reading);
  }
  if (words === undefined && reference !== undefined)
    for (const reading of readOrdinalDays(sentence, reference)) add(reading);
  if (!cued) return found;
  for (const match of sentence.matchAll(extra.parts)) {
    add({ text: match[0], index: match.index, certainty: 'unresolved' });
  }
  for (const match of sentence.matchAll(extra.vague)) {
    add({ text: match[0], index: match.index, certainty: 'unresolved' });
  }
  return found;
}

/**
 * Whether the clause around an expression speaks of the past or the future
 * (`either` when it does not say), in `language`.
 */
export function tenseAround(sentence: string, index: number, length: number, language: string): Direction {
  const words = LANGUAGES[language.split('-')[0]?.toLowerCase() ?? ''];
  const clause = clauseAround(sentence, index, length);
  if (words === undefined) {
    if (ENGLISH_FUTURE.test(clause)) return 'future';
    return ENGLISH_PAST.test(clause) ? 'past' : 'either';
  }
  if (words.future.test(clause)) return 'future';
  return words.past.test(clause) ? 'past' : 'either';
}

const ENGLISH_FUTURE = re(
  String.raw`\b(?:will|would|shall|'ll|due to|is to|are to|scheduled|planned|plans|expects?|next|upcoming)\b`,
  'iu',
);
const ENGLISH_PAST = re(
  String.raw`\b(?:was|were|had|ended|set|began|started|opened|closed|fell|rose|happened|occurred|took place|reported|announced)\b`,
  'iu',
);

/** The words of another language's weekdays and months, to drop chrono's weekday readings in favour of these. */
export function readsWeekdays(language: string): boolean {
  return (language.split('-')[0]?.toLowerCase() ?? '') in LANGUAGES;
}

/** Words before a bare year in `language` ("seit", "nel", "desde"), as a regular-expression alternation. */
export function yearPrepositions(language: string): string | undefined {
  return LANGUAGES[language.split('-')[0]?.toLowerCase() ?? '']?.yearBefore;
}

interface Compiled {
  weekdayCue: RegExp;
  monthCue: RegExp;
  weekday: RegExp;
  month: RegExp;
  last: RegExp;
  next: RegExp;
}
const compiledFor = new Map<Language, Compiled>();

/** The patterns built from a language's word lists, compiled once. */
function compiled(words: Language): Compiled {
  let patterns = compiledFor.get(words);
  if (patterns === undefined) {
    const days = Object.keys(words.weekdays).join('|');
    const months = Object.keys(words.months).join('|');
    const modifier = `${words.last}|${words.next}`;
    patterns = {
      weekdayCue: new RegExp(days, 'iu'),
      monthCue: new RegExp(months, 'iu'),
      weekday: re(
        String.raw`(?:\b(?:${words.before}) )?(?:(?:${modifier}) )?(${days})(?:${words.after})?(?: (?:${modifier}|${words.after}))?(?![\p{L}-])`,
        'giu',
      ),
      month: re(
        String.raw`(?:\b(?:${words.monthBefore}) )?(?:(\d{1,2})(?:\.|º|er)? (?:de )?)?(${months})(?:,? (?:de |del )?((?:19|20)\d\d))?(?![\p{L}\d-])`,
        'giu',
      ),
      last: re(String.raw`(?:^|\s)(?:${words.last})(?:\s|$)`, 'iu'),
      next: re(String.raw`(?:^|\s)(?:${words.next})(?:\s|$)`, 'iu'),
    };
    compiledFor.set(words, patterns);
  }
  return patterns;
}

function readWeekdays(sentence: string, words: Language, reference: Reference | undefined): Reading[] {
  const found: Reading[] = [];
  const pattern = compiled(words).weekday;
  for (const match of sentence.matchAll(pattern)) {
    const weekday = words.weekdays[(match[1] as string).toLowerCase()] as number;
    const text = match[0];
    const reading: Reading = { text, index: match.index, certainty: 'unresolved' };
    if (reference !== undefined) {
      const direction = directionOf(text, sentence, match.index, words);
      const date = nearestWeekday(reference, weekday, direction);
      reading.year = date.getUTCFullYear();
      reading.month = date.getUTCMonth() + 1;
      reading.day = date.getUTCDate();
      reading.date = date.toISOString().slice(0, 10);
      reading.certainty = 'approximate';
    }
    found.push(reading);
  }
  return found;
}

/** Whether a weekday or month means the one before the publication date, after it, or the nearest. */
function directionOf(text: string, sentence: string, index: number, words: Language): Direction {
  const lower = text.toLowerCase();
  const patterns = compiled(words);
  if (patterns.last.test(lower)) return 'past';
  if (patterns.next.test(lower)) return 'future';
  if (re(String.raw`^(?:bis|jusqu|hasta|para|per|entro|fino|até|tot|für|pour|voor)\b`, 'iu').test(lower))
    return 'future';
  const before = sentence.slice(Math.max(0, index - 12), index);
  if (
    re(String.raw`\b(?:bis|für|pour|jusqu['’]à|hasta|para|per|entro|fino a|até|tot|voor)\s+(?:\p{L}+\s+)?$`, 'iu').test(
      before,
    )
  )
    return 'future';
  const clause = clauseAround(sentence, index, text.length);
  if (words.future.test(clause)) return 'future';
  if (words.past.test(clause)) return 'past';
  return 'future';
}

function clauseAround(sentence: string, index: number, length: number): string {
  const start = Math.max(0, sentence.lastIndexOf(',', index) + 1, sentence.lastIndexOf(';', index) + 1);
  const comma = sentence.indexOf(',', index + length);
  const end = comma === -1 ? sentence.length : comma;
  return sentence.slice(start, end);
}

/** The weekday on or before the publication day ('past'), on or after it ('future'). */
function nearestWeekday(reference: Reference, weekday: number, direction: Direction): Date {
  const published = Date.UTC(reference.year, reference.month - 1, reference.day);
  const today = new Date(published).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const forward = (weekday - today + 7) % 7;
  const offset = direction === 'past' ? -back : direction === 'future' ? forward : back <= forward ? -back : forward;
  return new Date(published + offset * DAY_MS);
}

// Note: "a demonstration on the 29th": a day of the month named by its ordinal alone.
const ORDINAL_DAY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|century|anniversary|floor|minute|place|time|round|day|week|year)\b)/giu;

/**
 * "on the 29th": the day in the publication's month, or in the month before when
 * that day is still to come and the clause does not speak of the future (the
 * month after when the day has passed and it does).
 */
function readOrdinalDays(sentence: string, reference: Reference): Reading[] {
  const found: Reading[] = [];
  for (const match of sentence.matchAll(ORDINAL_DAY)) {
    const day = Number(match[1]);
    const index = match.index + 3;
    const text = match[0].slice(3);
    const direction = tenseAround(sentence, index, text.length, 'en');
    let month = reference.month;
    if (day > reference.day && direction !== 'future') month -= 1;
    else if (day < reference.day && direction === 'future') month += 1;
    const year = reference.year + Math.floor((month - 1) / 12);
    month = ((((month - 1) % 12) + 12) % 12) + 1;
    const date = isoDate(year, month, day);
    if (date === undefined) continue;
    found.push({ text, index, year, month, day, date, certainty: 'approximate' });
  }
  return found;
}

function readRelative(sentence: string, words: Language, reference: Reference | undefined): Reading[] {
  const found: Reading[] = [];
  for (const [pattern, unit, offset] of words.relative) {
    for (const match of sentence.matchAll(pattern)) {
      const reading: Reading = { text: match[0], index: match.index, certainty: 'unresolved' };
      if (reference !== undefined) {
        reading.certainty = 'approximate';
        if (unit === 'year') reading.year = reference.year + offset;
        else if (unit === 'month') {
          const month = reference.month - 1 + offset;
          reading.year = reference.year + Math.floor(month / 12);
          reading.month = (((month % 12) + 12) % 12) + 1;
        } else {
          const days = unit === 'week' ? offset * 7 : offset;
          const date = new Date(Date.UTC(reference.year, reference.month - 1, reference.day) + days * DAY_MS);
          reading.year = date.getUTCFullYear();
          reading.month = date.getUTCMonth() + 1;
          reading.day = date.getUTCDate();
          reading.date = date.toISOString().slice(0, 10);
        }
      }
      found.push(reading);
    }
  }
  return found;
}

/** "im Februar", "en janvier", "entre febrero y abril", "Ende März", "maio de 2022", "juli 2024". */
function readMonths(sentence: string, words: Language, reference: Reference | undefined): Reading[] {
  const found: Reading[] = [];
  const pattern = compiled(words).month;
  for (const match of sentence.matchAll(pattern)) {
    const [, day, name = '', year] = match;
    const hasPreposition = !match[0].startsWith(day ?? name);
    // Note: a capitalised month ("August" is a German month and a name) counts only after a preposition or a day.
    if (!hasPreposition && day === undefined && name[0] !== name[0]?.toLowerCase()) continue;
    if (/^\s*\d/.test(sentence.slice(match.index + match[0].length))) continue;
    if (day === undefined && /\d\.?\s*$/.test(sentence.slice(0, match.index))) continue;
    const month = words.months[name.toLowerCase()] as number;
    const reading: Reading = { text: match[0], index: match.index, month, certainty: 'unresolved' };
    if (day !== undefined) reading.day = Number(day);
    const direction = directionOf(match[0], sentence, match.index, words);
    if (year !== undefined) {
      reading.year = Number(year);
      reading.certainty = 'certain';
    } else if (reference !== undefined) {
      reading.year = yearOfMonth(month, reference, direction);
      reading.certainty = 'approximate';
    }
    if (reading.year !== undefined && reading.day !== undefined) {
      const date = isoDate(reading.year, month, reading.day);
      if (date === undefined) continue;
      reading.date = date;
    }
    found.push(reading);
  }
  return found;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : undefined;
}

function yearOfMonth(month: number, reference: Reference, direction: Direction): number {
  if (direction === 'future' && month < reference.month) return reference.year + 1;
  if (direction === 'past' && month > reference.month) return reference.year - 1;
  return reference.year;
}

function isWordBounded(sentence: string, index: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(sentence[index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(sentence[index + length] ?? '');
}
