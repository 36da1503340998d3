const SCRIPTS: [RegExp, string][] = [
  [/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu, 'ar'],
  [/[\u0590-\u05FF\uFB1D-\uFB4F]/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Latin}/gu, 'en'],
];

// Note: the commonest short words of the Latin-script languages Broadsheet meets most.
const LATIN_MARKERS: [string, Set<string>][] = [
  ['en', new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said'])],
  ['fr', new Set(['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur'])],
  ['de', new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'sich'])],
  ['es', new Set(['el', 'los', 'las', 'y', 'que', 'del', 'por', 'una', 'con', 'para', 'es', 'se'])],
  ['it', new Set(['il', 'di', 'che', 'e', 'gli', 'della', 'per', 'una', 'non', 'sono', 'nel', 'con'])],
  ['pt', new Set(['o', 'os', 'que', 'do', 'da', 'em', 'um', 'uma', 'não', 'para', 'com', 'são'])],
  [
    'nl',
    new Set([
      'het',
      'een',
      'van',
      'dat',
      'niet',
      'zijn',
      'voor',
      'ook',
      'naar',
      'bij',
      'werd',
      'heeft',
      'met',
      'op',
      'geen',
      'zei',
      'wordt',
      'deze',
      'dit',
    ]),
  ],
];

const UKRAINIAN = /[іїєґІЇЄҐ]/u;
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv']);

/**
 * Guesses the language from the script most letters are in (Arabic, Hebrew,
 * Cyrillic, Greek, Japanese, Korean, Chinese), and among Latin-script text from
 * the commonest short words of English, French, German, Spanish, Italian, Portuguese and Dutch.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  let best = 'en';
  let bestCount = 0;
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  if (best === 'ru' && UKRAINIAN.test(sample)) return 'uk';
  if (best === 'ja' || (best === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample))) return 'ja';
  return best === 'en' ? detectLatin(sample) : best;
}

function detectLatin(sample: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [language, markers] of LATIN_MARKERS) {
    const score = words.reduce((sum, word) => sum + (markers.has(word) ? 1 : 0), 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/** The writing direction of a language: right-to-left for Arabic, Hebrew, Persian, Urdu and their kin. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
