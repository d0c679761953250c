/** Paths as outputs record them: never the absolute location of the checkout or the user's folders. */
import path from 'node:path';

/**
 * A source path as a reader (and a second machine) should see it: relative to the working directory when
 * inside it, else the file name; '/' separators; a JSON pointer suffix (#$.cases[3]) kept.
 */
export function displayName(p: string, base: string = process.cwd()): string {
  if (!p) return p;
  const cut = p.indexOf('#$');
  const file = cut >= 0 ? p.slice(0, cut) : p;
  const suffix = cut >= 0 ? p.slice(cut) : '';
  if (!path.isAbsolute(file) && !/^[A-Za-z]:[\\/]/.test(file)) return file.split('\\').join('/') + suffix;
  const rel = path.relative(base, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(file);
  return shown.split(path.sep).join('/') + suffix;
}


/** A JSON-pointer suffix (#$.cases[335]) in words: file 第 336 条 / file, record 336. */
export function recordLabel(p: string, lang: 'zh' | 'en'): string {
  const m = /^(.*)#\$\.(cases|schemes)\[(\d+)\]$/.exec(p);
  if (!m) return p;
  const n = Number(m[3]) + 1;
  return lang === 'en' ? `${m[1]}, record ${n}` : `${m[1]} 第 ${n} 条`;
}
