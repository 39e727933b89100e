// In a log, nothing for a step this quick (a warm build), then a line per tenth of the work.
const LOG_AFTER_MS = 10_000;

/**
 * A long step's progress (done / total and the time left) where whoever runs the build can see it. On a
 * terminal, one line rewritten in place as each file is done; in a log (CI, no TTY), a line per tenth of the
 * work once it has taken ten seconds, so a cold build shows it moves without flooding the log.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stdout) {
  const started = performance.now();
  let done = 0;
  let worked = 0;
  let tenth = 0;
  return {
    // A file taken from the cache (`worked` false) costs nothing: the time left is reckoned from the others.
    tick(work = true) {
      done += 1;
      if (work) worked += 1;
      const elapsed = performance.now() - started;
      const seconds = Math.ceil(((elapsed / Math.max(worked, 1)) * (total - done)) / 1000);
      const left = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
      const line = `  ${label}: ${done}/${total} files, about ${left} left`;
      if (stream.isTTY) stream.write(`\r${line}\x1b[K`);
      else if (Math.floor((done * 10) / total) > tenth && elapsed > LOG_AFTER_MS) stream.write(`${line}\n`);
      tenth = Math.floor((done * 10) / total);
    },
    end() {
      if (stream.isTTY && done > 0) stream.write("\r\x1b[K");
    },
  };
}
