import {
  BUSINESS_LICENSE,
  HOUSEHOLD_BOOK,
  LICENSING_LAW_42,
  MARRIAGE_CERTIFICATE,
  ORG,
  PERSON,
  PLACES,
  POWER_OF_ATTORNEY,
  copyOf,
  fee,
  form,
  idCard,
  item,
  material,
  ref,
  step,
  type DemoItem,
  type Preset,
} from './builders.ts';

/** 栖云县公安局: 户籍、居民身份证、出入境、车驾管 and 治安 licences. */

const ID_CARD_LAW = '《中华人民共和国居民身份证法》';
const HOUSEHOLD_RULES = '《中华人民共和国户口登记条例》';
const ROAD_SAFETY_LAW = '《中华人民共和国道路交通安全法》';
const ID_CARD_FEE_BASIS =
  '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';
const TRAFFIC_FEE_BASIS =
  '《国家发展改革委 财政部关于公安交通管理收费标准及有关问题的通知》（发改价格〔2004〕2831号）';
const EXIT_FEE_BASIS =
  '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）';
const ID_CARD_WAIVERS =
  '城市中领取最低生活保障金的居民、农村中有特殊生活困难的居民，初次申请领取和换领居民身份证时免收工本费；其他生活确有困难的居民可以减收';

const ID_12 = ref(
  ID_CARD_LAW,
  '第十二条',
  '公民申请领取、换领、补领居民身份证，公安机关应当按照规定及时予以办理。公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证；交通不便的地区，办理时间可以适当延长，但延长的时间不得超过三十日。',
);

const ID_CARD_STEPS = [
  step('受理', 'clerk', 0, '核验户籍信息，现场采集人像、指纹信息，填写《居民身份证申领登记表》'),
  step('审核签发', 'reviewer', 2, '县公安局户政部门审核并签发'),
  step('制证', 'reviewer', 6, '省公安厅居民身份证制证中心制作证件'),
  step('发放', 'clerk', 2, '窗口领取或免费邮寄送达，领取新证时交回原证'),
];

function idCardItem(spec: Preset<'dept' | 'category' | 'result'>): DemoItem {
  return item({
    dept: 'police',
    category: 'confirmation',
    result: '居民身份证',
    resultKind: 'license',
    eLicense: true,
    location: PLACES.idCardWindow,
    visitReason: '需本人到场采集人像和指纹信息',
    online: 3,
    steps: ID_CARD_STEPS,
    ...spec,
  });
}

const idCardItems: DemoItem[] = [
  idCardItem({
    no: 1,
    name: '居民身份证换领',
    hot: 2,
    subjects: PERSON,
    limits: [60, 10],
    basis: [
      ref(
        ID_CARD_LAW,
        '第十一条',
        '国家决定换发新一代居民身份证、居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，公民应当换领新证；居民身份证登记项目出现错误的，公安机关应当及时更正，换发新证；领取新证时，必须交回原证。',
      ),
      ID_12,
    ],
    conditions: [
      '居民身份证有效期满或即将期满（有效期满前三个月内）',
      '姓名等登记项目变更、更正，或证件严重损坏不能辨认',
    ],
    materials: [
      HOUSEHOLD_BOOK,
      material('原居民身份证', { notes: '领取新证时交回' }),
      material('登记项目变更、更正的证明材料', { optional: true, notes: '因登记项目变更、更正换领的提交' }),
    ],
    fees: [
      fee('居民身份证工本费（有效期满换领）', 20, ID_CARD_FEE_BASIS, { waivers: ID_CARD_WAIVERS }),
      fee('居民身份证工本费（损坏换领）', 40, ID_CARD_FEE_BASIS, {
        notes: '证件损坏申请换领的按每证40元收取',
      }),
    ],
    themes: ['household_registration'],
    keywords: ['换身份证', '身份证到期', '身份证过期', '身份证换证', '二代证'],
    faq: [
      [
        '可以在栖云县换领外地户口的身份证吗？',
        '可以。居民身份证换领、补领已实现全国通办，非本县户籍人员可持户口簿到11号窗口办理。',
      ],
      ['等新证期间急用怎么办？', '可同时申领临时居民身份证，当场办理，工本费10元，有效期3个月。'],
      ['身份证有效期怎么确定？', '16至25周岁10年，26至45周岁20年，46周岁以上长期有效；未满16周岁的为5年。'],
    ],
  }),
  idCardItem({
    no: 2,
    name: '居民身份证首次申领',
    subjects: PERSON,
    limits: [60, 10],
    basis: [
      ref(
        ID_CARD_LAW,
        '第七条',
        '公民应当自年满十六周岁之日起三个月内，向常住户口所在地的公安机关申请领取居民身份证。未满十六周岁的公民，由监护人代为申请领取居民身份证。',
      ),
      ref(ID_CARD_LAW, '第十条', '申请领取居民身份证，应当填写《居民身份证申领登记表》，交验居民户口簿。'),
      ID_12,
    ],
    conditions: [
      '年满十六周岁的中国公民应当申领；未满十六周岁的可以由监护人代为申领',
      '在栖云县登记常住户口',
    ],
    materials: [
      HOUSEHOLD_BOOK,
      { ...idCard('监护人'), required: false, notes: '未满十六周岁由监护人代为申请的提交' },
      material('出生医学证明', { optional: true, notes: '未满十六周岁申领的提交' }),
    ],
    fees: [fee('居民身份证工本费', 20, ID_CARD_FEE_BASIS, { waivers: ID_CARD_WAIVERS })],
    themes: ['household_registration', 'schooling'],
    keywords: ['办身份证', '第一次办身份证', '小孩办身份证'],
  }),
  idCardItem({
    no: 3,
    name: '居民身份证补领',
    subjects: PERSON,
    limits: [60, 10],
    basis: [ref(ID_CARD_LAW, '第十一条', '居民身份证丢失的，应当申请补领。'), ID_12],
    conditions: ['居民身份证丢失'],
    materials: [HOUSEHOLD_BOOK],
    fees: [fee('居民身份证工本费（丢失补领）', 40, ID_CARD_FEE_BASIS)],
    themes: ['household_registration'],
    keywords: ['身份证丢了', '补办身份证', '身份证遗失'],
  }),
  item({
    dept: 'police',
    no: 4,
    name: '临时居民身份证申领',
    category: 'confirmation',
    subjects: PERSON,
    limits: [3, null],
    result: '临时居民身份证',
    resultKind: 'license',
    location: PLACES.idCardWindow,
    visitReason: '需本人到场采集人像',
    basis: [
      ref(
        ID_CARD_LAW,
        '第十二条',
        '公民在申请领取、换领、补领居民身份证期间，急需使用居民身份证的，可以申请领取临时居民身份证，公安机关应当按照规定及时予以办理。',
      ),
      ref('《临时居民身份证管理办法》', '第四条'),
    ],
    conditions: ['正在申请领取、换领、补领居民身份证，急需使用'],
    materials: [HOUSEHOLD_BOOK, material('居民身份证申领回执')],
    fees: [fee('临时居民身份证工本费', 10, ID_CARD_FEE_BASIS)],
    themes: ['household_registration'],
    keywords: ['临时身份证', '坐火车身份证'],
  }),
];

function householdItem(spec: Preset<'dept' | 'category' | 'result'>): DemoItem {
  return item({
    dept: 'police',
    category: 'confirmation',
    result: '居民户口簿（户口登记）',
    resultKind: 'certificate',
    location: PLACES.householdWindows,
    ...spec,
  });
}

const householdItems: DemoItem[] = [
  householdItem({
    no: 5,
    name: '出生登记',
    hot: 7,
    subjects: PERSON,
    limits: [3, null],
    visits: 0,
    online: 6,
    basis: [
      ref(
        HOUSEHOLD_RULES,
        '第七条',
        '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。',
      ),
      ref('《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）', '二'),
    ],
    conditions: ['新生儿在国内出生，已取得《出生医学证明》', '随父或随母在栖云县登记常住户口'],
    materials: [
      material('出生医学证明', {
        source: 'e_license',
        issuedBy: '助产医疗机构',
        forms: ['original', 'electronic'],
      }),
      HOUSEHOLD_BOOK,
      idCard('父母双方'),
      { ...MARRIAGE_CERTIFICATE, required: false, notes: '父母已办理结婚登记的提交；非婚生育的不影响落户' },
    ],
    themes: ['newborn', 'household_registration'],
    keywords: ['上户口', '新生儿落户', '宝宝上户口', '出生落户', '报户口'],
    faq: [
      [
        '新生儿上户口可以不跑窗口吗？',
        '可以。通过“出生一件事”一次申请，出生医学证明、户口登记、医保参保、社保卡申领联办，户口簿首页和新生儿页免费邮寄到家。',
      ],
      ['超过一个月才申报出生登记怎么办？', '仍可办理，须说明逾期原因，窗口核实后予以登记。'],
    ],
  }),
  householdItem({
    no: 6,
    name: '死亡注销户口',
    subjects: PERSON,
    limits: [3, null],
    result: '户口注销证明',
    basis: [
      ref(
        HOUSEHOLD_RULES,
        '第八条',
        '公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口。',
      ),
    ],
    conditions: ['公民死亡，由户主、亲属、抚养人或者邻居申报'],
    materials: [
      material('居民死亡医学证明（推断）书', { source: 'government', issuedBy: '医疗卫生机构' }),
      HOUSEHOLD_BOOK,
      idCard('申报人'),
      material('死者居民身份证', { optional: true, notes: '应当交回；遗失的说明情况' }),
    ],
    themes: ['funeral', 'household_registration'],
    keywords: ['销户', '死亡销户', '注销户口', '身后事'],
  }),
  householdItem({
    no: 7,
    name: '户口迁移登记（省内迁入）',
    subjects: PERSON,
    limits: [20, 3],
    visits: 1,
    basis: [
      ref(
        HOUSEHOLD_RULES,
        '第十三条',
        '公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。',
      ),
      ref('《岚江省户籍管理规定》', '第十二条'),
    ],
    conditions: [
      '在栖云县有合法稳定住所（含租赁），或合法稳定就业，或投靠直系亲属',
      '符合岚江省户口迁移政策',
    ],
    materials: [
      HOUSEHOLD_BOOK,
      idCard('迁移人'),
      copyOf('合法稳定住所证明', { notes: '不动产权证书、购房合同或经备案的房屋租赁合同' }),
      copyOf('就业证明或亲属关系证明', { optional: true, notes: '按就业、投靠等不同情形提交' }),
    ],
    themes: ['household_registration', 'housing'],
    keywords: ['户口迁移', '迁户口', '落户', '买房落户', '投靠落户'],
    faq: [
      [
        '省内迁户口需要回原籍开准迁证吗？',
        '不需要。省内户口迁移实行“一站式”办理，在迁入地窗口申请即可，迁出手续由公安机关内部流转。',
      ],
    ],
  }),
  householdItem({
    no: 8,
    name: '户口迁移登记（跨省迁入）',
    subjects: PERSON,
    limits: [20, 10],
    kind: 'joint',
    basis: [ref(HOUSEHOLD_RULES, '第十条'), ref(HOUSEHOLD_RULES, '第十三条')],
    conditions: ['符合栖云县落户条件', '夫妻投靠、父母投靠子女、工作调动、大中专院校毕业生等跨省迁入情形'],
    materials: [
      HOUSEHOLD_BOOK,
      idCard('迁移人'),
      material('符合落户条件的证明材料', { notes: '如结婚证、亲属关系证明、劳动合同、毕业证书等' }),
    ],
    themes: ['household_registration'],
    keywords: ['跨省迁户口', '外省落户', '户口迁移'],
  }),
  householdItem({
    no: 9,
    name: '户口登记项目变更更正',
    subjects: PERSON,
    limits: [20, 5],
    basis: [
      ref(
        HOUSEHOLD_RULES,
        '第十七条',
        '户口登记的内容需要变更或者更正的时候，由户主或者本人向户口登记机关申报；户口登记机关审查属实后予以变更或者更正。',
      ),
    ],
    conditions: ['姓名、出生日期、民族、文化程度、婚姻状况等户口登记项目需要变更或确有错误'],
    materials: [
      HOUSEHOLD_BOOK,
      idCard('本人'),
      material('变更更正的证明材料', { notes: '如出生医学证明、原始档案、婚姻证件等' }),
    ],
    themes: ['household_registration'],
    keywords: ['改名字', '改出生日期', '更正户口', '户口本信息错误'],
  }),
  householdItem({
    no: 10,
    name: '立户、分户登记',
    subjects: PERSON,
    limits: [20, 3],
    basis: [
      ref(HOUSEHOLD_RULES, '第五条', '户口登记以户为单位。同主管人共同居住一处的立为一户，以主管人为户主。'),
    ],
    conditions: ['在栖云县有合法固定住所', '已婚或年满十八周岁、符合分户条件'],
    materials: [HOUSEHOLD_BOOK, idCard('申请人'), copyOf('合法固定住所证明')],
    themes: ['household_registration', 'housing'],
    keywords: ['分户', '立户', '单独立户'],
  }),
  householdItem({
    no: 11,
    name: '户籍类证明出具',
    category: 'public_service',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    result: '户籍证明',
    basis: [ref('《公安部关于进一步规范派出所证明的通知》', '二')],
    conditions: ['本人或近亲属因办理相关事务确需户籍信息证明，且无法通过信息共享核验'],
    materials: [idCard('申请人'), material('需要开具证明的事由说明', { optional: true })],
    themes: ['household_registration'],
    keywords: ['户籍证明', '亲属关系证明', '注销户口证明'],
  }),
  item({
    dept: 'police',
    no: 12,
    name: '居住证申领',
    category: 'confirmation',
    subjects: PERSON,
    limits: [15, 7],
    result: '居住证',
    resultKind: 'license',
    location: PLACES.householdWindows,
    visitReason: '需本人到场采集人像',
    basis: [
      ref(
        '《居住证暂行条例》',
        '第二条',
        '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。',
      ),
      ref('《居住证暂行条例》', '第九条'),
    ],
    conditions: ['非本县户籍，在栖云县居住半年以上', '有合法稳定就业、合法稳定住所或连续就读三者之一'],
    materials: [
      idCard('申请人'),
      copyOf('合法稳定就业、住所或就读证明'),
      material('近期一寸白底证件照', { notes: '可现场采集' }),
    ],
    themes: ['household_registration', 'schooling'],
    keywords: ['居住证', '暂住证', '外地人办证'],
    faq: [['首次申领居住证收费吗？', '首次申领免收证件工本费。']],
  }),
];

function exitEntryItem(spec: Preset<'dept' | 'category' | 'subjects' | 'limits'>): DemoItem {
  return item({
    dept: 'police',
    category: 'licensing',
    subjects: PERSON,
    limits: [15, 7],
    location: PLACES.exitEntryWindows,
    visitReason: '首次申请或需采集指纹、人像的须本人到场',
    eLicense: false,
    ...spec,
  });
}

const exitEntryItems: DemoItem[] = [
  exitEntryItem({
    no: 13,
    name: '普通护照签发',
    result: '中华人民共和国普通护照',
    basis: [
      ref(
        '《中华人民共和国护照法》',
        '第五条',
        '公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，由本人向户籍所在地的县级以上地方人民政府公安机关出入境管理机构申请普通护照。',
      ),
      ref(
        '《中华人民共和国护照法》',
        '第六条',
        '公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照；对不符合规定不予签发的，应当书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。',
      ),
    ],
    conditions: ['中国公民因私出国', '不存在护照法第十三条规定的不予签发情形'],
    materials: [
      form('中国公民出入境证件申请表'),
      idCard('申请人'),
      material('出入境证件相片', { notes: '可现场免费采集' }),
    ],
    fees: [fee('普通护照', 120, EXIT_FEE_BASIS, { notes: '每本' })],
    themes: ['travel_abroad'],
    keywords: ['办护照', '护照', '出国'],
  }),
  exitEntryItem({
    no: 14,
    name: '往来港澳通行证及签注签发',
    result: '往来港澳通行证及签注',
    basis: [ref('《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', '第三条'), LICENSING_LAW_42],
    conditions: ['内地居民因私前往香港、澳门'],
    materials: [form('中国公民出入境证件申请表'), idCard('申请人')],
    fees: [
      fee('往来港澳通行证', 60, EXIT_FEE_BASIS, { notes: '电子通行证每证' }),
      fee('往来港澳签注（一次有效）', 15, EXIT_FEE_BASIS, { notes: '二次有效30元' }),
    ],
    themes: ['travel_abroad'],
    keywords: ['港澳通行证', '去香港', '去澳门', '港澳签注'],
  }),
  exitEntryItem({
    no: 15,
    name: '往来港澳签注（再次签注）',
    limits: [15, 1],
    visits: 0,
    channels: ['kiosk', 'online', 'mobile', 'window'],
    result: '往来港澳签注',
    basis: [ref('《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', '第三条')],
    conditions: ['持有有效电子往来港澳通行证'],
    materials: [material('有效电子往来港澳通行证')],
    fees: [fee('往来港澳签注（一次有效）', 15, EXIT_FEE_BASIS, { notes: '二次有效30元' })],
    themes: ['travel_abroad'],
    keywords: ['续签', '港澳再签注', '自助签注'],
  }),
  exitEntryItem({
    no: 16,
    name: '往来台湾通行证及签注签发',
    result: '往来台湾通行证及签注',
    basis: [ref('《中国公民往来台湾地区管理办法》', '第五条')],
    conditions: ['大陆居民因私前往台湾地区'],
    materials: [form('中国公民出入境证件申请表'), idCard('申请人')],
    fees: [
      fee('往来台湾通行证', 60, EXIT_FEE_BASIS, { notes: '电子通行证每证' }),
      fee('赴台签注（一次有效）', 15, EXIT_FEE_BASIS),
    ],
    themes: ['travel_abroad'],
    keywords: ['台湾通行证', '去台湾', '赴台'],
  }),
];

const vehicleItems: DemoItem[] = [
  item({
    dept: 'police',
    no: 17,
    name: '机动车驾驶证换证（有效期满）',
    category: 'licensing',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'window'],
    result: '机动车驾驶证',
    eLicense: true,
    location: PLACES.vehicleWindow,
    basis: [
      ref(ROAD_SAFETY_LAW, '第十九条', '驾驶机动车，应当依法取得机动车驾驶证。'),
      ref('《机动车驾驶证申领和使用规定》（公安部令第162号）', '第七十条'),
    ],
    conditions: ['驾驶证有效期满前九十日内申请', '身体条件符合驾驶许可条件'],
    materials: [
      idCard('驾驶人'),
      material('机动车驾驶人身体条件证明', {
        source: 'government',
        issuedBy: '医疗机构',
        notes: '医疗机构已联网的无需提交纸质件',
      }),
      material('驾驶证相片', { forms: ['electronic'], notes: '可在“交管12123”上传' }),
    ],
    fees: [fee('机动车驾驶证工本费', 10, TRAFFIC_FEE_BASIS)],
    themes: ['driving_vehicles'],
    keywords: ['驾照换证', '驾驶证到期', '换驾照'],
  }),
  item({
    dept: 'police',
    no: 18,
    name: '机动车驾驶证补证',
    category: 'licensing',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'window'],
    result: '机动车驾驶证',
    eLicense: true,
    location: PLACES.vehicleWindow,
    basis: [ref('《机动车驾驶证申领和使用规定》（公安部令第162号）', '第七十四条')],
    conditions: ['机动车驾驶证遗失'],
    materials: [idCard('驾驶人')],
    fees: [fee('机动车驾驶证工本费', 10, TRAFFIC_FEE_BASIS)],
    themes: ['driving_vehicles'],
    keywords: ['驾照丢了', '补办驾照', '驾驶证遗失'],
  }),
  item({
    dept: 'police',
    no: 19,
    name: '机动车注册登记',
    category: 'confirmation',
    subjects: [...PERSON, ...ORG],
    limits: [5, 1],
    result: '机动车登记证书、号牌、行驶证',
    resultKind: 'license',
    location: PLACES.vehicleWindow,
    visitReason: '需交验机动车',
    basis: [
      ref(
        ROAD_SAFETY_LAW,
        '第八条',
        '国家对机动车实行登记制度。机动车经公安机关交通管理部门登记后，方可上道路行驶。',
      ),
      ref(
        ROAD_SAFETY_LAW,
        '第九条',
        '公安机关交通管理部门应当自受理申请之日起五个工作日内完成机动车登记审查工作，对符合前款规定条件的，应当发放机动车登记证书、号牌和行驶证。',
      ),
    ],
    conditions: ['机动车来历合法，已办理交通事故责任强制保险', '已缴纳车辆购置税或依法免征', '新车查验合格'],
    materials: [
      idCard('机动车所有人'),
      material('机动车来历证明（购车发票）'),
      material('机动车整车出厂合格证明或进口凭证'),
      material('车辆购置税完税证明或免税凭证', {
        source: 'government',
        issuedBy: '税务机关',
        notes: '已联网核查的免于提交',
      }),
      material('机动车交通事故责任强制保险凭证', { notes: '已联网核查的免于提交' }),
    ],
    fees: [
      fee('机动车号牌工本费（汽车）', 100, TRAFFIC_FEE_BASIS, { notes: '每副；摩托车号牌每副35元' }),
      fee('机动车行驶证工本费', 10, TRAFFIC_FEE_BASIS),
    ],
    themes: ['driving_vehicles'],
    keywords: ['新车上牌', '上牌照', '买车上牌', '机动车登记'],
  }),
  item({
    dept: 'police',
    no: 20,
    name: '机动车转移登记',
    category: 'confirmation',
    subjects: [...PERSON, ...ORG],
    limits: [5, null],
    result: '机动车登记证书（转移登记记载）、行驶证',
    resultKind: 'license',
    location: PLACES.vehicleWindow,
    visitReason: '需交验机动车',
    basis: [ref(ROAD_SAFETY_LAW, '第十二条'), ref('《机动车登记规定》（公安部令第164号）', '第二十五条')],
    conditions: ['机动车所有权转让，已在检验有效期内且无未处理的交通违法和事故'],
    materials: [
      idCard('现机动车所有人'),
      material('机动车所有权转移的证明、凭证', { notes: '二手车销售统一发票或法院、仲裁等法律文书' }),
      material('机动车登记证书'),
      material('机动车行驶证'),
    ],
    fees: [fee('机动车行驶证工本费', 10, TRAFFIC_FEE_BASIS)],
    themes: ['driving_vehicles'],
    keywords: ['车辆过户', '二手车过户', '车过户'],
  }),
  item({
    dept: 'police',
    no: 21,
    name: '机动车检验合格标志核发',
    category: 'licensing',
    subjects: [...PERSON, ...ORG],
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'window'],
    delivery: ['online'],
    result: '机动车检验合格标志（电子）',
    eLicense: true,
    location: PLACES.vehicleWindow,
    basis: [
      ref(
        ROAD_SAFETY_LAW,
        '第十三条',
        '对登记后上道路行驶的机动车，应当依照法律、行政法规的规定，根据车辆用途、载客载货数量、使用年限等不同情况，定期进行安全技术检验。',
      ),
    ],
    conditions: ['机动车在检验有效期内经安全技术检验合格，或符合免检条件', '交通违法和事故已处理完毕'],
    materials: [material('机动车交通事故责任强制保险凭证', { forms: ['electronic'], notes: '系统联网核查' })],
    themes: ['driving_vehicles'],
    keywords: ['年检', '六年免检', '检验标志', '年审'],
  }),
  item({
    dept: 'police',
    no: 22,
    name: '机动车抵押登记',
    category: 'confirmation',
    subjects: [...PERSON, ...ORG],
    limits: [5, null],
    result: '机动车登记证书（抵押登记记载）',
    location: PLACES.vehicleWindow,
    basis: [
      ref('《中华人民共和国民法典》', '第四百零三条'),
      ref('《机动车登记规定》（公安部令第164号）', '第三十四条'),
    ],
    conditions: ['机动车所有人将机动车作为抵押物抵押，已签订抵押合同'],
    materials: [
      idCard('机动车所有人'),
      material('机动车登记证书'),
      material('抵押合同'),
      idCard('抵押权人经办人'),
    ],
    themes: ['driving_vehicles'],
    keywords: ['车辆抵押', '车贷抵押', '解押'],
  }),
];

const publicOrderItems: DemoItem[] = [
  item({
    dept: 'police',
    no: 23,
    name: '公章刻制备案',
    category: 'other_power',
    subjects: ORG,
    limits: [1, null],
    visits: 0,
    result: '印章刻制备案信息',
    location: PLACES.businessOpening,
    basis: [
      ref('《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）', '附件'),
      ref('《印铸刻字业暂行管理规则》', '第四条'),
    ],
    conditions: ['经营主体已依法登记', '通过企业开办“一件事”平台或公章刻制业务信息系统申请'],
    materials: [BUSINESS_LICENSE, idCard('法定代表人')],
    themes: ['business_opening'],
    keywords: ['刻章', '公章', '免费刻章', '刻公章'],
    faq: [
      [
        '新开办企业刻章要钱吗？',
        '栖云县为新开办企业免费刻制首套印章（公章、财务专用章、发票专用章等），费用由县财政承担。',
      ],
    ],
  }),
  item({
    dept: 'police',
    no: 24,
    name: '旅馆业特种行业许可',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 10],
    result: '特种行业许可证',
    basis: [
      ref(
        '《旅馆业治安管理办法》',
        '第四条',
        '申请开办旅馆，应经主管部门审查批准，经当地公安机关签发特种行业许可证后，向工商行政管理部门申请登记，领取营业执照后，方准开业。',
      ),
      LICENSING_LAW_42,
    ],
    conditions: [
      '房屋建筑、消防设备、出入口和通道等符合消防安全要求',
      '已安装旅馆业治安管理信息系统和视频监控',
    ],
    materials: [
      form('特种行业许可证申请表'),
      BUSINESS_LICENSE,
      copyOf('经营场所产权证明或租赁合同'),
      material('旅馆平面图及安全防范设施说明'),
      idCard('法定代表人（负责人）'),
    ],
    themes: ['operating_permits'],
    keywords: ['开宾馆', '旅馆许可', '民宿', '特行许可'],
  }),
  item({
    dept: 'police',
    no: 25,
    name: '大型群众性活动安全许可',
    category: 'licensing',
    subjects: ORG,
    limits: [7, 5],
    result: '大型群众性活动安全许可决定书',
    resultKind: 'approval_document',
    basis: [
      ref('《大型群众性活动安全管理条例》', '第十一条', '公安机关对大型群众性活动实行安全许可制度。'),
      ref(
        '《大型群众性活动安全管理条例》',
        '第十三条',
        '对受理的申请，应当自受理之日起7日内进行审查，对活动场所进行查验，对符合安全条件的，做出许可的决定；对不符合安全条件的，做出不予许可的决定，并书面说明理由。',
      ),
    ],
    conditions: ['预计参加人数1000人以上、5000人以下的大型群众性活动', '活动开始20日前提出申请'],
    materials: [
      form('大型群众性活动安全许可申请表'),
      idCard('承办者负责人'),
      material('大型群众性活动安全工作方案'),
      material('活动场所管理者同意提供场所的证明'),
    ],
    keywords: ['演唱会', '大型活动', '活动审批'],
  }),
  item({
    dept: 'police',
    no: 26,
    name: '剧毒化学品购买许可',
    category: 'licensing',
    subjects: ORG,
    limits: [3, 2],
    result: '剧毒化学品购买许可证',
    basis: [
      ref(
        '《危险化学品安全管理条例》',
        '第三十九条',
        '县级人民政府公安机关应当自收到前条规定的材料之日起3日内，作出批准或者不予批准的决定。',
      ),
    ],
    conditions: ['购买单位有合法用途，不属于个人购买', '不持有危险化学品生产、经营、使用许可证的单位'],
    materials: [
      form('剧毒化学品购买许可证申请表'),
      BUSINESS_LICENSE,
      material('购买剧毒化学品用途的说明'),
      idCard('经办人'),
    ],
    keywords: ['剧毒化学品', '危化品购买'],
  }),
  item({
    dept: 'police',
    no: 27,
    name: '烟花爆竹道路运输许可',
    category: 'licensing',
    subjects: ORG,
    limits: [3, 1],
    result: '烟花爆竹道路运输许可证',
    basis: [
      ref(
        '《烟花爆竹安全管理条例》',
        '第二十二条',
        '经由道路运输烟花爆竹的，托运人应当向运达地县级人民政府公安部门提出申请。',
      ),
      ref(
        '《烟花爆竹安全管理条例》',
        '第二十三条',
        '受理申请的公安部门应当自受理申请之日起3日内对提交的有关材料进行审查。',
      ),
    ],
    conditions: ['承运人具有危险货物运输资质', '驾驶员、押运员具有危险货物运输从业资格'],
    materials: [
      form('烟花爆竹道路运输许可证申请表'),
      copyOf('承运人从事危险货物运输的资质证明'),
      copyOf('驾驶员、押运员从业资格证明'),
      material('烟花爆竹购销合同'),
    ],
    keywords: ['烟花运输', '鞭炮运输'],
  }),
  item({
    dept: 'police',
    no: 28,
    name: '无犯罪记录证明出具',
    category: 'public_service',
    subjects: PERSON,
    limits: [3, 1],
    visits: 0,
    result: '无犯罪记录证明',
    resultKind: 'certificate',
    eLicense: true,
    location: PLACES.householdWindows,
    basis: [ref('《公安机关办理无犯罪记录证明工作规定》', '第五条')],
    conditions: ['中国公民、在中国境内居留的外国人和无国籍人为本人申请'],
    materials: [idCard('申请人'), POWER_OF_ATTORNEY],
    themes: ['employment'],
    keywords: ['无犯罪证明', '无犯罪记录', '政审'],
  }),
];

export const POLICE_ITEMS: DemoItem[] = [
  ...idCardItems,
  ...householdItems,
  ...exitEntryItems,
  ...vehicleItems,
  ...publicOrderItems,
];
