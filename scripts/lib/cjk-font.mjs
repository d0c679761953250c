/**
 * The CJK font of generated PDF fixtures: Noto Sans Hans (Noto Sans CJK SC) Regular from the npm package
 * @embedpdf/fonts-sc (SIL Open Font License 1.1; LICENSES/NotoSansHans-OFL.txt), a devDependency: no system font.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function find() {
  try {
    const f = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
    return existsSync(f) ? f : undefined;
  } catch {
    return undefined;
  }
}

/** Absolute path of the font file (throws with the install command when the devDependency is missing). */
export const CJK_FONT = find() ?? '';

export function assertCjkFont() {
  if (!CJK_FONT) throw new Error('missing CJK font package @embedpdf/fonts-sc: run npm install (it is a devDependency)');
  return CJK_FONT;
}
