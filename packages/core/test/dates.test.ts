import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDay,
  formatMonthDay,
  formatNumber,
  isCalendarDate,
  parseDate,
  readDate,
  toIsoString,
  toJsDate,
  toRfc822,
  toW3cUtc,
} from '../src/index.js';

describe('readDate', () => {
  it('reads a calendar date as its midnight UTC', () => {
    expect(readDate('2016-03-04')).toEqual({ year: 2016, month: 3, day: 4, instant: Date.UTC(2016, 2, 4) });
  });

  it('reads a date-time keeping its wall-clock time and offset', () => {
    const date = readDate('2016-03-04t10:00:00.5+03:00');
    expect(date?.time).toEqual({
      hour: 10,
      minute: 0,
      second: 0,
      millisecond: 500,
      offset: '+03:00',
      offsetMinutes: 180,
    });
    expect(date?.instant).toBe(Date.UTC(2016, 2, 4, 7, 0, 0, 500));
  });

  it('refuses days and times that do not exist, and anything not ISO 8601', () => {
    for (const text of [
      '2016-02-30',
      '2015-02-29',
      '2016-13-01',
      '2016-03-04T24:00:00Z',
      '4 March 2016',
      '',
      '2016-03-04T10:00',
    ])
      expect(readDate(text), text).toBeUndefined();
    expect(readDate(undefined)).toBeUndefined();
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2016-02-29T00:00:00Z')).toBe(false);
    expect(() => parseDate('yesterday', 'dateModified')).toThrow('dateModified "yesterday" is not an ISO 8601 date');
  });
});

describe('writing a date', () => {
  const moment = parseDate('2016-03-04T10:00:00+03:00');
  const day = parseDate('0099-12-31');

  it('writes RFC 822 with the offset as written', () => {
    expect(toRfc822(moment)).toBe('Fri, 04 Mar 2016 10:00:00 +0300');
    expect(toRfc822(day)).toBe('Thu, 31 Dec 0099 00:00:00 +0000');
  });

  it('writes W3C date-times in UTC and ISO dates as written', () => {
    expect(toW3cUtc(moment)).toBe('2016-03-04T07:00:00Z');
    expect(toIsoString(moment)).toBe('2016-03-04T10:00:00+03:00');
    expect(toIsoString(parseDate('2016-03-04t10:00:00z'))).toBe('2016-03-04T10:00:00Z');
    expect(toIsoString(day)).toBe('0099-12-31');
    expect(toJsDate(moment).toISOString()).toBe('2016-03-04T07:00:00.000Z');
  });

  it('shows the calendar date as written, in the reader’s language', () => {
    const late = parseDate('2016-03-04T23:30:00-05:00');
    expect(formatDate(late, 'en')).toBe('4 March 2016');
    expect(formatDate(late, 'en', true)).toBe('4 March 2016, 23:30 UTC-05:00');
    expect(formatDate(moment, 'de')).toBe('4. März 2016');
    expect(formatDate(moment, 'fr')).toBe('4 mars 2016');
    expect(formatDate(moment, 'en-US')).toBe('March 4, 2016');
    expect(formatDate(moment, 'ar')).toContain('مارس');
    expect(formatDay('2016-03-04')).toBe('4 March 2016');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('shows a month and day without inventing a year', () => {
    expect(formatMonthDay(10, 14, 'en')).toBe('14 October');
    expect(formatMonthDay(2, 29, 'de')).toBe('29. Februar');
  });

  it('shows numbers with the language’s digits and grouping', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'de')).toBe('1.234');
    expect(formatNumber(3, 'xx-unknown')).toBe('3');
  });
});
