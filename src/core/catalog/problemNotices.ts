import type { CatalogProblem } from './parse';

export interface NoticeDecision {
  /** Problems to write to the log now: those not logged before (again if they went away and came back). */
  readonly log: readonly CatalogProblem[];
  /** Files to name in a new warning; empty when no warning is due. */
  readonly notify: readonly string[];
}

/**
 * Decides what the user hears about broken catalog files, so that editing a
 * catalog never turns into one notification per file per keystroke. Every
 * problem is logged once. A warning is due when a file becomes broken; while
 * it stays broken, saving it again with another mistake brings no new warning
 * (the editor's squiggles already show it), and while a warning is on screen
 * no second one opens: the visible one points to the log, which has them all.
 */
export class ProblemNoticePolicy {
  private logged = new Set<string>();
  private readonly warnedFiles = new Set<string>();
  private visible = false;

  /** Takes the complete list of current problems after each load. */
  update(problems: readonly CatalogProblem[]): NoticeDecision {
    const log = problems.filter((problem) => !this.logged.has(problem.message));
    this.logged = new Set(problems.map((problem) => problem.message));

    const brokenFiles = new Set(problems.map((problem) => problem.file));
    for (const file of [...this.warnedFiles]) {
      if (!brokenFiles.has(file)) {
        // Fixed or removed: a later breakage of the same file deserves a new warning.
        this.warnedFiles.delete(file);
      }
    }
    const fresh = [...brokenFiles].filter((file) => !this.warnedFiles.has(file));
    for (const file of fresh) {
      this.warnedFiles.add(file);
    }
    if (fresh.length === 0 || this.visible) {
      return { log, notify: [] };
    }
    this.visible = true;
    return { log, notify: fresh };
  }

  /** The warning was closed (or its button pressed); the next breakage may show a new one. */
  closed(): void {
    this.visible = false;
  }
}
