import { readDate, toIsoString } from '@broadsheet/core';

/**
 * Writes a model date as schema.org expects it (core's date module): a calendar
 * date stays a date, a date-time keeps its offset with an upper-case "T" and "Z".
 * Anything else (the model forbids it) gives `undefined`, so the property is left out.
 */
export function toSchemaDate(value: string | undefined): string | undefined {
  const date = readDate(value);
  return date === undefined ? undefined : toIsoString(date);
}
