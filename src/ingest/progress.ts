// A one-line progress bar for terminals (no dependency): redrawn in place with \r.
import type { WriteStream } from 'node:tty';

export function progressBar(stream: WriteStream, width = 30) {
  let lastDraw = 0;
  return (done: number, total: number, file: string): void => {
    const now = Date.now();
    if (done < total && now - lastDraw < 50) return;
    lastDraw = now;
    const filled = total ? Math.round((done / total) * width) : width;
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(stream.columns || 80).slice(0, (stream.columns || 80) - 1));
    if (done === total) stream.write('\r\x1b[K');
  };
}
