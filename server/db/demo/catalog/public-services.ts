import {
  BOTH,
  BUSINESS_LICENSE,
  HOUSEHOLD_BOOK,
  ORG,
  PERSON,
  POWER_OF_ATTORNEY,
  PROPERTY_CERTIFICATE,
  copyOf,
  fee,
  form,
  idCard,
  item,
  material,
  ref,
  step,
  type DemoItem,
  type ItemSpec,
} from './builders.ts';
import type { ThemeCode } from './themes.ts';

/*
 * Public services: 公证处, 司法局 (法律援助), 教育局, 档案馆, 行政审批局 (帮办代办), 财政局, and the
 * utilities stationed in the hall (供电、供水、燃气、邮政).
 */

// ---------------------------------------------------------------------------------------------
// 岚江省栖云县公证处
// ---------------------------------------------------------------------------------------------

const NOTARY_LAW = '《中华人民共和国公证法》';
const NOTARY_FEE_BASIS = '《岚江省发展和改革委员会 岚江省司法厅关于公证服务收费标准的通知》';
const NOTARY_30 = ref(
  NOTARY_LAW,
  '第三十条',
  '公证机构经审查，认为申请提供的证明材料真实、合法、充分，申请公证的事项真实、合法的，应当自受理公证申请之日起十五个工作日内向当事人出具公证书。但是，因不可抗力、补充证明材料或者需要核实有关情况的，所需时间不计算在期限内。',
);
const NOTARY_WAIVERS =
  '符合法律援助条件的当事人、最低生活保障对象、特困人员申办与其切身利益相关的公证事项的，减免公证费';

interface NotarySpec {
  no: number;
  name: string;
  /** 公证费 in yuan, per case unless the notes say otherwise. */
  yuan: number;
  feeNotes?: string;
  promised: number;
  conditions: string[];
  materials: ItemSpec['materials'];
  themes: ThemeCode[];
  keywords: string[];
}

function notary(spec: NotarySpec): DemoItem {
  return item({
    dept: 'notary',
    no: spec.no,
    name: spec.name,
    category: 'public_service',
    subjects: PERSON,
    limits: [15, spec.promised],
    result: '公证书',
    resultKind: 'certificate',
    visitReason: '当事人须到公证处接受询问并签署笔录',
    location: '岚江省栖云县公证处（政务服务中心一楼1—2号综合受理窗口代收）',
    basis: [ref(NOTARY_LAW, '第十一条'), NOTARY_30],
    conditions: spec.conditions,
    materials: [form('公证申请表'), idCard('申请人'), ...spec.materials, POWER_OF_ATTORNEY],
    fees: [
      fee('公证费', spec.yuan, NOTARY_FEE_BASIS, {
        notes: spec.feeNotes ?? '每件；需要译文的另收翻译费',
        waivers: NOTARY_WAIVERS,
      }),
    ],
    themes: [...spec.themes, 'legal_services'],
    keywords: spec.keywords,
  });
}

const notaryItems: DemoItem[] = [
  notary({
    no: 1,
    name: '出生公证',
    yuan: 100,
    promised: 5,
    conditions: ['申请人出生在国内，需要在境外使用出生证明'],
    materials: [HOUSEHOLD_BOOK, material('出生医学证明或户籍档案记载', { forms: ['original', 'copy'] })],
    themes: ['travel_abroad'],
    keywords: ['出生公证', '出国公证'],
  }),
  notary({
    no: 2,
    name: '亲属关系公证',
    yuan: 100,
    promised: 5,
    conditions: ['申请人需要证明与他人的亲属关系'],
    materials: [
      HOUSEHOLD_BOOK,
      material('证明亲属关系的材料', { notes: '户口簿、出生医学证明、档案记载或公安机关出具的证明' }),
    ],
    themes: ['travel_abroad', 'funeral'],
    keywords: ['亲属关系公证', '亲属证明'],
  }),
  notary({
    no: 3,
    name: '学历、学位公证',
    yuan: 100,
    promised: 3,
    conditions: ['申请人持有国内院校颁发的学历、学位证书，需要在境外使用'],
    materials: [copyOf('毕业证书、学位证书', { notes: '核验原件' })],
    themes: ['schooling', 'travel_abroad'],
    keywords: ['学历公证', '毕业证公证', '留学公证'],
  }),
  notary({
    no: 4,
    name: '无犯罪记录公证',
    yuan: 100,
    promised: 3,
    conditions: ['申请人已取得公安机关出具的无犯罪记录证明'],
    materials: [material('无犯罪记录证明', { source: 'government', issuedBy: '公安机关' })],
    themes: ['travel_abroad', 'employment'],
    keywords: ['无犯罪公证', '签证公证'],
  }),
  notary({
    no: 5,
    name: '婚姻状况公证',
    yuan: 100,
    promised: 3,
    conditions: ['申请人需要证明本人未婚、已婚、离婚或丧偶状况'],
    materials: [
      material('婚姻状况证明材料', { notes: '结婚证、离婚证、配偶死亡证明或婚姻登记记录查询结果' }),
    ],
    themes: ['marriage_family', 'travel_abroad'],
    keywords: ['未婚公证', '婚姻公证', '单身证明'],
  }),
  notary({
    no: 6,
    name: '委托公证',
    yuan: 200,
    promised: 1,
    conditions: ['委托人具有完全民事行为能力，亲自到场签署委托书'],
    materials: [
      material('委托书', { notes: '可在公证处现场拟定' }),
      material('与委托事项有关的财产凭证', { optional: true }),
    ],
    themes: ['housing'],
    keywords: ['委托书公证', '代卖房委托', '授权公证'],
  }),
  notary({
    no: 7,
    name: '继承公证',
    yuan: 1500,
    feeNotes: '按继承标的额分段累计收取，此处为一般住宅的常见金额，具体以核定为准',
    promised: 10,
    conditions: ['被继承人已死亡，全体继承人对继承事项无争议', '遗产权属清楚'],
    materials: [
      material('被继承人死亡证明', { source: 'government', issuedBy: '医疗机构或公安机关' }),
      material('继承人与被继承人的亲属关系证明'),
      PROPERTY_CERTIFICATE,
      material('放弃继承声明书', { optional: true, notes: '有继承人放弃继承的提交' }),
    ],
    themes: ['funeral', 'housing'],
    keywords: ['继承公证', '遗产公证', '房产继承'],
  }),
  notary({
    no: 8,
    name: '遗嘱公证',
    yuan: 500,
    promised: 5,
    conditions: ['遗嘱人具有完全民事行为能力，亲自到场', '遗嘱处分的财产为遗嘱人个人所有'],
    materials: [material('遗嘱涉及的财产凭证'), material('遗嘱草稿', { optional: true })],
    themes: ['retirement'],
    keywords: ['遗嘱公证', '立遗嘱'],
  }),
  notary({
    no: 9,
    name: '保全证据公证',
    yuan: 1000,
    feeNotes: '按件及保全时长收取，此处为常见金额，具体以核定为准',
    promised: 5,
    conditions: ['证据可能灭失或者以后难以取得，需要公证机构保全'],
    materials: [material('需保全证据的情况说明及相关材料')],
    themes: [],
    keywords: ['证据保全', '网页公证', '取证公证'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县司法局
// ---------------------------------------------------------------------------------------------

const LEGAL_AID_LAW = '《中华人民共和国法律援助法》';

const justiceItems: DemoItem[] = [
  item({
    dept: 'justice',
    no: 1,
    name: '法律援助申请',
    category: 'public_service',
    subjects: PERSON,
    limits: [7, 3],
    result: '给予（不予）法律援助决定书',
    resultKind: 'approval_document',
    themes: ['legal_services', 'social_assistance'],
    basis: [
      ref(LEGAL_AID_LAW, '第三十一条'),
      ref(
        LEGAL_AID_LAW,
        '第四十三条',
        '法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定。',
      ),
    ],
    conditions: [
      '经济困难或属于免予核查经济困难状况的情形',
      '申请事项属于法律援助范围，如请求支付劳动报酬、给予社会保险待遇、请求给付赡养费抚养费等',
    ],
    materials: [
      form('法律援助申请表'),
      idCard('申请人'),
      material('经济困难状况说明表', { notes: '低保、特困等人员免于提交' }),
      material('与所申请法律援助事项有关的材料'),
    ],
    keywords: ['法律援助', '免费律师', '打官司没钱'],
    faq: [
      ['农民工讨薪可以申请法律援助吗？', '可以。农民工请求支付劳动报酬或工伤赔偿的，不受经济困难条件限制。'],
    ],
  }),
  item({
    dept: 'justice',
    no: 2,
    name: '人民调解申请',
    category: 'public_service',
    subjects: PERSON,
    limits: [30, 15],
    result: '人民调解协议书',
    resultKind: 'other',
    themes: ['legal_services'],
    basis: [
      ref(
        '《中华人民共和国人民调解法》',
        '第十七条',
        '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。',
      ),
    ],
    conditions: ['当事人之间发生民间纠纷，自愿申请调解'],
    materials: [idCard('申请人'), material('纠纷情况说明及相关证据', { optional: true })],
    keywords: ['调解', '邻里纠纷', '家庭纠纷'],
  }),
  item({
    dept: 'justice',
    no: 3,
    name: '公共法律服务咨询',
    category: 'public_service',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    channels: ['window', 'online', 'mobile'],
    delivery: ['window', 'online'],
    result: '法律咨询解答',
    themes: ['legal_services'],
    basis: [],
    conditions: ['群众和企业咨询法律问题'],
    materials: [material('咨询事项相关材料', { optional: true })],
    keywords: ['法律咨询', '免费咨询律师', '12348'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县教育局
// ---------------------------------------------------------------------------------------------

const COMPULSORY_EDUCATION_LAW = '《中华人民共和国义务教育法》';

const educationItems: DemoItem[] = [
  item({
    dept: 'education',
    no: 1,
    name: '义务教育阶段入学报名',
    category: 'public_service',
    subjects: PERSON,
    limits: [20, 15],
    visits: 0,
    result: '入学学校分配结果',
    themes: ['schooling', 'newborn'],
    basis: [
      ref(
        COMPULSORY_EDUCATION_LAW,
        '第十二条',
        '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。',
      ),
    ],
    conditions: ['适龄儿童（当年8月31日前年满6周岁）或小学毕业生', '户籍或居住证在学区范围内'],
    materials: [
      HOUSEHOLD_BOOK,
      material('房屋产权证明或租赁备案证明', {
        source: 'e_license',
        issuedBy: '不动产登记机构或住房和城乡建设部门',
      }),
      material('居住证', {
        optional: true,
        source: 'e_license',
        issuedBy: '公安机关',
        notes: '随迁子女提交',
      }),
    ],
    keywords: ['小学报名', '入学', '上学', '划片', '初中入学'],
    faq: [
      [
        '随迁子女怎么入学？',
        '父母一方持有栖云县居住证的，在居住地学区报名，由教育局统筹安排到公办学校就读。',
      ],
    ],
  }),
  item({
    dept: 'education',
    no: 2,
    name: '教师资格认定',
    category: 'licensing',
    subjects: PERSON,
    limits: [30, 20],
    result: '教师资格证书',
    eLicense: true,
    themes: ['schooling', 'employment'],
    basis: [
      ref('《中华人民共和国教师法》', '第十三条', '中小学教师资格由县级以上地方人民政府教育行政部门认定。'),
      ref('《教师资格条例》', '第十三条'),
    ],
    conditions: [
      '具备教师法规定的学历或通过国家教师资格考试',
      '普通话水平达到国家规定的标准',
      '身体条件符合要求，思想品德良好',
    ],
    materials: [
      form('教师资格认定申请表'),
      idCard('申请人'),
      material('学历证书', { forms: ['electronic'], notes: '学信网联网核验' }),
      material('普通话水平测试等级证书', { forms: ['electronic'] }),
      material('体检合格证明'),
    ],
    keywords: ['教师资格证', '认定教师资格', '教资'],
  }),
  item({
    dept: 'education',
    no: 3,
    name: '民办幼儿园设立审批',
    category: 'licensing',
    subjects: BOTH,
    limits: [90, 30],
    result: '民办学校办学许可证',
    warning: { daysLeft: 5, fractionLeft: 0.2 },
    themes: ['schooling', 'operating_permits'],
    basis: [
      ref('《中华人民共和国民办教育促进法》', '第十二条'),
      ref('《中华人民共和国民办教育促进法》', '第十八条'),
    ],
    conditions: [
      '符合学前教育布局规划',
      '有符合规定的园舍、户外活动场地和设施设备',
      '有具备相应资格的园长、教师、保育员和卫生保健人员',
    ],
    materials: [
      form('民办幼儿园设立申请书'),
      material('举办者资格证明'),
      material('园舍产权证明或租赁合同'),
      material('资产及经费来源证明'),
      material('幼儿园章程和教职工名册'),
    ],
    keywords: ['办幼儿园', '民办幼儿园', '办学许可证'],
  }),
  item({
    dept: 'education',
    no: 4,
    name: '家庭经济困难学生资助',
    category: 'benefit',
    subjects: PERSON,
    limits: [30, 20],
    result: '学生资助认定及发放结果',
    themes: ['schooling', 'social_assistance'],
    basis: [ref('《学生资助资金管理办法》（财教〔2021〕310号）', '第二章')],
    conditions: ['在栖云县学校就读的家庭经济困难学生', '经学校认定为家庭经济困难学生'],
    materials: [
      form('家庭经济困难学生认定申请表'),
      material('家庭经济困难情况说明', { notes: '低保、特困、残疾等已共享的免于提交' }),
    ],
    keywords: ['助学金', '学生资助', '贫困生'],
  }),
  item({
    dept: 'education',
    no: 5,
    name: '适龄儿童、少年延缓入学或休学审批',
    category: 'other_power',
    subjects: PERSON,
    limits: [20, 10],
    result: '延缓入学（休学）审批意见',
    resultKind: 'approval_document',
    themes: ['schooling'],
    basis: [
      ref(
        COMPULSORY_EDUCATION_LAW,
        '第十一条',
        '适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母或者其他法定监护人应当提出申请，由当地乡镇人民政府或者县级人民政府教育行政部门批准。',
      ),
    ],
    conditions: ['适龄儿童、少年因身体状况需要延缓入学或休学'],
    materials: [form('延缓入学（休学）申请表'), idCard('监护人'), material('县级以上医疗机构诊断证明')],
    keywords: ['延缓入学', '休学', '缓学'],
  }),
  item({
    dept: 'education',
    no: 6,
    name: '义务教育阶段学生转学',
    category: 'public_service',
    subjects: PERSON,
    limits: [15, 5],
    visits: 0,
    result: '转学审核结果',
    themes: ['schooling'],
    basis: [ref('《中小学生学籍管理办法》', '第十五条')],
    conditions: ['学生因户籍迁移、随父母工作调动等原因需要转学', '转入学校有学位'],
    materials: [form('学生转学申请表'), HOUSEHOLD_BOOK, material('转入学校接收证明')],
    keywords: ['转学', '插班'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县档案馆, 栖云县行政审批局, 栖云县财政局
// ---------------------------------------------------------------------------------------------

const ARCHIVES_LAW = '《中华人民共和国档案法》';

const centerItems: DemoItem[] = [
  item({
    dept: 'archives',
    no: 1,
    name: '民生档案查询利用',
    category: 'public_service',
    subjects: BOTH,
    limits: [1, null],
    result: '档案证明（复制件加盖档案证明章）',
    resultKind: 'certificate',
    themes: ['retirement', 'marriage_family'],
    basis: [ref(ARCHIVES_LAW, '第二十八条'), ref(ARCHIVES_LAW, '第三十条')],
    conditions: ['查询婚姻、招工、知青、学籍、土地等民生档案', '本人或持授权委托的人员查询'],
    materials: [idCard('查询人'), POWER_OF_ATTORNEY],
    keywords: ['查档案', '婚姻档案', '招工档案', '知青档案'],
  }),
  item({
    dept: 'archives',
    no: 2,
    name: '民生档案跨馆出证',
    category: 'public_service',
    subjects: PERSON,
    limits: [10, 5],
    visits: 0,
    result: '档案证明（电子）',
    resultKind: 'certificate',
    themes: ['retirement'],
    basis: [ref(ARCHIVES_LAW, '第三十二条')],
    conditions: ['所需档案保存在其他县（市、区）档案馆'],
    materials: [idCard('查询人'), form('跨馆查档申请表')],
    keywords: ['异地查档', '跨馆出证'],
  }),
  item({
    dept: 'approval',
    no: 1,
    name: '企业开办和工程建设项目帮办代办服务',
    category: 'public_service',
    subjects: BOTH,
    limits: [5, 3],
    result: '帮办代办服务记录',
    themes: ['business_opening', 'construction_project'],
    basis: [ref('《优化营商环境条例》', '第三十八条')],
    conditions: ['需要帮办代办的企业、投资项目和老年人、残疾人等特殊群体'],
    materials: [form('帮办代办委托书', '申请人签署委托事项和范围')],
    steps: [
      step('对接', 'agent', 0, '代办员一对一对接，一次性梳理需办理的事项和材料'),
      step('代办', 'agent', 3, '代办员代为申报、跟踪各审批环节'),
      step('交付', 'clerk', 0, '统一出件，办理结果送达申请人'),
    ],
    keywords: ['帮办', '代办', '免费代办', '项目代办'],
  }),
  item({
    dept: 'approval',
    no: 2,
    name: '“办不成事”反映',
    category: 'public_service',
    subjects: BOTH,
    limits: [5, 3],
    visits: 0,
    channels: ['window', 'online', 'mobile'],
    delivery: ['window', 'online'],
    result: '问题协调办理结果',
    themes: ['business_opening'],
    basis: [
      ref(
        '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）',
        '三',
      ),
    ],
    conditions: ['在办事过程中遇到无法办理、办理不畅等问题'],
    materials: [material('问题情况说明', { optional: true })],
    keywords: ['办不成事', '投诉', '反映问题'],
  }),
  item({
    dept: 'approval',
    no: 3,
    name: '惠企政策兑现申请',
    category: 'public_service',
    subjects: ORG,
    limits: [20, 10],
    visits: 0,
    result: '政策兑现结果',
    themes: ['hiring'],
    basis: [ref('《优化营商环境条例》', '第三十五条')],
    conditions: ['符合栖云县惠企政策清单所列条件的企业'],
    materials: [BUSINESS_LICENSE, form('惠企政策兑现申请表'), material('符合政策条件的证明材料')],
    keywords: ['惠企政策', '政策兑现', '企业补贴', '免申即享'],
  }),
  item({
    dept: 'finance',
    no: 1,
    name: '代理记账资格审批',
    category: 'licensing',
    subjects: ORG,
    limits: [10, 5],
    result: '代理记账许可证书',
    eLicense: true,
    themes: ['operating_permits'],
    basis: [
      ref('《中华人民共和国会计法》', '第三十六条'),
      ref('《代理记账管理办法》（财政部令第98号）', '第三条'),
    ],
    conditions: [
      '为依法设立的企业',
      '专职从业人员不少于3名',
      '主管代理记账业务的负责人具有会计师以上专业技术职务资格或者从事会计工作不少于三年',
      '有健全的代理记账业务内部规范',
    ],
    materials: [
      form('代理记账资格申请表'),
      BUSINESS_LICENSE,
      material('专职从业人员和负责人的相关证明'),
      material('代理记账业务内部规范'),
    ],
    keywords: ['代理记账', '财务公司', '记账许可'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 供电、供水、燃气、邮政
// ---------------------------------------------------------------------------------------------

const BUSINESS_ENVIRONMENT_25 = ref(
  '《优化营商环境条例》',
  '第二十五条',
  '供水、供电、供气、供热等公用企事业单位应当向社会公开服务标准、资费标准等信息，为市场主体提供安全、便捷、稳定和价格合理的服务，不得强迫市场主体接受不合理的服务条件，不得以任何名义收取不合理费用。',
);
const POWER_RULES = ref('《供电营业规则》（国家发展改革委令2024年第14号）', '第二章');

function utility(spec: Omit<ItemSpec, 'category'>): DemoItem {
  return item({ category: 'public_service', ...spec });
}

const utilityItems: DemoItem[] = [
  utility({
    dept: 'power',
    no: 1,
    name: '低压居民用电新装',
    subjects: PERSON,
    limits: [5, 2],
    visits: 0,
    result: '装表接电',
    basis: [BUSINESS_ENVIRONMENT_25, POWER_RULES],
    conditions: ['用电地址具备供电条件', '用电人为房屋产权人或合法使用人'],
    materials: [idCard('用电人'), PROPERTY_CERTIFICATE],
    themes: ['housing'],
    keywords: ['装电表', '用电报装', '新房通电'],
  }),
  utility({
    dept: 'power',
    no: 2,
    name: '低压非居民用电报装',
    subjects: ORG,
    limits: [15, 5],
    visits: 0,
    result: '装表接电',
    basis: [BUSINESS_ENVIRONMENT_25, POWER_RULES],
    conditions: ['用电地址具备低压供电条件', '报装容量在160千瓦及以下'],
    materials: [BUSINESS_LICENSE, copyOf('用电地址产权证明或租赁合同')],
    themes: ['business_opening', 'construction_project'],
    keywords: ['企业用电', '商铺用电', '用电报装', '获得电力'],
  }),
  utility({
    dept: 'power',
    no: 3,
    name: '用电过户',
    subjects: BOTH,
    limits: [5, 1],
    visits: 0,
    result: '用电户名变更',
    basis: [POWER_RULES],
    conditions: ['房屋所有权已转移，原户已结清电费'],
    materials: [idCard('新用电人'), PROPERTY_CERTIFICATE],
    themes: ['housing'],
    keywords: ['电过户', '电表过户', '水电气过户'],
  }),
  utility({
    dept: 'water_supply',
    no: 1,
    name: '用水报装',
    subjects: BOTH,
    limits: [10, 5],
    visits: 0,
    result: '装表通水',
    basis: [BUSINESS_ENVIRONMENT_25, ref('《城市供水条例》', '第二十二条')],
    conditions: ['用水地址在供水管网覆盖范围内'],
    materials: [idCard('申请人（或经办人）'), copyOf('用水地址产权证明或租赁合同')],
    themes: ['business_opening', 'construction_project'],
    keywords: ['装水表', '用水报装', '获得用水'],
  }),
  utility({
    dept: 'water_supply',
    no: 2,
    name: '用水过户',
    subjects: BOTH,
    limits: [5, 1],
    visits: 0,
    result: '用水户名变更',
    basis: [BUSINESS_ENVIRONMENT_25],
    conditions: ['房屋所有权已转移，原户已结清水费'],
    materials: [idCard('新用水人'), PROPERTY_CERTIFICATE],
    themes: ['housing'],
    keywords: ['水过户', '水表过户'],
  }),
  utility({
    dept: 'gas',
    no: 1,
    name: '居民燃气开户',
    subjects: PERSON,
    limits: [10, 5],
    result: '燃气开户通气',
    visitReason: '需入户安全检查和点火通气',
    basis: [BUSINESS_ENVIRONMENT_25, ref('《城镇燃气管理条例》', '第十七条')],
    conditions: ['用气地址在燃气管网覆盖范围内，户内燃气设施已安装'],
    materials: [idCard('用气人'), PROPERTY_CERTIFICATE],
    themes: ['housing'],
    keywords: ['开通燃气', '天然气开户', '通气'],
  }),
  utility({
    dept: 'gas',
    no: 2,
    name: '燃气过户',
    subjects: BOTH,
    limits: [5, 1],
    visits: 0,
    result: '用气户名变更',
    basis: [BUSINESS_ENVIRONMENT_25],
    conditions: ['房屋所有权已转移，原户已结清燃气费'],
    materials: [idCard('新用气人'), PROPERTY_CERTIFICATE],
    themes: ['housing'],
    keywords: ['燃气过户', '天然气过户'],
  }),
  utility({
    dept: 'gas',
    no: 3,
    name: '非居民用气报装',
    subjects: ORG,
    limits: [15, 10],
    result: '用气报装通气',
    visitReason: '需现场勘察和通气验收',
    basis: [BUSINESS_ENVIRONMENT_25],
    conditions: ['用气地址在燃气管网覆盖范围内'],
    materials: [BUSINESS_LICENSE, copyOf('用气地址产权证明或租赁合同'), material('用气设备清单')],
    themes: ['business_opening', 'construction_project'],
    keywords: ['商业用气', '餐馆燃气', '获得用气'],
  }),
  utility({
    dept: 'post',
    no: 1,
    name: '政务服务办理结果免费寄递',
    subjects: BOTH,
    limits: [3, null],
    visits: 0,
    channels: ['window', 'online', 'mobile'],
    delivery: ['post'],
    result: '办理结果寄递（快递单号）',
    location: '栖云县政务服务中心一楼EMS政务寄递服务台',
    basis: [],
    conditions: ['在政务服务中心办理的事项，申请人选择邮寄送达办理结果'],
    materials: [material('收件地址和联系电话', { forms: ['electronic'] })],
    themes: [],
    keywords: ['邮寄证件', '免费邮寄', 'EMS'],
  }),
];

export const PUBLIC_SERVICE_ITEMS: DemoItem[] = [
  ...notaryItems,
  ...justiceItems,
  ...educationItems,
  ...centerItems,
  ...utilityItems,
];
