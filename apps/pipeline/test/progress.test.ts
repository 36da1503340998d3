import { expect, test } from 'vitest';
import { ProgressBar } from '../src/lib/progress.js';

function fakeTerminal() {
  const writes: string[] = [];
  let now = 0;
  return {
    writes,
    stream: { write: (text: string) => writes.push(text) },
    clock: () => now,
    advance: (ms: number) => (now += ms),
  };
}

test('shows the count, the rate and the time left', () => {
  const terminal = fakeTerminal();
  const bar = new ProgressBar(terminal.stream, terminal.clock);
  bar.start(100);
  bar.tick(true);
  terminal.advance(2000);
  for (let i = 0; i < 24; i++) bar.tick(false);
  expect(bar.render()).toBe('[######------------------] 25/100 articles, 1 failed · 12.0/s · 7s left');
});

test('measures the rate from the first finished article, not from the start', () => {
  const terminal = fakeTerminal();
  const bar = new ProgressBar(terminal.stream, terminal.clock);
  bar.start(21);
  terminal.advance(6000);
  bar.tick(false);
  expect(bar.render()).toBe('[#-----------------------] 1/21 articles · --/s · -- left');
  terminal.advance(1000);
  for (let i = 0; i < 10; i++) bar.tick(false);
  expect(bar.render()).toBe('[#############-----------] 11/21 articles · 10.0/s · 1s left');
});

test('redraws at most ten times a second but always at the end', () => {
  const terminal = fakeTerminal();
  const bar = new ProgressBar(terminal.stream, terminal.clock);
  bar.start(3);
  bar.tick(false);
  bar.tick(false);
  const drawn = terminal.writes.length;
  bar.tick(false);
  expect(drawn).toBe(1);
  expect(terminal.writes.at(-1)).toContain('3/3 articles');
});

test('prints lines above the bar and leaves a clean line when it finishes', () => {
  const terminal = fakeTerminal();
  const bar = new ProgressBar(terminal.stream, terminal.clock);
  bar.start(2);
  bar.print('error: a.txt: the file is empty\n');
  bar.finish();
  expect(terminal.writes.join('')).toMatch(/\r\x1b\[2Kerror: a\.txt: the file is empty\n.*\r\x1b\[2K$/s);
});
