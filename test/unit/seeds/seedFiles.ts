import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedsDir } from '../paths';

/** The text of the seed document whose file name starts with `number` (e.g. "000"). */
export function readSeed(number: string): string {
  const names = fs.readdirSync(seedsDir).filter((name) => name.startsWith(`${number}_`) && name.endsWith('.txt'));
  if (names.length !== 1) {
    throw new Error(`Expected one seed document numbered ${number}, found ${names.length}.`);
  }
  return fs.readFileSync(path.join(seedsDir, names[0] ?? ''), 'utf8');
}
