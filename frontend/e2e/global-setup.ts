import { mkdirSync, rmSync } from 'node:fs';
import { SHOTS } from './fixtures';

/** A full run starts from an empty screenshots folder, so what is there is this run's. */
export default function globalSetup() {
  if (!process.env.E2E_ONLY) rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
}
