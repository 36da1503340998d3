import { describe, expect, test } from 'vitest';
import { readFeedDate } from '../src/lib/dates.js';

describe('readFeedDate', () => {
  test('writes a date-time in RFC 822 with its own offset as a number', () => {
    expect(readFeedDate('2016-03-04T10:00:00+03:00')?.rfc822).toBe('Fri, 04 Mar 2016 10:00:00 +0300');
    expect(readFeedDate('2016-03-04T10:00:00-09:30')?.rfc822).toBe('Fri, 04 Mar 2016 10:00:00 -0930');
  });

  test('writes Z as +0000', () => {
    expect(readFeedDate('2024-02-29T23:59:59Z')?.rfc822).toBe('Thu, 29 Feb 2024 23:59:59 +0000');
  });

  test('writes a calendar date as midnight UTC', () => {
    expect(readFeedDate('2016-03-02')?.rfc822).toBe('Wed, 02 Mar 2016 00:00:00 +0000');
  });

  test('drops fractions of a second from the text but sorts by them', () => {
    const early = readFeedDate('2016-03-04T10:00:00.100Z');
    const late = readFeedDate('2016-03-04T10:00:00.900Z');
    expect(late?.rfc822).toBe('Fri, 04 Mar 2016 10:00:00 +0000');
    expect((late?.instant ?? 0) - (early?.instant ?? 0)).toBe(800);
  });

  test('gives one instant for one moment written in different offsets', () => {
    expect(readFeedDate('2016-03-04T10:00:00+03:00')?.instant).toBe(Date.UTC(2016, 2, 4, 7));
    expect(readFeedDate('2016-03-04T02:00:00-05:00')?.instant).toBe(Date.UTC(2016, 2, 4, 7));
  });

  test('keeps years before 100 as written', () => {
    expect(readFeedDate('0044-03-15')?.rfc822).toBe('Tue, 15 Mar 0044 00:00:00 +0000');
  });

  test('reads nothing from text that is not an ISO 8601 date', () => {
    for (const text of [
      'last Tuesday',
      '2016-02-30',
      '2016-13-01',
      '2016-03-04T25:00:00Z',
      '2016-03-04T10:00:00',
      undefined,
    ]) {
      expect(readFeedDate(text)).toBeUndefined();
    }
  });
});
