/**
 * File-system errors (a full disk, a read-only or forbidden folder, a file where a folder should be) as
 * plain exit-2 messages naming the path and what to do — never "internal error".
 */
import path from 'node:path';
import { CaseAuditError } from '../errors.js';
import { tr } from '../i18n.js';

/** The final name of one of our temp files (`.name.PID.TIME[.N].tmp` → name), so messages name what the user asked for. */
export function finalName(p: string): string {
  // the same shape as cleanup.ts TEMP_FILE: a PID of at most 7 digits, a 13-digit time (a looser pattern took the PID for part of the name)
  const m = /^\.(.+)\.\d{1,7}\.\d{13}(?:\.\d+)?\.tmp$/.exec(path.basename(p));
  return m ? path.join(path.dirname(p), m[1]!) : p;
}

const MESSAGES: Record<string, { zh: string; en: string; hintZh: string; hintEn: string }> = {
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device', hintZh: '请清理磁盘空间，或用 -o 写到其他磁盘', hintEn: 'free some space, or write elsewhere with -o' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded', hintZh: '请清理空间，或用 -o 写到其他位置', hintEn: 'free some space, or write elsewhere with -o' },
  EACCES: { zh: '没有权限', en: 'permission denied', hintZh: '请换一个有写入权限的位置（-o），或修改该文件夹的权限', hintEn: 'choose a place you may write to (-o), or change the permissions of that folder' },
  EPERM: { zh: '操作不被允许', en: 'operation not permitted', hintZh: '请换一个有写入权限的位置（-o），或检查该文件是否被锁定', hintEn: 'choose a place you may write to (-o), or check whether the file is locked' },
  EROFS: { zh: '只读文件系统', en: 'read-only file system', hintZh: '请用 -o 写到可写的位置', hintEn: 'write to a writable place with -o' },
  ENOTDIR: { zh: '路径中的某一段是文件而不是文件夹', en: 'a part of the path is a file, not a folder', hintZh: '请换一个输出路径，或移走挡路的文件', hintEn: 'choose another output path, or move the file that is in the way' },
  EEXIST: { zh: '路径中已有同名文件挡路', en: 'a file is in the way on the path', hintZh: '请换一个输出路径，或移走挡路的文件', hintEn: 'choose another output path, or move the file that is in the way' },
  EISDIR: { zh: '这是文件夹，不是文件', en: 'this is a folder, not a file', hintZh: '请给出文件名', hintEn: 'give a file name' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'file name too long', hintZh: '请用更短的路径', hintEn: 'use a shorter path' },
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder', hintZh: '请检查路径', hintEn: 'check the path' },
  EIO: { zh: '读写设备出错', en: 'input/output error on the device', hintZh: '请检查磁盘或网络存储', hintEn: 'check the disk or network storage' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files', hintZh: '请减少 --jobs 或提高 ulimit -n', hintEn: 'lower --jobs or raise ulimit -n' },
  ENFILE: { zh: '系统打开的文件过多', en: 'too many open files in the system', hintZh: '请稍后重试', hintEn: 'try again later' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy', hintZh: '请关闭正在使用它的程序（如 Excel/WPS）后重试', hintEn: 'close the program using it (e.g. Excel/WPS) and try again' },
  ELOOP: { zh: '符号链接循环', en: 'too many symbolic links', hintZh: '请检查路径中的链接', hintEn: 'check the links on the path' },
  EFBIG: { zh: '文件过大', en: 'file too large', hintZh: '请写到支持大文件的位置', hintEn: 'write to a place that allows large files' },
};

/** The CaseAuditError for a file-system error (exit 2, path and what to do), or undefined for anything else. */
export function fsError(err: unknown, where?: string): CaseAuditError | undefined {
  if (err instanceof CaseAuditError) return err;
  const e = err as NodeJS.ErrnoException & { dest?: string };
  const m = e && typeof e === 'object' && typeof e.code === 'string' ? MESSAGES[e.code] : undefined;
  if (!m) return undefined;
  const raw = where ?? e.dest ?? e.path;
  const target = raw === '-' || raw === undefined ? tr('标准输出', 'standard output') : finalName(raw);
  const verb = e.syscall ? ` (${e.syscall} ${e.code})` : ` (${e.code})`;
  return new CaseAuditError('E_FS', tr(`${m.zh}：${target}${verb}`, `${m.en}: ${target}${verb}`), { exitCode: 2, hint: tr(m.hintZh, m.hintEn), location: { file: target }, cause: err });
}
