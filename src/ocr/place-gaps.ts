/**
 * A place name's character the engine nearly read. PP-OCR drops some rare characters whatever the crop: 濂 of
 * 九江市濂溪区 in 宋体 loses to the CTC blank at its only frame (blank 0.50, 濂 0.39), so every heading reads
 * 九江市溪区应急管理局 — a place that does not exist. The decoder keeps such runner-ups as gaps (paddle.ts ctcDecode);
 * a gap is filled only when the engine's own candidate, put back where it was seen, turns a name that is no county
 * of the city just before it into one that is, no county of that city was read there already, and exactly one
 * county of that city reads so with a character dropped (南昌市湖区 could be 东湖区 or 西湖区: left alone, whatever
 * the engine's guess). The division table decides nothing alone: it only accepts or refuses what the engine saw. The filled character keeps its
 * probability as its confidence (below LOW_CONFIDENCE), so a value built on it is uncertain unless another check
 * confirms it (several headings agreeing: assess.ts unitVote).
 */
import { divisionTable, type Division } from '../model/divisions-data.js';
import type { OcrWord } from './engine.js';

/** A gap less probable than this (0–100) is not considered. */
export const GAP_MIN_CONF = 10;

const COUNTY_END = /[区县旗市]$/;

/** The cities (prefecture level) whose full name ends at `end` in `text`. */
function citiesEndingAt(text: string, end: number): Division[] {
  const t = divisionTable();
  const out: Division[] = [];
  for (let len = 2; len <= Math.min(end, t.maxNameLength); len++) {
    for (const d of t.byName.get(text.slice(end - len, end)) ?? []) if (d.level === 'city') out.push(d);
  }
  return out;
}

/** The counties of `city` whose name starts at `from` in `text`. */
function countiesAt(text: string, from: number, city: Division): Division[] {
  const t = divisionTable();
  const out: Division[] = [];
  for (let len = 2; len <= Math.min(text.length - from, t.maxNameLength); len++) {
    const name = text.slice(from, from + len);
    if (!COUNTY_END.test(name)) continue;
    for (const d of t.byName.get(name) ?? []) if (d.level === 'county' && d.cityCode === city.code) out.push(d);
  }
  return out;
}

let byCity: Map<string, Division[]> | undefined;

/** The counties of each prefecture-level city, by the city's code. */
function countiesOf(city: Division): Division[] {
  if (!byCity) {
    byCity = new Map();
    for (const d of divisionTable().byCode.values()) if (d.level === 'county' && d.cityCode) byCity.set(d.cityCode, [...(byCity.get(d.cityCode) ?? []), d]);
  }
  return byCity.get(city.code ?? '') ?? [];
}

/** How many counties of `city` read as `text` from `from` on once one of their characters is dropped. */
function countiesMissingOne(text: string, from: number, city: Division): number {
  return countiesOf(city).filter((d) => {
    const read = text.slice(from, from + d.name.length - 1);
    return [...d.name].some((_, k) => d.name.slice(0, k) + d.name.slice(k + 1) === read);
  }).length;
}

/**
 * The word with the gaps filled that make an unknown county of a named city a known one (see the module comment);
 * the word itself when none does. Gaps are dropped from the result either way.
 */
export function fillPlaceGaps(w: OcrWord): OcrWord {
  if (!w.gaps?.length) return w;
  let text = w.text;
  const charConf = w.charConf ? [...w.charConf] : Array.from({ length: w.text.length }, () => w.conf);
  let shift = 0;
  for (const g of [...w.gaps].sort((a, b) => a.at - b.at)) {
    if (g.conf < GAP_MIN_CONF) continue;
    const at = g.at + shift;
    const filled = text.slice(0, at) + g.char + text.slice(at);
    let accept = false;
    // the county starts somewhere between the city's end and the gap (the gap may be inside the county's name)
    for (let start = Math.max(0, at - 6); start <= at && !accept; start++) {
      for (const city of citiesEndingAt(text, start)) {
        if (countiesAt(text, start, city).length) continue; // a county of that city is read there already
        // …and the table alone would not know which (南昌市湖区: 东湖区 or 西湖区): the engine's guess would decide
        if (countiesMissingOne(text, start, city) !== 1) continue;
        if (countiesAt(filled, start, city).some((d) => start + d.name.length > at)) {
          accept = true;
          break;
        }
      }
    }
    if (!accept) continue;
    text = filled;
    charConf.splice(at, 0, g.conf);
    shift += g.char.length;
  }
  const { gaps: _gaps, ...rest } = w;
  return text === w.text ? rest : { ...rest, text, charConf };
}
