import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * A line with which `contentlayer2 dev` starts something new: a file saved or deleted, a build
 * done, the config reloaded. It ends whatever problem report came before.
 */
const EVENT =
  /^(?:File (?:updated|deleted|added): |Generated \d+ documents? in |Contentlayer config change detected)/;

/** The first line of a problem report: esbuild's `✘ [ERROR]`, or an `Error:` / `SomethingError:` line. */
const PROBLEM = /^(?:✘ \[ERROR\]|\w*Error: )/;

/** A post as contentlayer2 names it, relative to the content folder (`posts/hello.mdx`). */
const POST_PATH = /\bposts\/[^\s"'`:]+/g;

interface Report {
  lines: string[];
  /** The posts the report names, as the check names them (`content/posts/hello.mdx`). */
  files: Set<string>;
  /** How many reports had begun before this one: a check started later has seen its post. */
  index: number;
  verdict: 'pending' | 'explained' | 'unexplained';
}

/**
 * What `npm run dev` shows of `contentlayer2 dev`'s output. Ordinary lines pass through. A
 * problem report (an MDX syntax error, a field of the wrong type: twenty lines of stack, a
 * temporary `_mdx_bundler_entry_point-<uuid>.mdx` file name and "possibly a bug in
 * Contentlayer") is held back and `onProblem` runs the content check, whose `file:line` message
 * says the same thing in the editor's terms. Once the check has run, `settle` drops the report if
 * the check found an error in every post the report names, and prints it otherwise, so that a
 * problem the check does not know about is never hidden.
 */
export class ContentlayerOutput {
  private readonly reports: Report[] = [];
  private open: Report | undefined;
  private begun = 0;

  constructor(
    private readonly print: (line: string) => void,
    private readonly onProblem: () => void,
    /** contentlayer2's `contentDirPath`, which its file names are relative to. */
    private readonly contentDir = 'content',
  ) {}

  /** One line of contentlayer2's stdout or stderr. */
  line(raw: string): void {
    const text = stripVTControlCharacters(raw);
    if (EVENT.test(text)) {
      this.open = undefined;
      this.print(raw);
      return;
    }
    if (!this.open && PROBLEM.test(text)) {
      this.open = { lines: [], files: new Set(), index: this.begun++, verdict: 'pending' };
      this.reports.push(this.open);
      this.onProblem();
    }
    const report = this.open;
    if (!report) {
      this.print(raw);
      return;
    }
    for (const [name] of text.matchAll(POST_PATH))
      report.files.add(path.posix.join(this.contentDir, name));
    if (report.verdict === 'pending') report.lines.push(raw);
    else if (report.verdict === 'unexplained') this.print(raw);
  }

  /** How many problem reports have begun: call it as a check starts, and hand it to settle. */
  mark(): number {
    return this.begun;
  }

  /**
   * A check that started at `mark` has found errors in `errorFiles`: the reports it has seen are
   * dropped when it explains them and printed when it does not.
   */
  settle(mark: number, errorFiles: ReadonlySet<string>): void {
    for (const report of this.reports.filter((r) => r.index < mark && r.verdict === 'pending')) {
      const explained =
        errorFiles.size > 0 && [...report.files].every((file) => errorFiles.has(file));
      report.verdict = explained ? 'explained' : 'unexplained';
      if (!explained) report.lines.forEach((line) => this.print(line));
      report.lines = [];
    }
    this.reports.splice(
      0,
      this.reports.length,
      ...this.reports.filter((r) => r.verdict === 'pending' || r === this.open),
    );
  }
}
