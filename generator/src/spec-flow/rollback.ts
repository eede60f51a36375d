import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Remembers every path a command is about to change, as it was, so that a failure can put the
 * working tree back exactly: paths that did not exist are removed, the others restored.
 */
export class Rollback {
  private readonly saved = new Map<string, string | undefined>();
  private backupDir: string | undefined;

  /** Call before the first change to `path` (a file or a whole folder). */
  async guard(path: string): Promise<void> {
    if (this.saved.has(path)) return;
    if (!existsSync(path)) {
      this.saved.set(path, undefined);
      return;
    }
    this.backupDir ??= await mkdtemp(join(tmpdir(), "klaviyo-gen-rollback-"));
    const copy = join(this.backupDir, randomBytes(6).toString("hex"));
    await cp(path, copy, { recursive: true, verbatimSymlinks: true });
    this.saved.set(path, copy);
  }

  async restore(): Promise<void> {
    for (const [path, copy] of [...this.saved].reverse()) {
      await rm(path, { recursive: true, force: true });
      if (copy) await cp(copy, path, { recursive: true, verbatimSymlinks: true });
    }
    await this.discard();
  }

  async discard(): Promise<void> {
    this.saved.clear();
    if (this.backupDir) await rm(this.backupDir, { recursive: true, force: true });
    this.backupDir = undefined;
  }

  /** Runs `work`; restores everything guarded if it throws, and rethrows. */
  async run<T>(work: (rollback: this) => Promise<T>): Promise<T> {
    try {
      const result = await work(this);
      await this.discard();
      return result;
    } catch (error) {
      await this.restore();
      throw error;
    }
  }
}
