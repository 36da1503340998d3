/**
 * A one-line progress bar for a terminal: count, rate and time left, redrawn at
 * most ten times a second. The rate is measured from the first finished article,
 * so start-up (loading the exporters, starting the workers) does not count as work.
 */
export class ProgressBar {
  readonly #stream: { write(text: string): unknown };
  readonly #now: () => number;
  #total = 0;
  #done = 0;
  #failed = 0;
  #firstDoneAt: number | undefined;
  #drawnAt = -Infinity;
  #visible = false;

  constructor(stream: { write(text: string): unknown }, now: () => number = () => performance.now()) {
    this.#stream = stream;
    this.#now = now;
  }

  start(total: number): void {
    this.#total = total;
    this.#draw(true);
  }

  /** Counts one article done (or failed) and redraws if enough time has passed. */
  tick(failed: boolean): void {
    this.#firstDoneAt ??= this.#now();
    this.#done++;
    if (failed) this.#failed++;
    this.#draw(this.#done === this.#total);
  }

  /** Writes `text` (whole lines) above the bar. */
  print(text: string): void {
    this.#clear();
    this.#stream.write(text);
    this.#draw(true);
  }

  /** Removes the bar, leaving the terminal as it was. */
  finish(): void {
    this.#clear();
  }

  /** The bar's text for the current counts. */
  render(): string {
    const width = 24;
    const share = this.#total === 0 ? 1 : this.#done / this.#total;
    const filled = Math.round(share * width);
    const seconds = this.#firstDoneAt === undefined ? 0 : (this.#now() - this.#firstDoneAt) / 1000;
    // Note: the articles finished after the first one, over the time since it finished.
    const rate = seconds > 0 ? (this.#done - 1) / seconds : 0;
    const left = rate > 0 ? (this.#total - this.#done) / rate : undefined;
    const failed = this.#failed > 0 ? `, ${this.#failed} failed` : '';
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.#done}/${this.#total} articles${failed} · ${rate > 0 ? rate.toFixed(1) : '--'}/s · ${left === undefined ? '--' : formatDuration(left)} left`;
  }

  #draw(force: boolean): void {
    const now = this.#now();
    if (!force && now - this.#drawnAt < 100) return;
    this.#drawnAt = now;
    this.#stream.write(`\r\x1b[2K${this.render()}`);
    this.#visible = true;
  }

  #clear(): void {
    if (this.#visible) this.#stream.write('\r\x1b[2K');
    this.#visible = false;
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}
