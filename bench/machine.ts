import * as os from 'node:os';

/** What the figures were measured on; benchmark results mean little without it. */
export interface MachineDescription {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly v8: string;
  /** The 1-minute load average when the run started: other work on the machine makes times noisier. */
  readonly load: number;
  readonly date: string;
}

export function describeMachine(now = new Date()): MachineDescription {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    v8: process.versions.v8,
    load: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    date: now.toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
