import type ExcelJS from 'exceljs';
import { Value } from 'typebox/value';
import {
  DEFAULT_WARNING,
  FIELD_LABELS,
  ItemContentSchema,
  checkItemContent,
  type ContentProblem,
  type ItemContent,
} from '../../../domain/catalog/index.ts';
import {
  RowReader,
  cellText,
  integerIn,
  isoDate,
  labelOf,
  percentToFraction,
  splitLines,
  splitList,
  yesNo,
} from './workbook-cells.ts';
import {
  ACTION,
  CATALOG_SHEETS,
  CATEGORY,
  CHANNEL,
  CHILD_BY_FIELD,
  CHILD_SHEETS,
  CODE,
  DELIVERY,
  EXERCISE_LEVEL,
  HANDLING_KIND,
  I,
  ITEM_FIELD_HEADERS,
  M,
  ONLINE_DEPTH,
  ORDER,
  Q,
  RESULT_KIND,
  S,
  SUBJECT,
  isChildField,
  itemCode,
  itemColumns,
  optional,
  regionCode,
  type Child,
  type ChildElement,
  type ChildField,
  type ChildSheet,
  type Column,
} from './workbook-layout.ts';

/*
 * The catalog workbook (事项目录工作簿): catalog entries to an .xlsx file and back, one sheet per table,
 * keyed by 实施编码. Pure conversion — the service resolves departments, themes and regions and decides
 * what to do with the changes. Reading never throws on bad content: every problem is reported with its
 * sheet, row and column header, the way 一次性告知 asks of us.
 */

export { CATALOG_SHEETS, I as ITEM_SHEET_HEADERS };

export interface CatalogEntry {
  /** 12-digit 行政区划代码 of the implementing region. */
  regionCode: string;
  /** 实施编码, the row key. */
  implementationCode: string;
  /** 实施部门 full name, resolved by the service. */
  departmentName: string;
  /** 热门排序: smaller first, null when not a hot item. */
  hotRank: number | null;
  content: ItemContent;
}

export type CatalogAction = 'publish' | 'abolish' | 'delegate';

export interface CatalogChange extends CatalogEntry {
  /** Row number on the 事项 sheet, 1-based as Excel shows it. */
  row: number;
  /** 操作: empty = publish (create or amend as needed), 取消 = abolish, 下放 = delegate. */
  action: CatalogAction;
  /** 生效日期 YYYY-MM-DD */
  effectiveOn: string | null;
  /** 调整原因 */
  reason: string | null;
  /** 下放至区划代码 / 下放承接部门 / 下放后实施编码 */
  delegateTo: { regionCode: string; departmentName: string; implementationCode: string } | null;
}

/** One problem in an uploaded workbook. `column` is the Chinese header text; row 0 means the whole sheet. */
export interface WorkbookProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface Theme {
  code: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** How many rows below the data still get the drop-downs, for rows a person adds. */
const DROP_DOWN_SPARE_ROWS = 1000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_COLOR = 'FFC00000';

/** exceljs keeps a sheet's validations in `dataValidations`, which its typings leave out. */
interface DataValidationTarget {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function addTableSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column<T>[],
  sources: readonly T[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: styleOf(column),
  }));
  for (const source of sources) sheet.addRow(columns.map((column) => column.write(source)));

  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, ...(column.isRequired ? { color: { argb: REQUIRED_COLOR } } : {}) };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    cell.numFmt = 'General';
    cell.note = column.note;
  });
  header.height = 20;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const lastRow = sources.length + 1 + DROP_DOWN_SPARE_ROWS;
  const validations = (sheet as unknown as DataValidationTarget).dataValidations;
  columns.forEach((column, i) => {
    if (!column.choices) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.choices.join(',')}"`],
      showErrorMessage: true,
      // A warning, not a stop: the import also takes national codes and numbers.
      errorStyle: 'warning',
      errorTitle: column.header,
      error: `建议从下拉列表中选择：${column.choices.join('、')}`,
    });
  });
  return sheet;
}

function styleOf(column: Column<unknown>): Partial<ExcelJS.Style> {
  switch (column.format) {
    case 'text':
    case undefined:
      return { numFmt: '@' };
    case 'wrap':
      return { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
    case 'number':
      return { numFmt: '0' };
    case 'yuan':
      return { numFmt: '0.00' };
    default: {
      const unknown: never = column.format;
      return unknown;
    }
  }
}

function childrenOf<K extends ChildField>(
  field: K,
  entries: readonly CatalogEntry[],
): Child<ChildElement<K>>[] {
  return entries.flatMap((entry) =>
    (entry.content[field] as ChildElement<K>[]).map((element, i) => ({
      code: entry.implementationCode,
      order: i + 1,
      element,
    })),
  );
}

const GUIDE_NOTES = [
  '本工作簿用于批量导出、导入政务服务事项目录。“事项”工作表每行一个事项；申请材料、收费项目、办理流程、设定依据、常见问题各占一个工作表，每行一条，以“实施编码”与事项关联，按“序号”排序。',
  '请勿修改工作表名称和第一行列名；列的先后顺序可以调整，增加的其他列导入时忽略。红色列名为必填列。',
  '有下拉列表的列请从列表中选择；多个取值之间用顿号“、”分隔；受理条件、责任事项每行一条（单元格内换行：Alt+Enter）。可选列留空，导入后仍为空。',
  '操作列留空表示发布：系统中没有该实施编码时新增，已有时按本行内容调整。“取消”表示取消该事项，“下放”表示下放至下级区划，均须填写生效日期和调整原因；“下放”还须填写下放至区划代码、下放承接部门和下放后实施编码。',
  '取消、下放的事项也须保留完整的事项内容。导入时逐行检查，所有问题按“工作表、行号、列名”一次列出；存在问题的文件不会导入任何事项，请修改后重新上传。',
];

async function addGuideSheet(workbook: ExcelJS.Workbook, themes: readonly Theme[]) {
  const sheet = workbook.addWorksheet(CATALOG_SHEETS.guide);
  sheet.columns = [{ width: 14 }, { width: 24 }, { width: 8 }, { width: 90 }];
  const title = sheet.addRow(['政务服务事项目录工作簿 · 填写说明']);
  title.font = { bold: true, size: 14 };
  GUIDE_NOTES.forEach((note, i) => {
    const row = sheet.addRow([`${i + 1}. ${note}`]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 16 * Math.ceil(note.length / 60);
  });
  sheet.addRow([]);

  const addTable = (headers: string[], rows: ExcelJS.CellValue[][]) => {
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const values of rows) sheet.addRow(values).alignment = { wrapText: true, vertical: 'top' };
    sheet.addRow([]);
  };
  const describe = (name: string, columns: Column<never>[]) =>
    columns.map((column) => [name, column.header, column.isRequired ? '是' : '', column.note]);
  addTable(
    ['工作表', '列名', '必填', '填写说明'],
    [
      ...describe(CATALOG_SHEETS.items, itemColumns(new Map())),
      ...CHILD_SHEETS.flatMap((child) => describe(child.sheet, child.columns as Column<never>[])),
    ],
  );
  if (themes.length > 0) {
    addTable(
      ['主题代码', '主题名称'],
      themes.map((theme) => [theme.code, theme.name]),
    );
  }
  // Read-only, not secret: protection without a password keeps the guide from being edited by accident.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** The catalog as a workbook: 事项 and one sheet per child table, then the 说明 sheet. */
export async function writeCatalogWorkbook(
  entries: CatalogEntry[],
  options: { themes?: Theme[] } = {},
): Promise<Buffer> {
  const themes = options.themes ?? [];
  const themeNames = new Map(themes.map((theme) => [theme.code, theme.name]));
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '一窗通';
  addTableSheet(workbook, CATALOG_SHEETS.items, itemColumns(themeNames), entries);
  for (const child of CHILD_SHEETS) {
    addTableSheet(
      workbook,
      child.sheet,
      child.columns as Column<Child<unknown>>[],
      childrenOf(child.field, entries),
    );
  }
  await addGuideSheet(workbook, themes);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------
// Reading

interface SheetRows {
  rows: RowReader[];
}

/** Where an item's rows are, to put a content problem on the right sheet, row and column. */
interface ItemLocator {
  row: number;
  children: Record<ChildField, number[]>;
}

const locators = new WeakMap<CatalogChange, ItemLocator>();

/**
 * Reads the sheets into changes and problems. Changes are returned only for items with no problem on
 * any of their rows; a caller that applies anything while `problems` is non-empty must mean to.
 * Theme names are turned into codes when `options.themes` is given; unknown text is kept as a code.
 */
export async function readCatalogWorkbook(
  data: Buffer,
  options: { themes?: Theme[] } = {},
): Promise<{ changes: CatalogChange[]; problems: WorkbookProblem[] }> {
  const workbook = await loadWorkbook(data);
  const problems: WorkbookProblem[] = [];

  const itemHeaders = itemColumns(new Map()).map((column) => column.header);
  const itemSheet = openSheet(workbook, CATALOG_SHEETS.items, itemHeaders, problems);
  const childSheets = CHILD_SHEETS.map((child) => ({
    child: child as unknown as ChildSheet<ChildField>,
    sheet: openSheet(
      workbook,
      child.sheet,
      child.columns.map((column) => column.header),
      problems,
    ),
  }));
  if (problems.length > 0 || !itemSheet) return { changes: [], problems };

  const themeCodes = new Map<string, string>();
  for (const theme of options.themes ?? []) {
    themeCodes.set(theme.name, theme.code);
    themeCodes.set(theme.code, theme.code);
  }

  // 事项 rows, keyed by 实施编码; a repeated code is reported and its later rows are left out.
  const items = new Map<string, ReadItem>();
  for (const reader of itemSheet.rows) {
    const item = readItemRow(reader, themeCodes);
    if (item === null) continue;
    const first = items.get(item.change.implementationCode);
    if (first) {
      reader.report(I.code, `实施编码“${item.change.implementationCode}”与第 ${first.change.row} 行重复`);
      continue;
    }
    items.set(item.change.implementationCode, item);
  }

  for (const { child, sheet } of childSheets) {
    if (!sheet) continue;
    const rowsByItem = new Map<
      string,
      { order: number; reader: RowReader; element: ChildElement<ChildField> }[]
    >();
    for (const reader of sheet.rows) {
      const code = reader.needText(CODE);
      const order = reader.need(ORDER, integerIn(ORDER, 1, 9999), Number.MAX_SAFE_INTEGER);
      const element = child.read(reader);
      if (code === '') continue;
      if (!items.has(code)) {
        reader.report(CODE, `实施编码“${code}”不在“${CATALOG_SHEETS.items}”工作表中`);
        continue;
      }
      const siblings = rowsByItem.get(code) ?? [];
      const twin = siblings.find((sibling) => sibling.order === order && order !== Number.MAX_SAFE_INTEGER);
      if (twin) reader.report(ORDER, `同一事项的序号 ${order} 与第 ${twin.reader.row} 行重复`);
      siblings.push({ order, reader, element });
      rowsByItem.set(code, siblings);
    }
    for (const [code, siblings] of rowsByItem) {
      const item = items.get(code)!;
      siblings.sort((a, b) => a.order - b.order || a.reader.row - b.reader.row);
      (item.change.content[child.field] as ChildElement<ChildField>[]) = siblings.map(
        (sibling) => sibling.element,
      );
      item.locator.children[child.field] = siblings.map((sibling) => sibling.reader.row);
    }
  }

  // Content rules and the schema's limits, but not where they only restate a cell already reported.
  const failedCells = new Set(problems.map((p) => cellKey(p.sheet, p.row, p.column)));
  for (const item of items.values()) {
    const found = [
      ...checkItemContent(item.change.content).map((problem) => locate(item.change, item.locator, problem)),
      ...schemaLimitProblems(item.change, item.locator),
    ];
    for (const { path, problem } of found) {
      if (!restatesFailure(path, problem, item.locator, failedCells)) problems.push(problem);
    }
  }

  const itemRowsWithProblems = new Set<number>();
  const rowOwners = ownersOfRows(items);
  for (const problem of problems) {
    const owner = rowOwners.get(cellKey(problem.sheet, problem.row));
    if (owner !== undefined) itemRowsWithProblems.add(owner);
  }
  const changes = [...items.values()]
    .filter((item) => !itemRowsWithProblems.has(item.change.row))
    .map((item) => {
      locators.set(item.change, item.locator);
      return item.change;
    });
  problems.sort(
    (a, b) =>
      sheetOrder(a.sheet) - sheetOrder(b.sheet) ||
      a.row - b.row ||
      columnOrder(a.sheet, a.column) - columnOrder(b.sheet, b.column),
  );
  return { changes, problems };
}

/**
 * Puts a content problem found later (by the service: a theme that does not exist, say) on the sheet,
 * row and column of a change returned by `readCatalogWorkbook`.
 */
export function locateContentProblem(change: CatalogChange, problem: ContentProblem): WorkbookProblem {
  return locate(change, locators.get(change) ?? emptyLocator(change.row), problem).problem;
}

/** exceljs is loaded on the first import or export: it costs the server 14 MB that most days never use. */
async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    if (!Buffer.isBuffer(data) || data.length === 0) throw new Error('empty');
    // Only the cells matter; skipping validations also spares expanding whole-column ranges cell by cell.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
    });
  } catch {
    throw new Error('上传的文件不是有效的 Excel 工作簿（.xlsx），请使用导出的模板填写后上传');
  }
  return workbook;
}

/** A sheet's data rows by header, or null (with the problems reported) when the sheet or a header is missing. */
function openSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  problems: WorkbookProblem[],
): SheetRows | null {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    problems.push({ sheet: name, row: 0, column: '', message: `缺少工作表“${name}”` });
    return null;
  }
  const columnOf = new Map<string, number>();
  let isBroken = false;
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value);
    if (!headers.includes(header)) return;
    if (columnOf.has(header)) {
      problems.push({ sheet: name, row: 1, column: header, message: `列“${header}”重复出现` });
      isBroken = true;
    }
    columnOf.set(header, column);
  });
  for (const header of headers) {
    if (!columnOf.has(header)) {
      problems.push({ sheet: name, row: 1, column: header, message: `工作表“${name}”缺少列“${header}”` });
      isBroken = true;
    }
  }
  if (isBroken) return null;

  const rows: RowReader[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, ExcelJS.CellValue>();
    for (const [header, column] of columnOf) cells.set(header, row.getCell(column).value);
    if ([...cells.values()].every((value) => cellText(value) === '')) return;
    rows.push(new RowReader(name, rowNumber, cells, problems));
  });
  return { rows };
}

interface ReadItem {
  change: CatalogChange;
  locator: ItemLocator;
}

function emptyLocator(row: number): ItemLocator {
  return { row, children: { materials: [], fees: [], steps: [], legalBasis: [], faq: [] } };
}

/** One 事项 row; null when it has no usable 实施编码 (reported), since nothing can hang on it. */
function readItemRow(r: RowReader, themeCodes: ReadonlyMap<string, string>): ReadItem | null {
  // A malformed code is reported but kept, so the item's child rows still find their item.
  const implementationCode = r.needText(I.code);
  if (implementationCode !== '') r.read(I.code, itemCode(I.code));
  const handlingKind = r.need(I.handlingKind, HANDLING_KIND.one, 'promised');
  const content: ItemContent = {
    name: r.text(I.name),
    basicCode: r.text(I.basicCode),
    category: r.need(I.category, CATEGORY.one, 'public_service'),
    exerciseLevel: r.need(I.exerciseLevel, EXERCISE_LEVEL.one, 4),
    legalBasis: [],
    conditions: splitLines(r.text(I.conditions)),
    subjects: r.read(I.subjects, SUBJECT.many) ?? [],
    materials: [],
    fees: [],
    statutoryLimitDays: r.need(I.statutory, integerIn(labelOf(I.statutory), 0, 9999), 1),
    promisedLimitDays: r.read(I.promised, integerIn(labelOf(I.promised), 0, 9999)) ?? null,
    handlingKind,
    onlineDepth: r.read(I.onlineDepth, ONLINE_DEPTH.many) ?? [],
    visitsRequired: r.need(I.visits, integerIn(I.visits, 0, 2), 1),
    ...optional('visitReason', r.text(I.visitReason)),
    channels: r.read(I.channels, CHANNEL.many) ?? [],
    steps: [],
    result: {
      name: r.text(I.resultName),
      kind: r.need(I.resultKind, RESULT_KIND.one, 'other'),
      issuesELicense: r.read(I.eLicense, yesNo(I.eLicense)) ?? false,
    },
    delivery: r.read(I.delivery, DELIVERY.many) ?? [],
    commitmentBased: r.read(I.commitment, yesNo(I.commitment)) ?? false,
    ...optional('location', r.text(I.location)),
    consultationPhone: r.text(I.consultationPhone),
    complaintPhone: r.text(I.complaintPhone),
    responsibilities: splitLines(r.text(I.responsibilities)),
    faq: [],
    themes: splitList(r.text(I.themes)).map((theme) => themeCodes.get(theme) ?? theme),
    keywords: splitList(r.text(I.keywords)),
    warning: {
      daysLeft: r.read(I.warningDays, integerIn(I.warningDays, 0, 99)) ?? DEFAULT_WARNING.daysLeft,
      fractionLeft:
        r.read(I.warningFraction, percentToFraction(I.warningFraction)) ?? DEFAULT_WARNING.fractionLeft,
    },
  };
  const regionCodeText = r.needText(I.region);
  if (regionCodeText !== '') r.read(I.region, regionCode(I.region));
  const departmentName = r.needText(I.department);
  const hotRank = r.read(I.hotRank, integerIn(I.hotRank, 0, 99999)) ?? null;

  const action = r.read(I.action, ACTION.one) ?? 'publish';
  const effectiveOn = r.read(I.effectiveOn, isoDate(I.effectiveOn)) ?? null;
  const reason = r.text(I.reason) || null;
  const delegateColumns = [I.delegateRegion, I.delegateDepartment, I.delegateCode] as const;
  let delegateTo: CatalogChange['delegateTo'] = null;
  if (action === 'abolish' || action === 'delegate') {
    const verb = ACTION.labelOf(action);
    if (r.text(I.effectiveOn) === '') r.report(I.effectiveOn, `“${verb}”须填写生效日期`);
    if (reason === null) r.report(I.reason, `“${verb}”须填写调整原因`);
  }
  if (action === 'delegate') {
    for (const header of delegateColumns) {
      if (r.text(header) === '') r.report(header, `“下放”须填写${header}`);
    }
    delegateTo = {
      regionCode: r.read(I.delegateRegion, regionCode(I.delegateRegion)) ?? '',
      departmentName: r.text(I.delegateDepartment),
      implementationCode: r.read(I.delegateCode, itemCode(I.delegateCode)) ?? '',
    };
    if (delegateTo.implementationCode !== '' && delegateTo.implementationCode === implementationCode) {
      r.report(I.delegateCode, '下放后实施编码不能与原实施编码相同');
    }
  } else {
    for (const header of delegateColumns) {
      if (r.text(header) !== '') r.report(header, `只有操作为“下放”时才填写${header}`);
    }
  }

  if (implementationCode === '') return null;
  const change: CatalogChange = {
    regionCode: regionCodeText,
    implementationCode,
    departmentName,
    hotRank,
    content,
    row: r.row,
    action,
    effectiveOn,
    reason,
    delegateTo,
  };
  return { change, locator: emptyLocator(r.row) };
}

/** The typebox schema's limits (lengths, counts) that the cell parsers do not already enforce. */
function schemaLimitProblems(change: CatalogChange, locator: ItemLocator): LocatedProblem[] {
  return Value.Errors(ItemContentSchema, change.content).map((error) => {
    const segments = error.instancePath.split('/').slice(1);
    const path = segments.reduce(
      (acc, segment) => (/^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment),
      '',
    );
    const limit = (error.params as { limit?: number }).limit;
    const rule =
      error.keyword === 'maxLength'
        ? `不能超过 ${limit} 个字`
        : error.keyword === 'maxItems'
          ? `最多 ${limit} 项`
          : error.keyword === 'minimum'
            ? `不能小于 ${limit}`
            : error.keyword === 'maximum'
              ? `不能大于 ${limit}`
              : '格式不正确';
    const located = locate(change, locator, { path, message: '' });
    // A list inside one 事项 cell (关键词, 受理条件 …): say which entry.
    const index = /^[A-Za-z]+\[(\d+)\]/.exec(path)?.[1];
    const which =
      located.problem.sheet === CATALOG_SHEETS.items && index !== undefined
        ? `第 ${Number(index) + 1} 项`
        : '';
    located.problem.message = `${labelOf(located.problem.column)}${which}${rule}`;
    return located;
  });
}

interface LocatedProblem {
  /** The content path it came from, to tell whether it only restates a cell already reported. */
  path: string;
  problem: WorkbookProblem;
}

/** A content problem on its sheet, row and column. */
function locate(
  change: CatalogChange,
  locator: ItemLocator,
  { path, message }: ContentProblem,
): LocatedProblem {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  const root = match?.[1] ?? path;
  const index = match?.[2] === undefined ? undefined : Number(match[2]);
  const rest = match?.[3];
  const at = (sheet: string, row: number, column: string) => ({
    path,
    problem: { sheet, row, column, message },
  });

  if (!isChildField(root)) {
    const column =
      ITEM_FIELD_HEADERS[rest ? `${root}.${rest}` : root] ??
      ITEM_FIELD_HEADERS[root] ??
      FIELD_LABELS[root as keyof ItemContent] ??
      root;
    return at(CATALOG_SHEETS.items, locator.row, column);
  }
  const child = CHILD_BY_FIELD[root];
  const childIndex =
    index ?? (root === 'materials' ? duplicateMaterialIndex(change.content, message) : undefined);
  const row = childIndex === undefined ? undefined : locator.children[root][childIndex];
  // The list as a whole (none at all, too many, steps over the limit): the item's own row.
  if (childIndex === undefined || row === undefined) {
    return at(CATALOG_SHEETS.items, locator.row, FIELD_LABELS[root]);
  }
  if (root === 'faq' && !rest) {
    const question = change.content.faq[childIndex]?.question ?? '';
    return at(child.sheet, row, question.trim() === '' ? Q.question : Q.answer);
  }
  const firstContentColumn = child.columns[2]!.header;
  return at(child.sheet, row, (rest && child.fieldHeaders[rest]) || firstContentColumn);
}

/** checkItemContent names a repeated material; its second occurrence is the row to point at. */
function duplicateMaterialIndex(content: ItemContent, message: string): number | undefined {
  const seen = new Set<string>();
  for (const [i, material] of content.materials.entries()) {
    const name = material.name.trim();
    if (seen.has(name) && message.includes(`“${name}”`)) return i;
    seen.add(name);
  }
  return undefined;
}

/** Item rules that read other cells too: such a rule is not run on top of a cell already reported. */
const RULE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  promisedLimitDays: [I.statutory, I.promised, I.handlingKind],
  steps: [I.statutory, I.promised, I.handlingKind],
  visitsRequired: [I.visits, I.channels],
  legalBasis: [I.category],
};

/** The same for a material's rules, by the property they are reported on. */
const MATERIAL_RULE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  originalCopies: [M.forms],
  copyCopies: [M.forms],
  deferrable: [M.required],
  issuedBy: [M.source],
};

function restatesFailure(
  path: string,
  located: WorkbookProblem,
  locator: ItemLocator,
  failedCells: ReadonlySet<string>,
): boolean {
  const hasFailed = (sheet: string, row: number, header: string) =>
    failedCells.has(cellKey(sheet, row, header));
  if (hasFailed(located.sheet, located.row, located.column)) return true;
  const [, root = path, rest] = /^([A-Za-z]+)(?:\[\d+\])?(?:\.(.+))?$/.exec(path) ?? [];
  if (located.sheet !== CATALOG_SHEETS.items) {
    const inputs = root === 'materials' && rest ? (MATERIAL_RULE_INPUTS[rest] ?? []) : [];
    return inputs.some((header) => hasFailed(located.sheet, located.row, header));
  }
  if ((RULE_INPUTS[root] ?? []).some((header) => hasFailed(CATALOG_SHEETS.items, locator.row, header))) {
    return true;
  }
  // The steps' days add up against the promised limit.
  return (
    root === 'steps' &&
    locator.children.steps.some((row) => hasFailed(CATALOG_SHEETS.steps, row, S.limitDays))
  );
}

function cellKey(sheet: string, row: number, column?: string): string {
  return column === undefined ? `${sheet}\u0000${row}` : `${sheet}\u0000${row}\u0000${column}`;
}

/** Which 事项 row each row of the workbook belongs to. */
function ownersOfRows(items: ReadonlyMap<string, ReadItem>): Map<string, number> {
  const owners = new Map<string, number>();
  for (const { locator } of items.values()) {
    owners.set(cellKey(CATALOG_SHEETS.items, locator.row), locator.row);
    for (const child of CHILD_SHEETS) {
      for (const row of locator.children[child.field]) owners.set(cellKey(child.sheet, row), locator.row);
    }
  }
  return owners;
}

const SHEET_ORDER: readonly string[] = Object.values(CATALOG_SHEETS);
const sheetOrder = (sheet: string) => SHEET_ORDER.indexOf(sheet);

const HEADERS_BY_SHEET = new Map<string, readonly string[]>([
  [CATALOG_SHEETS.items, itemColumns(new Map()).map((column) => column.header)],
  ...CHILD_SHEETS.map((child) => [child.sheet, child.columns.map((column) => column.header)] as const),
]);
/** Problems read left to right; a list as a whole (设定依据 on the 事项 row) comes after the cells. */
function columnOrder(sheet: string, column: string): number {
  const index = HEADERS_BY_SHEET.get(sheet)?.indexOf(column) ?? -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
