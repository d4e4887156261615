// What Linux says of another process (a server the bench started): its CPU time and memory, read
// from /proc, so a figure is the server's own and not the bench's.
import { readFileSync } from 'node:fs';

/** CPU seconds the process has used so far (utime + stime, which Linux counts in 1/100 s). */
export function cpuSecondsOf(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of this process's children that have ended and been waited for (cutime + cstime):
 * the difference around a spawnSync is that child's CPU time, all its threads included.
 */
export function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The process's resident memory now (VmRSS) or at its highest (VmHWM), MB. */
export function rssMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}
