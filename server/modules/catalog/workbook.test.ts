import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category, type ItemContent } from '../../../domain/catalog/index.ts';
import {
  CATALOG_SHEETS,
  locateContentProblem,
  readCatalogWorkbook,
  writeCatalogWorkbook,
  type CatalogChange,
  type CatalogEntry,
} from './workbook.ts';

// Pure conversion: no database, no app. Fixtures are entries written out, then edited with exceljs
// the way a person would edit the file.

const COUNTY = '390522000000';

function powerItem(overrides: Partial<ItemContent> = {}): ItemContent {
  return {
    name: '食品经营许可证核发',
    basicCode: '000102001000',
    category: 'licensing',
    exerciseLevel: 4,
    legalBasis: [
      {
        title: '《中华人民共和国食品安全法》',
        article: '第三十五条',
        text: '国家对食品生产经营实行许可制度。',
      },
      { title: '《食品经营许可和备案管理办法》', article: '第二条' },
    ],
    conditions: ['具有与经营的食品品种、数量相适应的经营场所', '有食品安全专业技术人员'],
    subjects: ['legal_person', 'natural_person'],
    materials: [
      {
        name: '食品经营许可申请书',
        source: 'applicant',
        forms: ['original', 'electronic'],
        originalCopies: 1,
        copyCopies: 0,
        required: true,
        deferrable: false,
        templateUrl: 'https://example.gov.cn/forms/food-license.docx',
        sampleUrl: 'https://example.gov.cn/forms/food-license-sample.pdf',
        notes: '须法定代表人签字',
      },
      {
        name: '营业执照',
        source: 'e_license',
        issuedBy: '市场监督管理部门',
        forms: ['electronic'],
        originalCopies: 0,
        copyCopies: 0,
        required: true,
        deferrable: true,
      },
      {
        name: '法定代表人身份证明',
        source: 'government',
        issuedBy: '公安机关',
        forms: ['copy'],
        originalCopies: 0,
        copyCopies: 2,
        required: false,
        deferrable: false,
      },
    ],
    fees: [
      { name: '工本费', amountFen: 50, basis: '《某省行政事业性收费目录》', waivers: '小微企业免收' },
      { name: '检测费', amountFen: 8000, basis: '发改价格〔2020〕1号', notes: '按件收取' },
    ],
    statutoryLimitDays: 20,
    promisedLimitDays: 5,
    handlingKind: 'promised',
    onlineDepth: [4, 1, 2, 3, 5, 6, 7],
    visitsRequired: 1,
    visitReason: '需现场核查经营场所',
    channels: ['window', 'online', 'mobile', 'kiosk', 'post'],
    steps: [
      { name: '受理', role: 'clerk', limitDays: 1, description: '窗口核对材料' },
      { name: '审查', role: 'reviewer', limitDays: 2 },
      { name: '决定', role: 'chief_representative', limitDays: 1 },
      { name: '送达', role: 'agent', limitDays: 1 },
    ],
    result: { name: '食品经营许可证', kind: 'license', issuesELicense: true },
    delivery: ['window', 'post', 'online'],
    commitmentBased: true,
    location: '县政务服务中心二楼 12 号窗口，工作日 9:00–17:00',
    consultationPhone: '0571-8888 0001',
    complaintPhone: '12345',
    responsibilities: ['受理责任：公示依法应当提交的材料', '审查责任：对申请材料进行审查'],
    faq: [{ question: '许可证有效期多久？', answer: '五年。' }],
    themes: ['T-OPEN-BIZ', 'T-FOOD'],
    keywords: ['餐饮', '食品'],
    warning: { daysLeft: 2, fractionLeft: 0.25 },
    ...overrides,
  };
}

/** An immediate public service: no legal basis, no fees, every optional string absent. */
function immediateItem(overrides: Partial<ItemContent> = {}): ItemContent {
  return {
    name: '社会保障卡补办',
    basicCode: 'GG-0301',
    category: 'public_service',
    exerciseLevel: 7,
    legalBasis: [],
    conditions: [],
    subjects: ['natural_person'],
    materials: [
      {
        name: '居民身份证',
        source: 'applicant',
        forms: ['original'],
        originalCopies: 1,
        copyCopies: 0,
        required: true,
        deferrable: false,
      },
    ],
    fees: [],
    statutoryLimitDays: 1,
    promisedLimitDays: null,
    handlingKind: 'immediate',
    onlineDepth: [],
    visitsRequired: 0,
    channels: ['online', 'kiosk'],
    steps: [{ name: '受理并办结', role: 'clerk', limitDays: 0 }],
    result: { name: '社会保障卡', kind: 'certificate', issuesELicense: false },
    delivery: ['post'],
    commitmentBased: false,
    consultationPhone: '12333',
    complaintPhone: '12345',
    responsibilities: [],
    faq: [],
    themes: [],
    keywords: [],
    warning: { daysLeft: 0, fractionLeft: 0.333333 },
    ...overrides,
  };
}

const HANDLING_BY_CATEGORY: ItemContent['handlingKind'][] = ['promised', 'escalated', 'joint'];
const RESULT_KINDS: ItemContent['result']['kind'][] = [
  'license',
  'approval_document',
  'certificate',
  'other',
];

/** One entry per category, cycling through the other enumerations so every value is written once. */
function entriesOfEveryCategory(): CatalogEntry[] {
  return CATEGORIES.map((category: Category, i) => ({
    regionCode: COUNTY,
    implementationCode: `11390522MB0000${String(i).padStart(2, '0')}-X`,
    departmentName: '栖云县市场监督管理局',
    hotRank: i % 3 === 0 ? null : i,
    content:
      category === 'public_service'
        ? immediateItem({ exerciseLevel: (i % 7) + 1 })
        : powerItem({
            category,
            name: `测试事项${i}`,
            exerciseLevel: (i % 7) + 1,
            handlingKind: HANDLING_BY_CATEGORY[i % 3]!,
            result: { name: `结果${i}`, kind: RESULT_KINDS[i % 4]!, issuesELicense: i % 2 === 0 },
          }),
  }));
}

const RICH_ENTRIES: CatalogEntry[] = [
  {
    regionCode: COUNTY,
    implementationCode: '11390522MB1234567X-01',
    departmentName: '栖云县市场监督管理局',
    hotRank: 1,
    content: powerItem(),
  },
  {
    regionCode: '390522100000',
    implementationCode: 'GG-0301-YX',
    departmentName: '云溪镇便民服务中心',
    hotRank: null,
    content: immediateItem(),
  },
  ...entriesOfEveryCategory(),
];

function asPublished(entries: CatalogEntry[]): Omit<CatalogChange, 'row'>[] {
  return entries.map((entry) => ({
    ...entry,
    action: 'publish',
    effectiveOn: null,
    reason: null,
    delegateTo: null,
  }));
}

const withoutRow = (changes: CatalogChange[]) => changes.map(({ row: _row, ...change }) => change);

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found === 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return found;
}

/** Writes `entries`, lets `edit` change cells by sheet, row and header, and returns the edited file. */
async function editedWorkbook(
  entries: CatalogEntry[],
  edit: (
    set: (sheet: string, row: number, header: string, value: ExcelJS.CellValue) => void,
    workbook: ExcelJS.Workbook,
  ) => void,
): Promise<Buffer> {
  const workbook = await loadWorkbook(await writeCatalogWorkbook(entries));
  edit((sheetName, row, header, value) => {
    const sheet = workbook.getWorksheet(sheetName)!;
    sheet.getRow(row).getCell(columnOf(sheet, header)).value = value;
  }, workbook);
  return saveWorkbook(workbook);
}

describe('catalog workbook', () => {
  it('round-trips entries: every enumeration, fees in cents, immediate items, absent optional fields', async () => {
    const data = await writeCatalogWorkbook(RICH_ENTRIES);
    const { changes, problems } = await readCatalogWorkbook(data);

    expect(problems).toEqual([]);
    expect(withoutRow(changes)).toStrictEqual(asPublished(RICH_ENTRIES));
    expect(changes.map((change) => change.row)).toEqual(RICH_ENTRIES.map((_, i) => i + 2));
    // Absent stays absent, never ''.
    const immediate = changes[1]!.content;
    expect('visitReason' in immediate).toBe(false);
    expect('location' in immediate).toBe(false);
    expect('issuedBy' in immediate.materials[0]!).toBe(false);
    expect(immediate.promisedLimitDays).toBeNull();
    expect(changes[0]!.content.fees.map((fee) => fee.amountFen)).toEqual([50, 8000]);
  });

  it('writes the sheets, headers, labels and yuan a person reads, and a protected guide', async () => {
    const workbook = await loadWorkbook(await writeCatalogWorkbook(RICH_ENTRIES.slice(0, 2)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(CATALOG_SHEETS));

    const items = workbook.getWorksheet(CATALOG_SHEETS.items)!;
    expect(items.getRow(1).getCell(1).value).toBe('实施编码');
    expect(items.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cell = (header: string, row = 2) => items.getRow(row).getCell(columnOf(items, header)).value;
    expect(cell('事项类型')).toBe('行政许可');
    expect(cell('行使层级')).toBe('县级');
    expect(cell('服务对象')).toBe('法人、自然人');
    expect(cell('网上办理深度')).toBe('4、1、2、3、5、6、7');
    expect(cell('预警剩余比例')).toBe('25%');
    expect(cell('承诺办结时限(工作日)', 3)).toBeNull();
    expect(cell('操作')).toBeNull();

    const fees = workbook.getWorksheet(CATALOG_SHEETS.fees)!;
    const amount = fees.getRow(2).getCell(columnOf(fees, '收费标准(元)'));
    expect([amount.value, amount.numFmt]).toEqual([0.5, '0.00']);

    const category = items.getRow(2).getCell(columnOf(items, '事项类型'));
    expect(category.dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('行政许可')],
    });
    expect(items.getRow(500).getCell(columnOf(items, '办件类型')).dataValidation?.type).toBe('list');

    const guide = workbook.getWorksheet(CATALOG_SHEETS.guide)!;
    expect((guide as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection.sheet).toBe(true);
    expect(guide.getCell('A1').value).toContain('填写说明');
    expect(JSON.stringify(guide.getSheetValues())).toContain('预警剩余比例');
  });

  it('exports theme names when given and reads names or codes back as codes', async () => {
    const themes = [
      { code: 'T-OPEN-BIZ', name: '开办企业' },
      { code: 'T-FOOD', name: '餐饮服务' },
    ];
    const entry = RICH_ENTRIES[0]!;
    const data = await writeCatalogWorkbook([entry], { themes });
    const items = (await loadWorkbook(data)).getWorksheet(CATALOG_SHEETS.items)!;
    expect(items.getRow(2).getCell(columnOf(items, '所属主题')).value).toBe('开办企业、餐饮服务');

    const roundTrip = await readCatalogWorkbook(data, { themes });
    expect(roundTrip.problems).toEqual([]);
    expect(roundTrip.changes[0]!.content.themes).toEqual(['T-OPEN-BIZ', 'T-FOOD']);

    const mixed = await editedWorkbook([entry], (set) =>
      set('事项', 2, '所属主题', 'T-FOOD、开办企业、不存在的主题'),
    );
    const read = await readCatalogWorkbook(mixed, { themes });
    expect(read.changes[0]!.content.themes).toEqual(['T-FOOD', 'T-OPEN-BIZ', '不存在的主题']);
    // The service checks that themes exist and puts its finding back on the row.
    expect(
      locateContentProblem(read.changes[0]!, { path: 'themes[2]', message: '主题“不存在的主题”不存在' }),
    ).toEqual({
      sheet: '事项',
      row: 2,
      column: '所属主题',
      message: '主题“不存在的主题”不存在',
    });
  });

  it('reports every problem of a file with its sheet, row and column, and returns only clean items', async () => {
    const entries = RICH_ENTRIES.slice(0, 5); // 事项 rows 2–6; row 6 stays clean
    const data = await editedWorkbook(entries, (set, workbook) => {
      set('事项', 2, '事项类型', '行政许可证');
      set('事项', 2, '法定办结时限(工作日)', '二十');
      set('事项', 3, '操作', '取消');
      set('事项', 4, '操作', '下放');
      set('事项', 4, '生效日期', '2026-02-30');
      set('事项', 4, '调整原因', '赋权乡镇');
      set('事项', 4, '下放承接部门', '云溪镇人民政府');
      set('事项', 5, '下放至区划代码', '390522100000');
      workbook.getWorksheet('事项')!.addRow([entries[0]!.implementationCode, COUNTY]);
      set('申请材料', 2, '实施编码', 'NO-SUCH-ITEM');
      set('收费项目', 3, '收费标准(元)', 12.345);
      set('办理流程', 2, '办理角色', '科长');
      set('设定依据', 2, '序号', 'A');
    });

    const { changes, problems } = await readCatalogWorkbook(data);
    const at = (sheet: string, row: number, column: string) =>
      problems.filter((p) => p.sheet === sheet && p.row === row && p.column === column);

    expect(at('事项', 2, '事项类型')[0]?.message).toContain('不是有效的事项类型');
    expect(at('事项', 2, '法定办结时限(工作日)')[0]?.message).toContain('应为整数');
    expect(at('事项', 3, '生效日期')[0]?.message).toBe('“取消”须填写生效日期');
    expect(at('事项', 3, '调整原因')[0]?.message).toBe('“取消”须填写调整原因');
    expect(at('事项', 4, '生效日期')[0]?.message).toContain('不是有效日期');
    expect(at('事项', 4, '下放至区划代码')[0]?.message).toBe('“下放”须填写下放至区划代码');
    expect(at('事项', 4, '下放后实施编码')[0]?.message).toBe('“下放”须填写下放后实施编码');
    expect(at('事项', 5, '下放至区划代码')[0]?.message).toContain('只有操作为“下放”时');
    expect(at('事项', 7, '实施编码')[0]?.message).toBe(
      `实施编码“${entries[0]!.implementationCode}”与第 2 行重复`,
    );
    expect(at('事项', 7, '实施部门')[0]?.message).toBe('实施部门不能为空');
    expect(at('申请材料', 2, '实施编码')[0]?.message).toBe('实施编码“NO-SUCH-ITEM”不在“事项”工作表中');
    expect(at('收费项目', 3, '收费标准(元)')[0]?.message).toContain('最多保留两位小数');
    expect(at('办理流程', 2, '办理角色')[0]?.message).toContain('不是有效的办理角色');
    expect(at('设定依据', 2, '序号')[0]?.message).toContain('应为整数');
    // A rule is not run on top of a cell already reported: no "承诺 > 法定" noise on row 2.
    expect(at('事项', 2, '承诺办结时限(工作日)')).toEqual([]);
    // Problems come sorted by sheet, then row.
    const sheetOrder = Object.values(CATALOG_SHEETS) as string[];
    const positions = problems.map((p) => sheetOrder.indexOf(p.sheet) * 10_000 + p.row);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Every item touched by a problem is held back; the untouched one comes through.
    expect(changes.map((change) => change.row)).toEqual([6]);
  });

  it('puts a material without a name on 申请材料 at its row, ordering materials by 序号', async () => {
    const data = await editedWorkbook([RICH_ENTRIES[0]!], (set) => {
      // Rows 2–4 hold the item's three materials; make row 4 the first by 序号 and leave it nameless.
      set('申请材料', 2, '序号', 3);
      set('申请材料', 4, '序号', 1);
      set('申请材料', 4, '材料名称', null);
    });
    const { changes, problems } = await readCatalogWorkbook(data);
    expect(problems).toEqual([
      { sheet: '申请材料', row: 4, column: '材料名称', message: '第 1 项申请材料缺少名称' },
    ]);
    expect(changes).toEqual([]);
  });

  it('orders child rows by 序号 regardless of where they stand', async () => {
    const data = await editedWorkbook([RICH_ENTRIES[0]!], (set) => {
      set('办理流程', 2, '序号', 4);
      set('办理流程', 5, '序号', 1);
    });
    const { changes, problems } = await readCatalogWorkbook(data);
    expect(problems).toEqual([]);
    expect(changes[0]!.content.steps.map((step) => step.name)).toEqual(['送达', '审查', '决定', '受理']);
  });

  it('reports a promised limit over the statutory one on 事项 at 承诺办结时限', async () => {
    const data = await editedWorkbook([RICH_ENTRIES[0]!], (set) =>
      set('事项', 2, '承诺办结时限(工作日)', 30),
    );
    const { changes, problems } = await readCatalogWorkbook(data);
    expect(problems).toEqual([
      {
        sheet: '事项',
        row: 2,
        column: '承诺办结时限(工作日)',
        message: '承诺办结时限（30 个工作日）不得超过法定办结时限（20 个工作日）',
      },
    ]);
    expect(changes).toEqual([]);
  });

  it('reads yuan to fen exactly and rejects a third decimal', async () => {
    const amounts = await editedWorkbook([RICH_ENTRIES[0]!], (set) => {
      set('收费项目', 2, '收费标准(元)', '0.29');
      set('收费项目', 3, '收费标准(元)', { formula: '0.1+0.2', result: 0.30000000000000004 });
    });
    const read = await readCatalogWorkbook(amounts);
    expect(read.problems).toEqual([]);
    expect(read.changes[0]!.content.fees.map((fee) => fee.amountFen)).toEqual([29, 30]);

    const tooFine = await editedWorkbook([RICH_ENTRIES[0]!], (set) =>
      set('收费项目', 2, '收费标准(元)', 12.345),
    );
    const rejected = await readCatalogWorkbook(tooFine);
    expect(rejected.problems).toEqual([
      {
        sheet: '收费项目',
        row: 2,
        column: '收费标准(元)',
        message: '收费标准“12.345”最多保留两位小数（精确到分）',
      },
    ]);
  });

  it('takes 事项类型 as a label or as the national code', async () => {
    const entries = RICH_ENTRIES.slice(2, 6); // licensing, penalty, coercion, levy
    const data = await editedWorkbook(entries, (set) => {
      set('事项', 2, '事项类型', '01');
      set('事项', 3, '事项类型', 2); // a code Excel turned into a number
      set('事项', 4, '事项类型', '行政强制');
      set('事项', 5, '事项类型', '99');
    });
    const { changes, problems } = await readCatalogWorkbook(data);
    expect(changes.map((change) => change.content.category)).toEqual(['licensing', 'penalty', 'coercion']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: '事项', row: 5, column: '事项类型' });
    expect(problems[0]!.message).toContain('“99”不是有效的事项类型');
  });

  it('normalises rich text, hyperlinks, formulas, numbers and dates, and reads 取消 and 下放 rows', async () => {
    const [first, second] = [RICH_ENTRIES[0]!, RICH_ENTRIES[1]!];
    const data = await editedWorkbook([first, second], (set) => {
      set('事项', 2, '事项名称', {
        richText: [{ text: '  食品经营', font: { bold: true } }, { text: '许可证核发 ' }],
      });
      set('事项', 2, '热门排序', { formula: '1+0', result: 1 });
      set('事项', 2, '操作', '取消');
      set('事项', 2, '生效日期', new Date(Date.UTC(2026, 11, 1)));
      set('事项', 2, '调整原因', '并入“开办餐饮店”一件事');
      set('事项', 3, '操作', '下放');
      set('事项', 3, '生效日期', '2026/1/5');
      set('事项', 3, '调整原因', '赋权乡镇');
      set('事项', 3, '下放至区划代码', 390522101000);
      set('事项', 3, '下放承接部门', '云溪镇人民政府');
      set('事项', 3, '下放后实施编码', 'GG-0301-YX-V');
      set('事项', 3, '预警剩余比例', 0.5);
      set('申请材料', 2, '空表下载地址', {
        text: '下载',
        hyperlink: 'https://example.gov.cn/forms/new.docx',
      });
    });
    const { changes, problems } = await readCatalogWorkbook(data);
    expect(problems).toEqual([]);
    expect(changes[0]).toMatchObject({
      action: 'abolish',
      effectiveOn: '2026-12-01',
      reason: '并入“开办餐饮店”一件事',
      delegateTo: null,
      hotRank: 1,
      content: { name: '食品经营许可证核发' },
    });
    expect(changes[0]!.content.materials[0]!.templateUrl).toBe('https://example.gov.cn/forms/new.docx');
    expect(changes[1]).toMatchObject({
      action: 'delegate',
      effectiveOn: '2026-01-05',
      delegateTo: {
        regionCode: '390522101000',
        departmentName: '云溪镇人民政府',
        implementationCode: 'GG-0301-YX-V',
      },
      content: { warning: { daysLeft: 0, fractionLeft: 0.5 } },
    });
  });

  it('reports a missing sheet or header once, naming it', async () => {
    const workbook = await loadWorkbook(await writeCatalogWorkbook(RICH_ENTRIES.slice(0, 1)));
    workbook.removeWorksheet(workbook.getWorksheet(CATALOG_SHEETS.faq)!.id);
    const fees = workbook.getWorksheet(CATALOG_SHEETS.fees)!;
    fees.getRow(1).getCell(columnOf(fees, '收费依据')).value = '依据';
    const { changes, problems } = await readCatalogWorkbook(await saveWorkbook(workbook));
    expect(problems).toEqual([
      { sheet: '收费项目', row: 1, column: '收费依据', message: '工作表“收费项目”缺少列“收费依据”' },
      { sheet: '常见问题', row: 0, column: '', message: '缺少工作表“常见问题”' },
    ]);
    expect(changes).toEqual([]);
  });

  it('reads a workbook made from scratch, with columns in any order and blank optional cells', async () => {
    const workbook = await loadWorkbook(await writeCatalogWorkbook([]));
    const items = workbook.getWorksheet(CATALOG_SHEETS.items)!;
    const row = items.getRow(2);
    const put = (header: string, value: ExcelJS.CellValue) =>
      (row.getCell(columnOf(items, header)).value = value);
    put('实施编码', 'NEW-1');
    put('行政区划代码', COUNTY);
    put('基本编码', 'GG-9');
    put('事项名称', '新生儿落户');
    put('事项类型', '20');
    put('实施部门', '栖云县公安局');
    put('行使层级', 4);
    put('服务对象', '自然人');
    put('办件类型', '即办件');
    put('法定办结时限(工作日)', 1);
    put('到办事现场次数', 1);
    put('办理渠道', '窗口办理');
    put('结果名称', '户口簿');
    put('结果类型', '证照');
    put('结果送达方式', '窗口领取');
    put('咨询电话', 88880001);
    put('监督投诉电话', '12345');
    const steps = workbook.getWorksheet(CATALOG_SHEETS.steps)!;
    steps.addRow(['NEW-1', 1, '受理', '窗口人员', 0]);
    const { changes, problems } = await readCatalogWorkbook(await saveWorkbook(workbook));
    expect(problems).toEqual([]);
    expect(changes[0]!.content).toStrictEqual({
      name: '新生儿落户',
      basicCode: 'GG-9',
      category: 'public_service',
      exerciseLevel: 4,
      legalBasis: [],
      conditions: [],
      subjects: ['natural_person'],
      materials: [],
      fees: [],
      statutoryLimitDays: 1,
      promisedLimitDays: null,
      handlingKind: 'immediate',
      onlineDepth: [],
      visitsRequired: 1,
      channels: ['window'],
      steps: [{ name: '受理', role: 'clerk', limitDays: 0 }],
      result: { name: '户口簿', kind: 'license', issuesELicense: false },
      delivery: ['window'],
      commitmentBased: false,
      consultationPhone: '88880001',
      complaintPhone: '12345',
      responsibilities: [],
      faq: [],
      themes: [],
      keywords: [],
      warning: { daysLeft: 1, fractionLeft: 0.2 },
    } satisfies ItemContent);
  });

  it('throws a Chinese error on a file that is not an xlsx workbook', async () => {
    await expect(readCatalogWorkbook(Buffer.from('实施编码,事项名称\n1,测试'))).rejects.toThrow(
      /不是有效的 Excel 工作簿/,
    );
    await expect(readCatalogWorkbook(Buffer.alloc(0))).rejects.toThrow(/不是有效的 Excel 工作簿/);
  });
});
