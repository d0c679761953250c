// The ticket path of caseaudit 0.1.0 before issue 15 (commit eb1b47b), kept verbatim in plain JS so the sampling
// bench can time it in the same process and check that today's tickets are the same: caseIdKey through NFKC and
// regexes, a stratum key per record, a netstring message built per record with Buffer.byteLength, SHA-256 hex via
// node:crypto, ARC4 with a closure per call, duplicate check in a Map, per-stratum sort.
import { hash } from 'node:crypto';

const caseIdKey = (id) => id.normalize('NFKC').replace(/\s+/g, '').replace(/[〔【\[［﹝]/g, '(').replace(/[〕】\]］﹞]/g, ')').replace(/[（]/g, '(').replace(/[）]/g, ')');
const stratumKey = (v) => {
  const k = (v ?? '').normalize('NFKC').replace(/\s+/g, '');
  return k === '' ? '(none)' : k;
};
const netstring = (v) => `${Buffer.byteLength(v, 'utf8')}:${v},`;
const S = new Uint8Array(256);
function ticketFromDigest(hex) {
  for (let k = 0; k < 256; k++) S[k] = k;
  let j = 0;
  for (let k = 0; k < 256; k++) {
    const t = S[k];
    j = (j + hex.charCodeAt(k & 63) + t) & 255;
    S[k] = S[j];
    S[j] = t;
  }
  let i = 0;
  j = 0;
  const next = () => {
    i = (i + 1) & 255;
    const t = S[i];
    j = (j + t) & 255;
    S[i] = S[j];
    S[j] = t;
    return S[(S[i] + t) & 255];
  };
  for (let k = 0; k < 256; k++) next();
  let n = 0;
  for (let k = 0; k < 6; k++) n = n * 256 + next();
  let d = 2 ** 48;
  let x = 0;
  while (n < 2 ** 52) {
    n = (n + x) * 256;
    d *= 256;
    x = next();
  }
  while (n >= 2 ** 53) {
    n /= 2;
    d /= 2;
    x >>>= 1;
  }
  return (n + x) / d;
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Frame (period 2025H1 on dates.decided, strata by unit) and per-stratum 30% draw, as 0.1.0 did it. Returns the selection. */
export function baselineDraw(cases, seed) {
  const items = [];
  for (const r of cases) {
    const d = r.dates?.decided;
    if (!d || d.slice(0, 10) < '2025-01-01' || d.slice(0, 10) > '2025-06-30') continue;
    items.push({ id: r.id, stratum: stratumKey(r.unit) });
  }
  const keys = items.map((it) => caseIdKey(it.id));
  const seen = new Map();
  keys.forEach((k, i) => {
    if (seen.has(k)) throw new Error(`duplicate ${k}`);
    seen.set(k, i);
  });
  const groups = new Map();
  for (let i = 0; i < items.length; i++) {
    const s = items[i].stratum;
    let g = groups.get(s);
    if (!g) groups.set(s, (g = []));
    g.push(i);
  }
  const tickets = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const h = hash('sha256', netstring('caseaudit-ticket-v1') + netstring(seed) + netstring(items[i].stratum) + netstring(keys[i]), 'hex');
    tickets[i] = ticketFromDigest(h);
  }
  const byTicket = (a, b) => tickets[a] - tickets[b] || compareCodePoints(keys[a], keys[b]);
  const selected = [];
  for (const k of [...groups.keys()].sort(compareCodePoints)) {
    const members = groups.get(k).sort(byTicket);
    const quota = Math.ceil((members.length * 3) / 10 - 1e-9);
    for (let r = 0; r < quota; r++) selected.push({ id: items[members[r]].id, stratum: k, ticket: tickets[members[r]] });
  }
  selected.sort((a, b) => a.ticket - b.ticket || compareCodePoints(a.stratum, b.stratum) || compareCodePoints(caseIdKey(a.id), caseIdKey(b.id)));
  return selected;
}
