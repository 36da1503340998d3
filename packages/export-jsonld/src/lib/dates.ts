const dateOnly = /^\d{4}-\d{2}-\d{2}$/u;
const dateTime = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|z|[+-]\d{2}:\d{2})$/u;

/**
 * Writes a model date as schema.org expects it: a calendar date stays a date,
 * a date-time gets an upper-case "T" and "Z" and keeps its offset. Anything
 * else (the model forbids it) gives `undefined`, so the property is left out.
 */
export function toSchemaDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (dateOnly.test(value)) return value;
  const match = dateTime.exec(value);
  if (!match) return undefined;
  const [, day, time, offset] = match;
  return `${day}T${time}${offset?.toUpperCase()}`;
}
