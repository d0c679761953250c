/** `caseaudit verify`: re-draw a sample (or re-run an assignment, or re-check a commitment) and compare (exit 0 same, 1 different). */
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { withCommonOptions, Ui, type CommonOptions } from '../common.js';
import { inputFlags, withInputOptions, type InputFlags } from '../input-options.js';
import { runVerify, loadManifest } from '../../index.js';
import { COMMIT_ALGORITHM, checkManifestCommitment, runVerifyCommitment } from '../../sample/commitment.js';
import { isAssignment, runVerifyAssignment } from '../../review/index.js';
import { UsageError } from '../../errors.js';
import { tr } from '../../i18n.js';

/** Which kind of file is being verified: a reviewer assignment, or (anything else) a sample manifest. */
function kindOf(file: string): 'assignment' | 'commitment' | 'manifest' {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { algorithm?: unknown };
    if (data?.algorithm === COMMIT_ALGORITHM) return 'commitment';
    return isAssignment(data) ? 'assignment' : 'manifest';
  } catch {
    return 'manifest'; // loadManifest reports the file's problem
  }
}

export function register(program: Command): void {
  withCommonOptions(
    withInputOptions(program.command('verify'), { omit: ['kind'], describe: { map: 'JSON mapping of table headers to fields (default: the mapping the manifest recorded)' } })
      .description('re-draw a sample from its inputs (or re-run a reviewer assignment) and check it matches')
      .argument('<file>', 'manifest JSON written by caseaudit sample, or assignment JSON written by caseaudit assign')
      .argument('[inputs...]', 'the files or folders the sample was drawn from (an assignment: default the paths its manifest records)')
      .addHelpText('after', '\nExit codes: 0 identical · 1 different (listed) · 2 invalid or tampered file, or bad input\n\nExample:\n  caseaudit verify manifest.json samples/json\n  caseaudit verify assignment.json samples/json'),
  ).action(async (file: string, inputs: string[], opts: CommonOptions & InputFlags) => {
    const ui = new Ui(opts);
    const io = { ...inputFlags(opts), onProgress: (m: string) => ui.progress(m) };
    let res: { identical: boolean; differences: { kind: string; message: string }[]; notes?: string[]; warnings?: string[] };
    const kind = kindOf(file);
    if (kind === 'assignment') res = await runVerifyAssignment(file, inputs, io);
    else {
      if (!inputs.length) throw new UsageError(tr('请给出抽样时的输入文件：caseaudit verify manifest.json 输入…', 'name the inputs the sample was drawn from: caseaudit verify manifest.json INPUTS…'));
      if (kind === 'commitment') res = await runVerifyCommitment(file, inputs, io);
      else {
        const v = await runVerify(file, inputs, io);
        const extra = await checkManifestCommitment(await loadManifest(file));
        res = { ...v, identical: v.identical && !extra.length, differences: [...v.differences, ...extra] };
      }
    }
    if (!res.identical) process.exitCode = 1;
    if (opts.json) return ui.json(res);
    for (const n of res.notes ?? []) ui.progress(n);
    for (const w of res.warnings ?? []) ui.warn(w);
    if (res.identical) return ui.info(tr(`一致：重新计算与 ${file} 完全相同`, `identical: the re-run matches ${file}`));
    ui.info(tr(`不一致：${res.differences.length} 处差异`, `different: ${res.differences.length} differences`));
    for (const d of res.differences) ui.info(`  - [${d.kind}] ${d.message}`);
  });
}
