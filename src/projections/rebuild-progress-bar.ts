import { RebuildProgress } from './projection-engine';

/** One terminal line per projection, redrawn in place: bar, events done, events/s, remaining. */
export function drawRebuildProgress(progress: RebuildProgress, stream: NodeJS.WriteStream = process.stderr): void {
  const total = progress.eventsApplied + progress.remaining;
  const share = total === 0 ? 1 : progress.eventsApplied / total;
  const width = 30;
  const filled = Math.round(share * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  const line =
    `${progress.projection.padEnd(24)} [${bar}] ${String(Math.round(share * 100)).padStart(3)}% ` +
    `${progress.eventsApplied} events, ${progress.eventsPerSecond} events/s, ${progress.remaining} remaining`;
  if (stream.isTTY) {
    stream.write(`\r${line}${progress.done ? '\n' : ''}`);
  } else if (progress.done) {
    stream.write(`${line}\n`);
  }
}
