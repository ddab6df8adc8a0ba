import {
  CATEGORY_CODES,
  DEFAULT_WARNING,
  type Category,
  type Channel,
  type DeliveryOption,
  type Fee,
  type ItemContent,
  type LegalBasis,
  type Material,
  type MaterialForm,
  type MaterialSource,
  type ResultKind,
  type Step,
  type StepRole,
  type Subject,
} from '../../../../domain/catalog/index.ts';
import type { HandlingKind } from '../../../../domain/clock/types.ts';
import { DEMO_DEPARTMENTS } from '../county.ts';
import type { ThemeCode } from './themes.ts';

/*
 * Small builders for the demo catalog, so each item reads as its service guide (办事指南) and the
 * defaults a county center shares (phones, hall location, standard steps and responsibility lists)
 * are written once. Plain data comes out: `item()` returns a `DemoItem` whose content passes
 * `checkItemContent`.
 */

export interface DemoItem {
  /** 实施编码: unique, letters/digits/hyphens, ≤ 50 chars: `390522-<department code>-<3 digits>`. */
  implementationCode: string;
  /** key of a department in DEMO_DEPARTMENTS (server/db/demo/county.ts) */
  departmentKey: string;
  /** 1 = hottest; set on about 12 of the most common items (热门事项), otherwise omit */
  hotRank?: number;
  content: ItemContent;
}

/** The short code of each department inside an implementation code (pinyin initials of its name). */
const DEPARTMENT_CODES = {
  approval: 'XZSP',
  development: 'FGJ',
  education: 'JYJ',
  police: 'GAJ',
  civil_affairs: 'MZJ',
  justice: 'SFJ',
  finance: 'CZJ',
  human_resources: 'RSJ',
  natural_resources: 'ZRZY',
  housing: 'ZJJ',
  transport: 'JTJ',
  water: 'SLJ',
  agriculture: 'NYNC',
  commerce: 'SHWJ',
  culture: 'WGLT',
  health: 'WJJ',
  veterans: 'TYJR',
  emergency: 'YJJ',
  market: 'SCJG',
  medical_security: 'YBJ',
  forestry: 'LYJ',
  urban_management: 'CGJ',
  civil_defense: 'RFB',
  tax: 'SWJ',
  ecology: 'STHJ',
  meteorology: 'QXJ',
  tobacco: 'YCJ',
  fire: 'XFJY',
  housing_fund: 'GJJ',
  real_estate: 'BDC',
  notary: 'GZC',
  archives: 'DAG',
  disabled: 'CLH',
  power: 'GDGS',
  water_supply: 'GSGS',
  gas: 'RQGS',
  post: 'YZGS',
} as const;

export type DepartmentKey = keyof typeof DEPARTMENT_CODES;

const COUNTY_PREFIX = '390522';
export const COMPLAINT_PHONE = '0649-12345';

// ---------------------------------------------------------------------------------------------
// 办理地点: where in the county hall (server/db/demo/county.ts) each department receives applicants
// ---------------------------------------------------------------------------------------------

const HALL = '栖云县政务服务中心（凤栖街道文昌路188号）';
const HOURS = '；工作日 8:30-12:00、14:00-17:30，周六上午延时服务';

const GENERAL_FOR_PEOPLE = `${HALL}一楼社会事务区1—2号综合受理窗口`;
const GENERAL_FOR_BUSINESS = `${HALL}三楼33号涉企经营许可综合受理窗口`;
const GENERAL_FOR_PROJECTS = `${HALL}四楼37号工程建设项目综合受理窗口`;

const DEPARTMENT_LOCATIONS: Partial<Record<DepartmentKey, string>> = {
  approval: `${HALL}三楼企业服务区34号帮办代办窗口`,
  development: `${HALL}四楼建设项目审批区38号投资项目审批窗口`,
  police: `${HALL}一楼公安综合区9—14号窗口`,
  civil_affairs: `${HALL}一楼社会事务区6号社会救助与养老服务窗口`,
  human_resources: `${HALL}一楼社会事务区3—4号人社窗口`,
  natural_resources: `${HALL}四楼建设项目审批区39号规划与用地审批窗口`,
  housing: `${HALL}四楼建设项目审批区40号施工许可与竣工验收窗口`,
  veterans: `${HALL}一楼社会事务区7号退役军人服务窗口`,
  market: `${HALL}三楼商事登记区29—31号窗口`,
  medical_security: `${HALL}一楼社会事务区5号医疗保障业务窗口`,
  tax: `${HALL}二楼办税区23—28号窗口`,
  housing_fund: `${HALL}一楼社会事务区8号住房公积金业务窗口`,
  real_estate: `${HALL}二楼不动产登记区15—17号窗口`,
  civil_defense: GENERAL_FOR_PROJECTS,
  fire: GENERAL_FOR_PROJECTS,
  meteorology: GENERAL_FOR_PROJECTS,
  ecology: GENERAL_FOR_PROJECTS,
  water: GENERAL_FOR_PROJECTS,
  power: `${HALL}二楼22号水电气网联动窗口`,
  water_supply: `${HALL}二楼22号水电气网联动窗口`,
  gas: `${HALL}二楼22号水电气网联动窗口`,
};

/** Hall places other code refers to when an item is received somewhere else than its department's default. */
export const PLACES = {
  householdWindows: `${HALL}一楼公安综合区9—10号户籍窗口`,
  idCardWindow: `${HALL}一楼公安综合区11号居民身份证受理窗口`,
  exitEntryWindows: `${HALL}一楼公安综合区12—13号出入境窗口`,
  vehicleWindow: `${HALL}一楼公安综合区14号车驾管窗口`,
  foodWindow: `${HALL}三楼商事登记区32号食品经营许可窗口`,
  businessOpening: `${HALL}三楼商事登记区29—30号企业开办综合窗口`,
  transactionWindow: `${HALL}二楼不动产登记区20号房屋交易合同备案窗口`,
  realEstateTaxWindows: `${HALL}二楼不动产登记区18—19号不动产交易税费窗口`,
  invoiceWindow: `${HALL}二楼办税区26号发票领用与代开窗口`,
  socialFeeWindow: `${HALL}二楼办税区27号社保费缴纳窗口`,
  peopleGeneral: GENERAL_FOR_PEOPLE,
  businessGeneral: GENERAL_FOR_BUSINESS,
  projectsGeneral: GENERAL_FOR_PROJECTS,
  marriageHall: '栖云县婚姻登记处（凤栖街道文昌路188号政务服务中心一楼东侧）',
} as const;

function defaultLocation(dept: DepartmentKey, subjects: Subject[]): string {
  const place = DEPARTMENT_LOCATIONS[dept];
  if (place) return place;
  return subjects.includes('legal_person') ? GENERAL_FOR_BUSINESS : GENERAL_FOR_PEOPLE;
}

// ---------------------------------------------------------------------------------------------
// 服务对象
// ---------------------------------------------------------------------------------------------

export const PERSON: Subject[] = ['natural_person'];
export const ORG: Subject[] = ['legal_person'];
export const BOTH: Subject[] = ['natural_person', 'legal_person'];

// ---------------------------------------------------------------------------------------------
// 设定依据
// ---------------------------------------------------------------------------------------------

export function ref(title: string, article: string, text?: string): LegalBasis {
  return text === undefined ? { title, article } : { title, article, text };
}

export const LICENSING_LAW = '《中华人民共和国行政许可法》';
export const SI_LAW = '《中华人民共和国社会保险法》';
export const CIVIL_CODE = '《中华人民共和国民法典》';

/** 许可法 §42: the default statutory limit of 20 days every licensing item without its own falls back on. */
export const LICENSING_LAW_42 = ref(
  LICENSING_LAW,
  '第四十二条',
  '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。',
);

// ---------------------------------------------------------------------------------------------
// 申请材料
// ---------------------------------------------------------------------------------------------

export interface MaterialOptions {
  source?: MaterialSource;
  issuedBy?: string;
  forms?: MaterialForm[];
  /** Paper originals (default 1 when the forms include an original). */
  originals?: number;
  /** Paper copies (default 1 when the forms include a copy). */
  copies?: number;
  /** Not required in every case (e.g. only when an agent applies). */
  optional?: boolean;
  /** 容缺: may follow after acceptance. */
  deferrable?: boolean;
  notes?: string;
}

/** A material as the guide lists it; the applicant brings one original unless told otherwise. */
export function material(name: string, options: MaterialOptions = {}): Material {
  const source = options.source ?? 'applicant';
  const forms = options.forms ?? (source === 'e_license' ? ['electronic'] : ['original']);
  const result: Material = {
    name,
    source,
    forms,
    originalCopies: forms.includes('original') ? (options.originals ?? 1) : 0,
    copyCopies: forms.includes('copy') ? (options.copies ?? 1) : 0,
    required: !options.optional,
    deferrable: options.deferrable ?? false,
  };
  if (options.issuedBy !== undefined) result.issuedBy = options.issuedBy;
  if (options.notes !== undefined) result.notes = options.notes;
  return result;
}

/** A form the applicant fills in (申请表/申请书), available at the window and on the portal. */
export function form(name: string, notes = '可在栖云县政务服务网下载或在窗口领取，也可在线填报'): Material {
  return material(name, { notes });
}

/** A copy the applicant brings (合同、协议、证明等). */
export function copyOf(name: string, options: Omit<MaterialOptions, 'forms'> = {}): Material {
  return material(name, { ...options, forms: ['copy'] });
}

/** A document seen in the original and kept as a copy (原件核验、复印件留存). */
export function checked(name: string, options: Omit<MaterialOptions, 'forms'> = {}): Material {
  return material(name, { ...options, forms: ['original', 'copy'] });
}

/** The applicant's ID card, checked at the window or read from the e-license library. */
export function idCard(who = '申请人'): Material {
  return material(`${who}居民身份证`, {
    source: 'e_license',
    issuedBy: '公安机关',
    forms: ['original', 'electronic'],
    notes: '现场核验原件后退还；已归集电子证照的可免于提交实体证件',
  });
}

export const HOUSEHOLD_BOOK = material('居民户口簿', {
  source: 'e_license',
  issuedBy: '公安机关',
  forms: ['original', 'electronic'],
  notes: '现场核验原件后退还',
});

export const BUSINESS_LICENSE = material('营业执照', {
  source: 'e_license',
  issuedBy: '市场监督管理部门',
  notes: '通过电子证照库调取，无需提交纸质件',
});

export const PROPERTY_CERTIFICATE = material('不动产权证书（或房屋所有权证、国有土地使用证）', {
  source: 'e_license',
  issuedBy: '不动产登记机构',
  forms: ['original', 'electronic'],
  notes: '办理转移、变更、注销等登记时收回原证书',
});

export const MARRIAGE_CERTIFICATE = material('结婚证', {
  source: 'e_license',
  issuedBy: '民政部门',
  forms: ['original', 'electronic'],
});

export const SOCIAL_SECURITY_CARD = material('社会保障卡（或电子社保卡）', {
  source: 'e_license',
  issuedBy: '人力资源社会保障部门',
  forms: ['original', 'electronic'],
});

/** Only when someone applies on the applicant's behalf. */
export const POWER_OF_ATTORNEY = material('授权委托书及受托人居民身份证', {
  optional: true,
  notes: '委托他人代办的提交；本人办理的无需提交',
});

export const COMMITMENT_LETTER = form('告知承诺书', '申请人签署；选择告知承诺方式办理的提交');

// ---------------------------------------------------------------------------------------------
// 收费项目
// ---------------------------------------------------------------------------------------------

export function fee(
  name: string,
  yuan: number,
  basis: string,
  extra: { waivers?: string; notes?: string } = {},
): Fee {
  const result: Fee = { name, amountFen: Math.round(yuan * 100), basis };
  if (extra.waivers !== undefined) result.waivers = extra.waivers;
  if (extra.notes !== undefined) result.notes = extra.notes;
  return result;
}

export const REAL_ESTATE_FEE_BASIS =
  '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）';

const REAL_ESTATE_WAIVERS =
  '小微企业（含个体工商户）申请不动产登记的免收；廉租住房、公共租赁住房、经济适用住房和棚户区改造安置住房办理登记的免收；单独申请宅基地使用权登记或宅基地使用权及房屋所有权登记的只收取证书工本费';

/** 不动产登记费 as 发改价格规〔2016〕2559号 sets it: 80 yuan for housing, 550 otherwise, plus extra certificates. */
export function realEstateFees(): Fee[] {
  return [
    fee('不动产登记费（住宅类）', 80, REAL_ESTATE_FEE_BASIS, {
      waivers: REAL_ESTATE_WAIVERS,
      notes: '按件收取，含第一本不动产权属证书工本费',
    }),
    fee('不动产登记费（非住宅类）', 550, REAL_ESTATE_FEE_BASIS, {
      waivers: REAL_ESTATE_WAIVERS,
      notes: '按件收取，含第一本不动产权属证书工本费',
    }),
    fee('不动产权属证书工本费', 10, REAL_ESTATE_FEE_BASIS, {
      notes: '第一本证书免收；向一个以上不动产权利人核发权属证书的，每增加一本收取10元',
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// 办理流程
// ---------------------------------------------------------------------------------------------

export function step(name: string, role: StepRole, limitDays: number, description?: string): Step {
  return description === undefined ? { name, role, limitDays } : { name, role, limitDays, description };
}

const ACCEPT =
  '窗口人员查验申请材料，材料齐全、符合法定形式的予以受理并出具受理通知书；材料不齐全的一次性告知需要补正的全部内容';

function defaultSteps(kind: HandlingKind, promised: number | null, resultKind: ResultKind): Step[] {
  const handOver =
    resultKind === 'license'
      ? [
          step('制证', 'clerk', 0, '打印证照，同步生成电子证照'),
          step('送达', 'clerk', 0, '窗口领取或免费邮寄送达'),
        ]
      : [step('送达', 'clerk', 0, '窗口领取、免费邮寄或网上获取办理结果')];
  if (kind === 'immediate' || promised === null) {
    return [
      step('受理', 'clerk', 0, '窗口人员当场查验身份和申请材料'),
      step('审核', 'chief_representative', 0, '首席代表当场审核并作出决定'),
      step('办结', 'clerk', 0, '当场出具办理结果'),
    ];
  }
  if (kind === 'escalated') {
    const local = Math.max(1, Math.floor(promised / 3));
    return [
      step('受理', 'clerk', 0, ACCEPT),
      step('初审', 'reviewer', local, '县级审批人员审查材料，需要的组织现场核查，提出初审意见'),
      step('上报', 'chief_representative', 0, '首席代表签署意见后报上级主管部门'),
      step('上级审批', 'reviewer', promised - local, '上级主管部门审查并作出决定'),
      ...handOver,
    ];
  }
  if (kind === 'joint') {
    const review = Math.max(1, promised - 1);
    return [
      step('受理', 'clerk', 0, `${ACCEPT}，并推送各协办部门`),
      step('联合审查', 'reviewer', review, '牵头部门组织协办部门同步审查、联合踏勘或会签'),
      step('决定', 'chief_representative', promised - review, '牵头部门汇总意见后作出决定'),
      ...handOver,
    ];
  }
  const review = promised === 1 ? 1 : promised - 1;
  return [
    step('受理', 'clerk', 0, ACCEPT),
    step('审查', 'reviewer', review, '审批人员审查申请材料，需要现场核查的指派两名以上工作人员核查'),
    step(
      '决定',
      'chief_representative',
      promised - review,
      '首席代表作出准予或不予办理的决定，不予办理的说明理由',
    ),
    ...handOver,
  ];
}

// ---------------------------------------------------------------------------------------------
// 责任事项 (责任清单)
// ---------------------------------------------------------------------------------------------

const OTHER_DUTIES = '其他责任：法律法规规章文件规定应履行的其他责任。';

const RESPONSIBILITIES: Record<Category, string[]> = {
  licensing: [
    '受理责任：公示依法应当提交的材料；一次性告知补正材料；依法受理或不予受理，不予受理的书面告知理由。',
    '审查责任：对申请材料进行审查，需要实地核查的指派两名以上工作人员进行核查，提出审查意见。',
    '决定责任：在法定期限内作出准予或不予行政许可的决定，不予许可的说明理由并告知申请行政复议或提起行政诉讼的权利。',
    '送达责任：准予许可的制发许可证件，依法送达并按规定公开许可结果。',
    '事后监管责任：依法对被许可人从事行政许可事项的活动进行监督检查。',
    OTHER_DUTIES,
  ],
  confirmation: [
    '受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或不予受理并说明理由。',
    '审查责任：对申请材料的真实性、合法性进行审查，必要时进行实地查看或调查核实。',
    '决定责任：符合条件的予以确认（登记），不符合条件的作出不予确认的决定并说明理由。',
    '送达责任：制发相关证书或证明文书并依法送达，登记信息按规定归档和共享。',
    '事后监管责任：建立档案，对确认事项实施动态管理，发现登记错误的依法更正。',
    OTHER_DUTIES,
  ],
  benefit: [
    '受理责任：公示给付条件、标准和所需材料，一次性告知补正材料，依法受理或不予受理。',
    '审核责任：对申请人的资格条件进行审核，需要的开展入户调查、信息核对并按规定公示。',
    '决定责任：作出给付或不予给付的决定，不予给付的书面说明理由。',
    '发放责任：按规定标准和时间足额发放，不得截留、挤占、挪用。',
    '事后监管责任：对给付对象实施动态管理，定期复核，条件变化的及时调整或停止给付。',
    OTHER_DUTIES,
  ],
  levy: [
    '受理责任：公示征收依据、标准和程序，受理缴纳义务人的申报。',
    '审核责任：审核申报资料，依法核定应缴数额。',
    '征收责任：按法定标准和程序征收，开具合法票据，依法办理减免缓。',
    '事后监管责任：对缴纳情况进行检查，依法追缴少缴、漏缴款项。',
    OTHER_DUTIES,
  ],
  other_power: [
    '受理责任：公示应当提交的材料，一次性告知补正材料，依法受理或不予受理。',
    '审查责任：对申请材料进行审查，必要时进行现场核查，提出审查意见。',
    '决定责任：依法作出决定，不予办理的说明理由。',
    '送达责任：依法送达办理结果，按规定公开相关信息。',
    '事后监管责任：依法开展监督检查，发现问题的依法处理。',
    OTHER_DUTIES,
  ],
  adjudication: [
    '受理责任：审查裁决申请是否属于受理范围，依法受理或不予受理并说明理由。',
    '审理责任：通知当事人答辩，调查取证，组织调解，必要时举行听证。',
    '裁决责任：依法作出裁决，制作裁决书，载明事实、理由、依据和救济途径。',
    '送达责任：依法将裁决书送达当事人。',
    '执行责任：监督当事人履行裁决，依法申请强制执行。',
    OTHER_DUTIES,
  ],
  reward: [
    '受理责任：公布奖励条件、标准和程序，受理申报或推荐。',
    '审核责任：对申报材料进行审核，组织评审并按规定公示。',
    '决定责任：依法作出奖励决定，不予奖励的说明理由。',
    '兑现责任：按规定发放奖金、证书，及时兑现奖励。',
    OTHER_DUTIES,
  ],
  inspection: [
    '检查责任：依法制定检查计划，两名以上执法人员出示证件实施检查，如实记录检查情况。',
    '处置责任：对检查发现的问题依法责令整改或移交处理。',
    '信息公开责任：依法公开检查结果。',
    OTHER_DUTIES,
  ],
  penalty: [
    '立案责任：对发现的违法行为依法立案。',
    '调查责任：全面、客观、公正地调查取证。',
    '审查责任：审查案件事实、证据、依据和处罚意见。',
    '告知责任：告知当事人拟处罚的事实、理由、依据和陈述申辩、听证的权利。',
    '决定责任：依法作出处罚决定并送达。',
    '执行责任：监督当事人履行处罚决定。',
    OTHER_DUTIES,
  ],
  coercion: [
    '催告责任：依法书面催告当事人履行义务。',
    '决定责任：依法作出行政强制决定并送达。',
    '执行责任：依法实施强制措施或强制执行。',
    OTHER_DUTIES,
  ],
  public_service: [],
};

const DEFAULT_RESULT_KINDS: Record<Category, ResultKind> = {
  licensing: 'license',
  penalty: 'approval_document',
  coercion: 'approval_document',
  levy: 'certificate',
  benefit: 'other',
  inspection: 'other',
  confirmation: 'certificate',
  reward: 'certificate',
  adjudication: 'approval_document',
  other_power: 'approval_document',
  public_service: 'other',
};

// ---------------------------------------------------------------------------------------------
// The item itself
// ---------------------------------------------------------------------------------------------

export interface ItemSpec {
  dept: DepartmentKey;
  /** Three-digit serial within the department; with the department it makes the implementation code. */
  no: number;
  name: string;
  /** 基本编码; derived from department, category and serial when omitted. */
  basicCode?: string;
  category: Category;
  /** 行使层级, default 4 (县级). */
  level?: number;
  basis: LegalBasis[];
  conditions: string[];
  subjects: Subject[];
  materials: Material[];
  fees?: Fee[];
  /** [statutory, promised] in working days; a null promised limit makes an immediate item (即办件). */
  limits: [number, number | null];
  /** For items with a promised limit: 承诺件 unless escalated (上报件) or joint (联办件). */
  kind?: 'promised' | 'escalated' | 'joint';
  /** Highest 网上办理深度 reached; depths 1..n are offered. */
  online?: number;
  visits?: 0 | 1 | 2;
  visitReason?: string;
  channels?: Channel[];
  steps?: Step[];
  result: string;
  resultKind?: ResultKind;
  eLicense?: boolean;
  delivery?: DeliveryOption[];
  commitment?: boolean;
  location?: string;
  responsibilities?: string[];
  faq?: Array<[question: string, answer: string]>;
  themes?: ThemeCode[];
  keywords?: string[];
  hot?: number;
  warning?: ItemContent['warning'];
}

/** An item spec for a family helper that presets the keys `K`: callers may still override them. */
export type Preset<K extends keyof ItemSpec> = Omit<ItemSpec, K> & Partial<Pick<ItemSpec, K>>;

const DEPARTMENT_INDEX = new Map(DEMO_DEPARTMENTS.map((d, index) => [d.key, index + 1]));
const DEPARTMENT_PHONES = new Map(DEMO_DEPARTMENTS.map((d) => [d.key, d.phone]));

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function implementationCode(dept: DepartmentKey, no: number): string {
  return `${COUNTY_PREFIX}-${DEPARTMENT_CODES[dept]}-${pad(no, 3)}`;
}

const DEFAULT_VISIT_REASON = '需到窗口核验申请人身份及材料原件；办理结果可选择免费邮寄';

export function item(spec: ItemSpec): DemoItem {
  const promised = spec.limits[1];
  const handlingKind: HandlingKind = promised === null ? 'immediate' : (spec.kind ?? 'promised');
  const resultKind = spec.resultKind ?? DEFAULT_RESULT_KINDS[spec.category];
  const eLicense = spec.eLicense ?? false;
  const visits = spec.visits ?? 1;
  const depth = spec.online ?? (visits === 0 ? (eLicense ? 7 : 6) : visits === 1 ? 4 : 3);
  const channels: Channel[] =
    spec.channels ??
    (visits === 0 ? ['online', 'mobile', 'window'] : visits === 1 ? ['window', 'online'] : ['window']);
  const delivery: DeliveryOption[] =
    spec.delivery ?? (eLicense ? ['window', 'post', 'online'] : ['window', 'post']);
  const phone = DEPARTMENT_PHONES.get(spec.dept);
  if (phone === undefined) throw new Error(`Unknown demo department: ${spec.dept}`);

  const content: ItemContent = {
    name: spec.name,
    basicCode:
      spec.basicCode ??
      `000${pad(DEPARTMENT_INDEX.get(spec.dept) ?? 0, 2)}${CATEGORY_CODES[spec.category]}${pad(spec.no, 3)}00`,
    category: spec.category,
    exerciseLevel: spec.level ?? 4,
    legalBasis: spec.basis,
    conditions: spec.conditions,
    subjects: spec.subjects,
    materials: spec.materials,
    fees: spec.fees ?? [],
    statutoryLimitDays: spec.limits[0],
    promisedLimitDays: promised,
    handlingKind,
    onlineDepth: Array.from({ length: depth }, (_, i) => i + 1),
    visitsRequired: visits,
    channels,
    steps: spec.steps ?? defaultSteps(handlingKind, promised, resultKind),
    result: { name: spec.result, kind: resultKind, issuesELicense: eLicense },
    delivery,
    commitmentBased: spec.commitment ?? false,
    location: (spec.location ?? defaultLocation(spec.dept, spec.subjects)) + HOURS,
    consultationPhone: phone,
    complaintPhone: COMPLAINT_PHONE,
    responsibilities: spec.responsibilities ?? RESPONSIBILITIES[spec.category],
    faq: (spec.faq ?? []).map(([question, answer]) => ({ question, answer })),
    themes: spec.themes ?? [],
    keywords: spec.keywords ?? [],
    warning: spec.warning ?? DEFAULT_WARNING,
  };
  if (visits > 0) content.visitReason = spec.visitReason ?? DEFAULT_VISIT_REASON;

  // Items share material and basis constants; each gets its own copy, so no consumer can alter another item.
  const demo: DemoItem = {
    implementationCode: implementationCode(spec.dept, spec.no),
    departmentKey: spec.dept,
    content: structuredClone(content),
  };
  if (spec.hot !== undefined) demo.hotRank = spec.hot;
  return demo;
}
