/**
 * Runs a command and measures it: wall time, and for each process of the tree
 * it starts, peak memory and CPU time.
 *
 * Both are read from /proc every few milliseconds rather than taken from GNU
 * time. Its "maximum resident set size" is the largest peak of any one process
 * it waited for, not their sum, and cannot say which process that was; and its
 * CPU time leaves out a child its parent never waited for, as Astro never
 * waits for the Pagefind service it starts. Here each process is read on its
 * own: its peak (VmHWM, the high-water mark the kernel keeps, so a sample
 * misses only growth in the last few milliseconds of a process's life), its
 * user + system time (as last read, so within a sample's interval of the
 * whole), and the tree's total resident memory at each sample, whose largest
 * value is what the machine had to hold at once. A build is thus reported as
 * Astro's own Node process (the figure the memory goal is about) and, apart,
 * the Pagefind service it starts as a child.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const SAMPLE_MS = 20;
/** The kernel's clock ticks per second (USER_HZ), the unit of CPU times in /proc: 100 on Linux. */
const CLOCK_TICKS = 100;

/** Commands still running, so that an interrupted benchmark can stop them. */
const running = new Set();

/** Stops every command `measure` started that is still running. */
export function stopRunning() {
  for (const child of running) child.kill('SIGTERM');
}

/** A process's children, from every one of its threads (a child belongs to the thread that forked it). */
function childrenOf(pid) {
  const out = [];
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** Command line, resident memory now, its peak, and CPU time of one process; undefined once it has gone. */
function readProcess(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses: utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // The main thread's time on a CPU and time spent ready to run but waiting for one, in nanoseconds.
    const [onCpu, waiting] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return {
      name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
      cmdline,
      rssKb: kb('VmRSS'),
      hwmKb: kb('VmHWM'),
      cpuSeconds: (Number(f[11]) + Number(f[12])) / CLOCK_TICKS,
      mainThread: { cpuSeconds: onCpu / 1e9, waitSeconds: waiting / 1e9 },
    };
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} ProcessFigures
 * @property {number} pid
 * @property {string} name       the process's name as the kernel gives it
 * @property {string[]} cmdline  as last read while it ran (a process on its way out has none)
 * @property {number} peakMb     its own peak resident memory (VmHWM)
 * @property {number} cpuSeconds its user + system time, as last read
 * @property {{ cpuSeconds: number, waitSeconds: number }} mainThread its main thread's time on a CPU, and time
 *   it was ready to run but waited for one (/proc/<pid>/schedstat): on a busy machine, the load's share of its wall time
 */

/**
 * @typedef {object} Measured
 * @property {number} seconds     wall time
 * @property {number} cpuSeconds  user + system time of every process of the tree
 * @property {number} treePeakMb  the largest total resident memory of the tree at one sample
 * @property {ProcessFigures[]} processes every process seen
 * @property {string} stdout
 * @property {string} stderr
 * @property {number | null} status
 */

/**
 * Runs `command` with `args` and measures it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<Measured>}
 */
export function measure(command, args, { cwd, env } = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env });
  running.add(child);
  /** @type {Map<number, ProcessFigures>} */
  const seen = new Map();
  let treePeakKb = 0;
  const sample = () => {
    let total = 0;
    const stack = [{ pid: child.pid, parentCmdline: '' }];
    while (stack.length) {
      const { pid, parentCmdline } = stack.pop();
      const p = readProcess(pid);
      if (!p) continue;
      const cmdline = p.cmdline.join('\0');
      // Between fork and exec a child is a copy of its parent, whose memory it counts as its own: not yet itself.
      if (cmdline === parentCmdline) continue;
      total += p.rssKb;
      const was = seen.get(pid);
      // A process that has exec'd is another program with memory of its own, so its peak starts again.
      const same = was && (!p.cmdline.length || was.cmdline[0] === p.cmdline[0]);
      seen.set(pid, {
        pid,
        name: p.name,
        cmdline: p.cmdline.length ? p.cmdline : (was?.cmdline ?? []),
        peakMb: Math.max(same ? was.peakMb : 0, p.hwmKb / 1024),
        cpuSeconds: p.cpuSeconds,
        mainThread: p.mainThread,
      });
      for (const c of childrenOf(pid)) stack.push({ pid: c, parentCmdline: cmdline });
    }
    treePeakKb = Math.max(treePeakKb, total);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const done = () => {
      clearInterval(timer);
      running.delete(child);
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (status) => {
      done();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const processes = [...seen.values()];
      resolve({ seconds, cpuSeconds: processes.reduce((a, p) => a + p.cpuSeconds, 0), treePeakMb: treePeakKb / 1024, processes, stdout, stderr, status });
    });
  });
}

/** A process's program: the file it runs (Node names its main thread "MainThread", so the kernel's name will not do). */
export function programOf(p) {
  return (p.cmdline[0] ?? p.name).split('/').pop();
}

/** The largest peak among processes whose program matches. */
export function peakOf(m, program) {
  const peaks = m.processes.filter((p) => program.test(programOf(p))).map((p) => p.peakMb);
  return peaks.length ? Math.max(...peaks) : NaN;
}

/** The main thread's wait for a CPU, summed over the processes whose program matches. */
export function cpuWaitOf(m, program) {
  return m.processes.filter((p) => program.test(programOf(p))).reduce((a, p) => a + p.mainThread.waitSeconds, 0);
}

/** CPU time of the processes whose program matches. */
export function cpuOf(m, program) {
  return m.processes.filter((p) => program.test(programOf(p))).reduce((a, p) => a + p.cpuSeconds, 0);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
