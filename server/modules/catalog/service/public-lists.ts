import ExcelJS from 'exceljs';
import type { Category, Fee, LegalBasis } from '../../../../domain/catalog/item-content.ts';
import { CATEGORY_LABELS, EXERCISE_LEVEL_LABELS, formatFen } from '../../../../domain/catalog/labels.ts';
import type { AppContext } from '../../../platform/context.ts';
import { feeCatalog, powerList, responsibilityList } from './portal.ts';

/**
 * The published lists (清单公开) a page at a time, narrowed by department, 事项类型 and words, with the
 * counts a filter menu shows; and the same selection as a workbook. A county's lists are a few hundred
 * rows, read in one query and narrowed in memory.
 */
export type PublicListKind = 'power' | 'responsibility' | 'fees';

export interface PublicListQuery {
  regionCode?: string;
  department?: string;
  category?: Category;
  q?: string;
  page?: number;
  pageSize?: number;
}

interface ListRow {
  id: string;
  implementationCode: string;
  name: string;
  departmentName: string;
  category?: Category;
}

export interface PublicListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  departments: { name: string; count: number }[];
  categories: { category: Category; count: number }[];
}

async function rowsOf(ctx: AppContext, kind: PublicListKind, regionCode: string | undefined) {
  switch (kind) {
    case 'power':
      return powerList(ctx, { regionCode });
    case 'responsibility':
      return responsibilityList(ctx, { regionCode });
    case 'fees':
      return feeCatalog(ctx, { regionCode });
    default: {
      const never: never = kind;
      throw new Error(`unknown list ${String(never)}`);
    }
  }
}

function matchesWords(row: ListRow, q: string | undefined): boolean {
  const terms = (q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = `${row.name} ${row.departmentName} ${row.implementationCode}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

function countBy<K>(values: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Rows matching every filter; the menus count each filter against the others. */
async function select(ctx: AppContext, kind: PublicListKind, query: PublicListQuery) {
  const all = (await rowsOf(ctx, kind, query.regionCode)) as (ListRow & Record<string, unknown>)[];
  const byWords = all.filter((row) => matchesWords(row, query.q));
  const inDepartment = byWords.filter((row) => !query.department || row.departmentName === query.department);
  const ofCategory = byWords.filter((row) => !query.category || row.category === query.category);
  const rows = inDepartment.filter((row) => !query.category || row.category === query.category);
  const departments = [...countBy(ofCategory.map((row) => row.departmentName))].map(([name, count]) => ({
    name,
    count,
  }));
  const categories = [...countBy(inDepartment.flatMap((row) => (row.category ? [row.category] : [])))]
    .map(([category, count]) => ({ category, count }))
    .sort(
      (a, b) =>
        Object.keys(CATEGORY_LABELS).indexOf(a.category) - Object.keys(CATEGORY_LABELS).indexOf(b.category),
    );
  return { rows, departments, categories };
}

export async function pagePublicList(
  ctx: AppContext,
  kind: PublicListKind,
  query: PublicListQuery,
): Promise<PublicListPage<Record<string, unknown>>> {
  const { rows, departments, categories } = await select(ctx, kind, query);
  const pageSize = query.pageSize ?? 20;
  const lastPage = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(query.page ?? 1, lastPage);
  return {
    items: rows.slice((page - 1) * pageSize, page * pageSize),
    total: rows.length,
    page,
    pageSize,
    departments,
    categories,
  };
}

const LIST_TITLES: Record<PublicListKind, string> = {
  power: '权力清单',
  responsibility: '责任清单',
  fees: '收费目录清单',
};

function basisText(basis: readonly LegalBasis[]): string {
  return basis.map((entry) => `${entry.title}${entry.article}`).join('；');
}

/** The selection (every page) as one sheet, named as the portal names the list. */
export async function exportPublicList(
  ctx: AppContext,
  kind: PublicListKind,
  query: PublicListQuery,
): Promise<{ fileName: string; body: Buffer }> {
  const { rows } = await select(ctx, kind, query);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '一窗通';
  const sheet = workbook.addWorksheet(LIST_TITLES[kind]);
  const header = (columns: { header: string; width: number }[]) => {
    sheet.columns = columns.map((column) => ({ ...column }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };
  switch (kind) {
    case 'power':
      header([
        { header: '序号', width: 6 },
        { header: '事项名称', width: 36 },
        { header: '事项类型', width: 12 },
        { header: '实施部门', width: 22 },
        { header: '行使层级', width: 10 },
        { header: '设定依据', width: 60 },
        { header: '基本编码', width: 22 },
        { header: '实施编码', width: 30 },
      ]);
      rows.forEach((row, index) => {
        const entry = row as unknown as ListRow & {
          exerciseLevel: number;
          legalBasis: LegalBasis[];
          basicCode: string;
        };
        sheet.addRow([
          index + 1,
          entry.name,
          entry.category ? CATEGORY_LABELS[entry.category] : '',
          entry.departmentName,
          EXERCISE_LEVEL_LABELS[entry.exerciseLevel] ?? String(entry.exerciseLevel),
          basisText(entry.legalBasis),
          entry.basicCode,
          entry.implementationCode,
        ]);
      });
      break;
    case 'responsibility':
      header([
        { header: '序号', width: 6 },
        { header: '事项名称', width: 36 },
        { header: '事项类型', width: 12 },
        { header: '责任部门', width: 22 },
        { header: '责任事项', width: 70 },
        { header: '依据', width: 50 },
        { header: '监督投诉电话', width: 16 },
        { header: '实施编码', width: 30 },
      ]);
      rows.forEach((row, index) => {
        const entry = row as unknown as ListRow & {
          responsibilities: string[];
          legalBasis: LegalBasis[];
          complaintPhone: string;
        };
        sheet.addRow([
          index + 1,
          entry.name,
          entry.category ? CATEGORY_LABELS[entry.category] : '',
          entry.departmentName,
          entry.responsibilities.map((duty, i) => `${i + 1}. ${duty}`).join('\n'),
          basisText(entry.legalBasis),
          entry.complaintPhone,
          entry.implementationCode,
        ]);
      });
      sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
      break;
    case 'fees':
      header([
        { header: '序号', width: 6 },
        { header: '事项名称', width: 36 },
        { header: '实施部门', width: 22 },
        { header: '收费项目', width: 30 },
        { header: '收费标准', width: 14 },
        { header: '收费依据', width: 50 },
        { header: '减免情形', width: 40 },
        { header: '实施编码', width: 30 },
      ]);
      rows.forEach((row, index) => {
        const entry = row as unknown as ListRow & { fees: Fee[] };
        for (const fee of entry.fees) {
          sheet.addRow([
            index + 1,
            entry.name,
            entry.departmentName,
            fee.name,
            formatFen(fee.amountFen),
            fee.basis,
            [fee.waivers, fee.notes].filter(Boolean).join('；'),
            entry.implementationCode,
          ]);
        }
      });
      break;
    default: {
      const never: never = kind;
      throw new Error(`unknown list ${String(never)}`);
    }
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.config.timeZone }).format(ctx.clock.now());
  return { fileName: `${LIST_TITLES[kind]}-${day}.xlsx`, body };
}
