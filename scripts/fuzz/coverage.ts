import { Session } from 'node:inspector';

/**
 * Coverage feedback from V8's precise block coverage (what `c8` uses),
 * through the in-process inspector: after each execution, every block of
 * our own sources that ran becomes a feature `script:start:end`.
 */
export class Coverage {
  private readonly session = new Session();
  private readonly seen = new Set<string>();
  private readonly scriptIncluded = new Map<string, boolean>();

  constructor(private readonly include: (url: string) => boolean) {
    this.session.connect();
    this.post('Profiler.enable');
    // Counting block coverage: binary mode marks a block only the first time it runs, which replays need again.
    this.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  private post(method: string, params?: object): any {
    let out: any;
    let error: unknown;
    // The in-process session answers synchronously.
    this.session.post(method, params ?? {}, (err, res) => {
      error = err;
      out = res;
    });
    if (error) throw error as Error;
    return out;
  }

  /**
   * How many features hit since the last call are new. With `commit` false
   * they are not remembered: a batch of inputs is run and measured together,
   * and only a batch with news is run again one by one to see who brought them.
   */
  collect(commit = true): number {
    const { result } = this.post('Profiler.takePreciseCoverage') as {
      result: { scriptId: string; url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[];
    };
    let fresh = 0;
    for (const script of result) {
      let inc = this.scriptIncluded.get(script.scriptId);
      if (inc === undefined) {
        inc = this.include(script.url);
        this.scriptIncluded.set(script.scriptId, inc);
      }
      if (!inc) continue;
      for (const fn of script.functions) {
        for (const r of fn.ranges) {
          if (r.count === 0) continue;
          const key = `${script.scriptId}:${r.startOffset}:${r.endOffset}`;
          if (!this.seen.has(key)) {
            if (commit) this.seen.add(key);
            fresh++;
          }
        }
      }
    }
    return fresh;
  }

  get size(): number {
    return this.seen.size;
  }
}
