/** Placeholder replaced below once the adapters' entry points exist. */
import type { EndToEndReport } from './report.js';
export async function runEndToEnd(_: { projectDir: string; verbose: boolean }): Promise<EndToEndReport> {
  return { status: 'not available', reason: 'not written yet', cases: [] };
}
