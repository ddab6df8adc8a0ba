import { describe, expect, it } from 'vitest';
import { checkItemContent } from '../../../../domain/catalog/check.ts';
import type { ItemContent } from '../../../../domain/catalog/item-content.ts';
import {
  contentToFormValues,
  fieldOfProblem,
  formValuesToContent,
  groupProblems,
  mergeProblems,
  newItemFormValues,
  parseProblemPath,
  problemKey,
  sectionOfProblem,
} from './item-form.ts';

const CONTENT: ItemContent = {
  name: '企业设立登记',
  basicCode: '000117001000',
  category: 'licensing',
  exerciseLevel: 4,
  legalBasis: [{ title: '《中华人民共和国市场主体登记管理条例》', article: '第三条' }],
  conditions: ['申请人具有完全民事行为能力'],
  subjects: ['legal_person'],
  materials: [
    {
      name: '公司登记（备案）申请书',
      source: 'applicant',
      forms: ['original', 'electronic'],
      originalCopies: 1,
      copyCopies: 0,
      required: true,
      deferrable: false,
      templateUrl: 'https://example.gov.cn/template.docx',
    },
  ],
  fees: [{ name: '工本费', amountFen: 1990, basis: '财税〔2016〕1号' }],
  statutoryLimitDays: 15,
  promisedLimitDays: 1,
  handlingKind: 'promised',
  onlineDepth: [1, 2, 3, 4, 5, 6, 7],
  visitsRequired: 0,
  channels: ['window', 'online'],
  steps: [{ name: '受理', role: 'clerk', limitDays: 1 }],
  result: { name: '营业执照', kind: 'license', issuesELicense: true },
  delivery: ['window', 'post'],
  commitmentBased: false,
  location: '县政务服务中心二楼',
  consultationPhone: '0599-6123456',
  complaintPhone: '12345',
  responsibilities: ['受理责任：一次性告知补正材料'],
  faq: [{ question: '可以网上办理吗？', answer: '可以。' }],
  themes: ['start_business'],
  keywords: ['开公司', '营业执照'],
  warning: { daysLeft: 1, fractionLeft: 0.2 },
};

const ITEM = { implementationCode: '390522-000117001000-01', departmentId: 'd1', hotRank: 1 };

describe('the item form model', () => {
  it('gives back the same content it was loaded with', () => {
    const values = contentToFormValues(CONTENT, ITEM);
    expect(values.fees[0]!.amountYuan).toBe('19.90');
    expect(values.warning.percentLeft).toBe(20);
    const { content, problems } = formValuesToContent(values);
    expect(problems).toEqual([]);
    expect(content).toEqual(CONTENT);
  });

  it('converts yuan to fen exactly and reports an amount it cannot read', () => {
    const values = contentToFormValues(CONTENT, ITEM);
    values.fees = [
      { name: '工本费', amountYuan: '0.29', basis: '依据' },
      { name: '证书费', amountYuan: '3.141', basis: '依据' },
    ];
    const { content, problems } = formValuesToContent(values);
    expect(content.fees[0]!.amountFen).toBe(29);
    expect(problems).toEqual([
      { path: 'fees[1].amountFen', message: '第 2 项收费的金额须为元，最多两位小数' },
    ]);
  });

  it('drops the promised limit and step days of an immediate item, and blank optional texts', () => {
    const values = contentToFormValues(CONTENT, ITEM);
    values.handlingKind = 'immediate';
    values.materials[0]!.notes = '   ';
    const { content } = formValuesToContent(values);
    expect(content.promisedLimitDays).toBeNull();
    expect(content.steps[0]!.limitDays).toBe(0);
    expect('notes' in content.materials[0]!).toBe(false);
  });

  it('starts a new item with choices the content check accepts once the blanks are filled', () => {
    const values = newItemFormValues('d1');
    const blank = checkItemContent(formValuesToContent(values).content).map((p) => p.path);
    expect(blank).toEqual(
      expect.arrayContaining([
        'name',
        'legalBasis[0].title',
        'result.name',
        'consultationPhone',
        'complaintPhone',
      ]),
    );
    Object.assign(values, {
      name: '测试事项',
      basicCode: 'T-001',
      consultationPhone: '0599-6123456',
      complaintPhone: '12345',
      result: { name: '批准文书', kind: 'approval_document', issuesELicense: false },
      legalBasis: [{ title: '《测试条例》', article: '第一条' }],
    });
    expect(checkItemContent(formValuesToContent(values).content)).toEqual([]);
  });
});

describe('problems next to their fields', () => {
  it('parses server paths', () => {
    expect(parseProblemPath('materials[2].name')).toEqual(['materials', 2, 'name']);
    expect(parseProblemPath('result.name')).toEqual(['result', 'name']);
    expect(parseProblemPath('conditions[0]')).toEqual(['conditions', 0]);
  });

  it('maps each path to the control that shows it', () => {
    expect(fieldOfProblem('materials[2].issuedBy')).toEqual(['materials', 2, 'issuedBy']);
    expect(fieldOfProblem('fees[1].amountFen')).toEqual(['fees', 1, 'amountYuan']);
    expect(fieldOfProblem('themes[3]')).toEqual(['themes']);
    expect(fieldOfProblem('keywords[0]')).toEqual(['keywords']);
    expect(fieldOfProblem('faq[1]')).toEqual(['faq', 1, 'question']);
    expect(fieldOfProblem('warning')).toEqual(['warning', 'daysLeft']);
    expect(fieldOfProblem('implementationCode')).toEqual(['implementationCode']);
    // A problem of the whole list shows under the list's heading.
    expect(fieldOfProblem('materials')).toBeNull();
    expect(fieldOfProblem('steps')).toBeNull();
    expect(problemKey({ path: 'steps', message: '' })).toBe('steps');
  });

  it('groups problems by field and tells the tab', () => {
    const problems = [
      { path: 'materials[0].name', message: '第 1 项申请材料缺少名称' },
      { path: 'materials[0].name', message: '第 1 项申请材料缺少名称' },
      { path: 'materials', message: '申请材料“身份证”重复' },
      { path: 'promisedLimitDays', message: '承诺办结时限不得超过法定办结时限' },
    ];
    const grouped = groupProblems(problems);
    expect(grouped.get('materials.0.name')).toEqual(['第 1 项申请材料缺少名称']);
    expect(grouped.get('materials')).toEqual(['申请材料“身份证”重复']);
    expect(sectionOfProblem('materials[0].name')).toBe('materials');
    expect(sectionOfProblem('promisedLimitDays')).toBe('limits');
    expect(sectionOfProblem('delivery')).toBe('handling');
    expect(sectionOfProblem('implementationCode')).toBe('basic');
    expect(mergeProblems(problems, [problems[3]!])).toHaveLength(3);
  });
});
