/**
 * The Python that the NetworkX comparisons run (PYTHON, default python3), with the packages of
 * requirements.txt. Never optional: a missing interpreter or package fails the test with how to
 * install it (.ci/run does).
 */
import { spawnSync } from 'node:child_process';

export const PYTHON = process.env.PYTHON ?? 'python3';

/** Returns the interpreter, or throws naming what is missing and how to install it. */
export function requirePython(...modules: string[]): string {
  const probe = spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ') || 'pass'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      `${PYTHON} is not installed: the NetworkX comparisons need Python 3 (Debian: apt-get install python3 python3-pip), then python3 -m pip install -r requirements.txt`,
    );
  if (probe.status !== 0)
    throw new Error(`${PYTHON} lacks ${modules.join(', ')}: python3 -m pip install -r requirements.txt\n${probe.stderr.trim()}`);
  return PYTHON;
}
