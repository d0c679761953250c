/** OCR only what is drawn: which scanned file is one of the drawn case files, from its name or its first page. */
import { describe, expect, it } from 'vitest';
import { drawnByFirstPage } from '../../src/ocr/provider.js';
import { caseIdKey } from '../../src/ingest/normalize/text.js';

const drawn = new Set(['（赣）应急罚〔2025〕2号', '洪应急罚〔2025〕4号'].map(caseIdKey));

describe('drawnByFirstPage', () => {
  it('a file named by a drawn case number is drawn, whatever its first page says', () => {
    expect(drawnByFirstPage('scans/洪应急罚[2025]4号.pdf', '', drawn)).toBe(true);
  });

  it('a first page naming a drawn case number (立案审批表 案件编号, the decision’s 文号) is drawn', () => {
    expect(drawnByFirstPage('scans/0007.pdf', '江西省应急管理厅\n立案审批表\n案件编号：（赣）应急罚〔2025〕2号\n案由：…', drawn)).toBe(true);
    expect(drawnByFirstPage('scans/0008.pdf', '南昌市应急管理局\n行政处罚决定书\n洪应急罚[2025] 4 号', drawn)).toBe(true);
  });

  it('a first page naming another document of a drawn case’s series (its 立案审批表’s own 立 number) is drawn', () => {
    // one case's documents share its serial: （赣）应急立〔2025〕2号 is the filing form of （赣）应急罚〔2025〕2号
    expect(drawnByFirstPage('scans/0012.pdf', '江西省应急管理厅\n立案审批表\n（赣）应急立〔2025〕2号\n案由：…', drawn)).toBe(true);
    expect(drawnByFirstPage('scans/0013.pdf', '南昌市应急管理局\n立案审批表\n洪应急立〔2025〕4号', drawn)).toBe(true);
    // the same serial of another issuing area or another year is another case
    expect(drawnByFirstPage('scans/0014.pdf', '景德镇市应急管理局\n立案审批表\n景应急立〔2025〕4号', drawn)).toBe(false);
    expect(drawnByFirstPage('scans/0015.pdf', '立案审批表\n洪应急立〔2024〕4号', drawn)).toBe(false);
  });

  it('a first page naming only other case numbers is not drawn', () => {
    expect(drawnByFirstPage('scans/0009.pdf', '行政处罚决定书\n（赣）应急罚〔2025〕12号\n当事人：…', drawn)).toBe(false);
    expect(drawnByFirstPage('scans/0010.pdf', '洪应急罚〔2024〕4号', drawn)).toBe(false); // same serial, another year
  });

  it('a first page with no case number leaves the file to be read in full', () => {
    expect(drawnByFirstPage('scans/0011.pdf', '询问笔录\n时间：2025年1月9日', drawn)).toBeUndefined();
  });
});
