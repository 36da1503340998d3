import { createHash } from 'node:crypto';

const MAX_LENGTH = 80;

// Note: letters NFKD does not take apart into ASCII, and the Greek and Cyrillic
// alphabets, so that most European headlines give a readable slug.
const TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ĳ: 'ij',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// Note: names Windows refuses as file names, whatever the extension; and the
// site's own files: "index" would overwrite index.html, "feed" feed.json.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|index|feed)$/;

/**
 * Turns a headline into a file-name-safe slug: ASCII letters, digits and single
 * hyphens, lower-case, at most 80 characters, cut at a word. A headline with no
 * Latin letters at all gives "article-" and the start of the content id.
 */
export function slugify(headline: string, id = ''): string {
  const ascii = [...headline.toLowerCase().normalize('NFKD')]
    .map((ch) => TRANSLITERATION[ch] ?? ch)
    .join('')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.length > MAX_LENGTH ? ascii.slice(0, ascii.lastIndexOf('-', MAX_LENGTH) + 1 || MAX_LENGTH) : ascii;
  slug = slug.replace(/-+$/, '');
  if (slug === '') return `article-${shortHash(id || headline)}`;
  return RESERVED.test(slug) ? `${slug}-article` : slug;
}

function shortHash(text: string): string {
  const hex = /^sha256:([0-9a-f]{8})/.exec(text)?.[1];
  return hex ?? createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Hands out slugs unique within one run: the second "x" becomes "x-2", and so on. */
export class SlugRegistry {
  readonly #taken = new Set<string>();

  /** Returns `slug`, or `slug-N` with the smallest N that is still free, and marks it taken. */
  claim(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.#taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${slug.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    this.#taken.add(candidate);
    return candidate;
  }
}
