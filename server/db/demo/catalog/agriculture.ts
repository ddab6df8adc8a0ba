import {
  BUSINESS_LICENSE,
  BOTH,
  HOUSEHOLD_BOOK,
  LICENSING_LAW_42,
  ORG,
  PERSON,
  checked,
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

/** 农业农村、林业、水利: the three departments the township centers receive for at one window. */

const ANIMAL_LAW = '《中华人民共和国动物防疫法》';
const FARM_MACHINERY_RULES = '《农业机械安全监督管理条例》';
const FISHERY_LAW = '《中华人民共和国渔业法》';
const FOREST_LAW = '《中华人民共和国森林法》';
const WATER_LAW = '《中华人民共和国水法》';
const SOIL_LAW = '《中华人民共和国水土保持法》';
const RIVER_RULES = '《中华人民共和国河道管理条例》';

function agriculture(spec: Omit<ItemSpec, 'dept'>): DemoItem {
  return item({ dept: 'agriculture', ...spec });
}

const agricultureItems: DemoItem[] = [
  agriculture({
    no: 1,
    name: '农药经营许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '农药经营许可证',
    eLicense: true,
    themes: ['operating_permits', 'farming'],
    basis: [
      ref(
        '《农药管理条例》',
        '第二十四条',
        '国家实行农药经营许可制度，但经营卫生用农药的除外。农药经营者应当具备下列条件，并按照国务院农业主管部门的规定向县级以上地方人民政府农业主管部门申请农药经营许可证。',
      ),
      ref(
        '《农药管理条例》',
        '第二十五条',
        '县级以上地方人民政府农业主管部门应当自受理申请之日起20日内作出审批决定。',
      ),
    ],
    conditions: [
      '有具备农药和病虫害防治专业知识、熟悉农药管理规定的经营人员',
      '有与所经营农药相适应的营业场所、设备、仓储设施、安全防护措施和环境污染防治设施',
      '有农药采购、销售、安全防护等管理制度和岗位操作规程',
    ],
    materials: [
      form('农药经营许可证申请表'),
      BUSINESS_LICENSE,
      copyOf('经营人员农药相关专业学历或培训证明'),
      material('营业场所和仓储场所地址、面积、平面图及产权或租赁证明'),
      material('农药经营管理制度和岗位操作规程'),
    ],
    keywords: ['农药店', '卖农药', '农药许可证'],
  }),
  agriculture({
    no: 2,
    name: '兽药经营许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [30, 15],
    result: '兽药经营许可证',
    eLicense: true,
    themes: ['operating_permits', 'farming'],
    basis: [ref('《兽药管理条例》', '第二十二条'), ref('《兽药经营质量管理规范》', '第二条')],
    conditions: [
      '有与所经营的兽药相适应的兽药技术人员',
      '有与所经营的兽药相适应的营业场所、设备、仓库设施',
      '有与所经营的兽药相适应的质量管理机构或者人员',
    ],
    materials: [
      form('兽药经营许可证申请表'),
      BUSINESS_LICENSE,
      copyOf('兽药技术人员学历或职称证明'),
      material('营业场所、仓库平面图及设施设备清单'),
      material('质量管理制度文件'),
    ],
    keywords: ['兽药店', '兽药许可证'],
  }),
  agriculture({
    no: 3,
    name: '动物防疫条件合格证核发',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '动物防疫条件合格证',
    eLicense: true,
    themes: ['operating_permits', 'farming'],
    basis: [
      ref(ANIMAL_LAW, '第二十四条'),
      ref(ANIMAL_LAW, '第二十五条'),
      ref('《动物防疫条件审查办法》（农业农村部令2022年第8号）', '第二十一条'),
    ],
    conditions: [
      '场所的位置与居民生活区、生活饮用水水源地、学校、医院等公共场所的距离符合国务院农业农村主管部门的规定',
      '有与其规模相适应的污水、污物处理设施，病死动物、病害动物产品无害化处理设施设备或者冷藏冷冻设施设备',
      '有完善的隔离消毒、购销台账、日常巡查等动物防疫制度',
    ],
    materials: [
      form('动物防疫条件审查申请表'),
      material('场所地理位置图、各功能区布局平面图'),
      material('设施设备清单'),
      material('管理制度文本'),
      material('人员信息'),
    ],
    keywords: ['养殖场', '动物防疫合格证', '屠宰场', '养猪场'],
  }),
  agriculture({
    no: 4,
    name: '动物诊疗许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '动物诊疗许可证',
    eLicense: true,
    themes: ['operating_permits'],
    basis: [
      ref(ANIMAL_LAW, '第六十一条'),
      ref(ANIMAL_LAW, '第六十二条'),
      ref('《动物诊疗机构管理办法》（农业农村部令2022年第5号）', '第十条'),
    ],
    conditions: [
      '有与动物诊疗活动相适应并符合动物防疫条件的场所',
      '有与动物诊疗活动相适应的执业兽医',
      '有与动物诊疗活动相适应的兽医器械和设备',
      '有完善的管理制度',
    ],
    materials: [
      form('动物诊疗许可证申请表'),
      material('诊疗场所地理方位图、室内平面图和各功能区布局图'),
      copyOf('诊疗场所使用权证明'),
      checked('执业兽医资格证书'),
      material('设施设备清单和管理制度'),
    ],
    keywords: ['宠物医院', '兽医院', '动物诊所'],
  }),
  agriculture({
    no: 5,
    name: '种畜禽生产经营许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 15],
    result: '种畜禽生产经营许可证',
    themes: ['operating_permits', 'farming'],
    basis: [ref('《中华人民共和国畜牧法》', '第二十四条'), LICENSING_LAW_42],
    conditions: [
      '生产经营的种畜禽是通过国家畜禽遗传资源委员会审定或者鉴定的品种、配套系，或者是经批准引进的境外品种、配套系',
      '有与生产经营规模相适应的畜牧兽医技术人员、繁育设施设备',
    ],
    materials: [
      form('种畜禽生产经营许可证申请表'),
      material('种畜禽来源证明'),
      material('技术人员及设施设备情况说明'),
      material('动物防疫条件合格证', { source: 'e_license', issuedBy: '农业农村部门' }),
    ],
    keywords: ['种猪', '种鸡', '种畜禽'],
  }),
  agriculture({
    no: 6,
    name: '农作物种子经营备案',
    category: 'other_power',
    subjects: BOTH,
    limits: [5, null],
    visits: 0,
    result: '种子经营备案回执',
    resultKind: 'certificate',
    themes: ['operating_permits', 'farming'],
    basis: [
      ref('《中华人民共和国种子法》', '第三十八条'),
      ref('《农作物种子生产经营许可管理办法》', '第三十二条'),
    ],
    conditions: ['专门经营不再分装的包装种子，或受种子生产经营者书面委托代销其种子'],
    materials: [
      form('种子经营备案表'),
      BUSINESS_LICENSE,
      material('委托代销合同或种子来源证明', { optional: true }),
    ],
    keywords: ['种子店', '卖种子', '种子备案'],
  }),
  agriculture({
    no: 7,
    name: '拖拉机和联合收割机登记',
    category: 'confirmation',
    subjects: BOTH,
    limits: [5, 2],
    result: '拖拉机和联合收割机登记证书、号牌、行驶证',
    resultKind: 'license',
    visitReason: '需交验机具',
    themes: ['driving_vehicles', 'farming'],
    basis: [
      ref(
        FARM_MACHINERY_RULES,
        '第二十一条',
        '拖拉机、联合收割机投入使用前，其所有人应当按照国务院农业机械化主管部门的规定，持本人身份证明和机具来源证明，向所在地县级人民政府农业机械化主管部门申请登记。',
      ),
    ],
    conditions: ['机具来历合法，经安全技术检验合格'],
    materials: [
      form('拖拉机和联合收割机注册登记申请表'),
      idCard('所有人'),
      material('机具来源证明（购机发票）'),
      material('整机出厂合格证明'),
    ],
    keywords: ['拖拉机上牌', '收割机登记', '农机上牌'],
  }),
  agriculture({
    no: 8,
    name: '拖拉机和联合收割机驾驶证核发',
    category: 'licensing',
    subjects: PERSON,
    limits: [2, 1],
    result: '拖拉机和联合收割机驾驶证',
    themes: ['driving_vehicles', 'farming'],
    basis: [
      ref(
        FARM_MACHINERY_RULES,
        '第二十二条',
        '拖拉机、联合收割机操作人员经过培训后，应当按照国务院农业机械化主管部门的规定，参加县级人民政府农业机械化主管部门组织的考试。考试合格的，农业机械化主管部门应当在2个工作日内核发相应的操作证件。',
      ),
    ],
    conditions: ['年龄、身体条件符合规定', '经培训并考试合格'],
    materials: [
      form('拖拉机和联合收割机驾驶证申请表'),
      idCard('申请人'),
      material('县级或者部队团级以上医疗机构出具的身体条件证明'),
    ],
    keywords: ['拖拉机驾驶证', '农机驾照'],
  }),
  agriculture({
    no: 9,
    name: '农村宅基地审批',
    category: 'licensing',
    level: 5,
    subjects: PERSON,
    limits: [20, 15],
    kind: 'joint',
    result: '农村宅基地批准书、乡村建设规划许可证',
    location: '户籍所在地乡镇（街道）便民服务中心农业农村综合窗口',
    themes: ['farming', 'housing'],
    steps: [
      step('受理', 'clerk', 0, '村级组织审查后报乡镇便民服务中心统一受理'),
      step('联合审查', 'reviewer', 10, '农业农村、自然资源等部门联合审查、实地踏勘'),
      step('审批', 'chief_representative', 5, '乡镇人民政府审核批准，同步核发乡村建设规划许可证'),
      step('送达', 'clerk', 0, '统一出件'),
    ],
    basis: [
      ref(
        '《中华人民共和国土地管理法》',
        '第六十二条',
        '农村村民一户只能拥有一处宅基地，其宅基地的面积不得超过省、自治区、直辖市规定的标准。……农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。',
      ),
      ref('《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）', '二'),
    ],
    conditions: [
      '本集体经济组织成员，一户一宅',
      '符合国土空间规划（村庄规划）和用途管制要求',
      '经村民小组会议讨论通过并公示无异议',
    ],
    materials: [
      form('农村宅基地和建房（规划许可）申请表'),
      idCard('申请人'),
      HOUSEHOLD_BOOK,
      material('农村宅基地使用承诺书'),
      material('村民小组会议记录及公示材料', { source: 'government', issuedBy: '村民委员会' }),
    ],
    keywords: ['宅基地', '农村建房', '盖房子', '批地建房'],
  }),
  agriculture({
    no: 10,
    name: '渔业捕捞许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '渔业捕捞许可证',
    themes: ['farming', 'operating_permits'],
    basis: [ref(FISHERY_LAW, '第二十三条', '国家对捕捞业实行捕捞许可证制度。'), LICENSING_LAW_42],
    conditions: ['有渔业船舶检验证书和渔业船舶登记证书', '符合国家规定的其他条件'],
    materials: [form('渔业捕捞许可证申请书'), idCard('申请人'), material('渔业船舶检验证书、登记证书')],
    keywords: ['捕捞证', '打鱼', '渔船'],
  }),
  agriculture({
    no: 11,
    name: '水产苗种生产许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '水产苗种生产许可证',
    themes: ['farming', 'operating_permits'],
    basis: [ref(FISHERY_LAW, '第十六条'), ref('《水产苗种管理办法》', '第十一条')],
    conditions: [
      '有固定的生产场地，水源充足，水质符合渔业用水标准',
      '用于繁殖的亲本来源于原、良种场，质量符合种质标准',
      '有与水产苗种生产和质量检验相适应的专业技术人员',
    ],
    materials: [
      form('水产苗种生产申请表'),
      material('生产场地使用证明'),
      material('亲本来源证明'),
      material('技术人员资格证明'),
    ],
    keywords: ['鱼苗', '苗种生产'],
  }),
  agriculture({
    no: 12,
    name: '农机购置与应用补贴',
    category: 'benefit',
    subjects: BOTH,
    limits: [30, 20],
    result: '农机购置与应用补贴兑付结果',
    themes: ['farming'],
    basis: [
      ref(
        '《中华人民共和国农业机械化促进法》',
        '第二十七条',
        '中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴。',
      ),
    ],
    conditions: ['购买纳入岚江省补贴范围的农业机械', '机具已完成核验，补贴申请在规定期限内提出'],
    materials: [
      form('农机购置补贴申请表'),
      idCard('购机者'),
      material('购机发票'),
      material('本人银行账户信息'),
    ],
    keywords: ['农机补贴', '买农机补贴'],
  }),
  agriculture({
    no: 13,
    name: '耕地地力保护补贴',
    category: 'benefit',
    subjects: PERSON,
    limits: [30, 20],
    visits: 0,
    result: '耕地地力保护补贴发放结果',
    themes: ['farming'],
    basis: [ref('《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）', '二')],
    conditions: ['拥有耕地承包权的种地农民', '耕地未撂荒、未改变用途'],
    materials: [
      material('补贴面积申报信息', {
        source: 'government',
        issuedBy: '村民委员会',
        notes: '由村级统一申报、公示，农户核对确认',
      }),
    ],
    keywords: ['种粮补贴', '地力补贴', '惠农补贴'],
  }),
];

function forestry(spec: Omit<ItemSpec, 'dept'>): DemoItem {
  return item({ dept: 'forestry', ...spec });
}

const forestryItems: DemoItem[] = [
  forestry({
    no: 1,
    name: '林木采伐许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 5],
    visits: 0,
    result: '林木采伐许可证',
    eLicense: true,
    themes: ['farming'],
    basis: [
      ref(FOREST_LAW, '第五十六条', '采伐林地上的林木应当申请采伐许可证，并按照采伐许可证的规定进行采伐。'),
      ref(
        FOREST_LAW,
        '第五十七条',
        '采伐许可证由县级以上人民政府林业主管部门核发。农村居民采伐自留山和个人承包集体林地上的林木，由县级人民政府林业主管部门或者其委托的乡镇人民政府核发采伐许可证。',
      ),
      ref(FOREST_LAW, '第五十八条'),
    ],
    conditions: [
      '采伐林木在年度采伐限额内',
      '林木权属清楚',
      '有采伐作业设计或采伐地点、面积、树种、株数、蓄积等情况说明及更新措施',
    ],
    materials: [
      form('林木采伐申请表'),
      idCard('申请人'),
      material('林权证明或林木权属证明', { source: 'e_license', issuedBy: '不动产登记机构或林业主管部门' }),
      material('伐区调查设计或采伐作业说明'),
    ],
    keywords: ['砍树', '采伐证', '伐木', '林木采伐'],
    faq: [
      [
        '自家门前的几棵树要办采伐证吗？',
        '农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。',
      ],
    ],
  }),
  forestry({
    no: 2,
    name: '建设项目使用林地审核',
    category: 'licensing',
    level: 7,
    subjects: ORG,
    limits: [20, 15],
    kind: 'escalated',
    result: '使用林地审核同意书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        FOREST_LAW,
        '第三十七条',
        '矿藏勘查、开采以及其他各类工程建设，应当不占或者少占林地；确需占用林地的，应当经县级以上人民政府林业主管部门审核同意，依法办理建设用地审批手续。',
      ),
      ref('《建设项目使用林地审核审批管理办法》', '第九条'),
    ],
    conditions: ['建设项目符合林地保护利用规划', '已编制使用林地可行性报告或现状调查表'],
    materials: [
      form('使用林地申请表'),
      material('建设项目有关批准文件'),
      material('使用林地可行性报告或林地现状调查表'),
      material('被使用林地的权属证明及补偿协议'),
    ],
    keywords: ['占用林地', '使用林地', '征占林地'],
  }),
  forestry({
    no: 3,
    name: '临时使用林地审批',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '临时使用林地审批决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        FOREST_LAW,
        '第三十八条',
        '需要临时使用林地的，应当经县级以上人民政府林业主管部门批准；临时使用林地的期限一般不超过二年，并不得在临时使用的林地上修建永久性建筑物。',
      ),
    ],
    conditions: ['因工程建设施工等需要临时使用林地', '已签订临时使用林地协议，承诺期满恢复林业生产条件'],
    materials: [
      form('临时使用林地申请表'),
      material('林地现状调查表'),
      material('临时使用林地协议及恢复植被方案'),
    ],
    keywords: ['临时用林地', '施工占林地'],
  }),
  forestry({
    no: 4,
    name: '林草种子生产经营许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 15],
    result: '林草种子生产经营许可证',
    themes: ['operating_permits', 'farming'],
    basis: [ref('《中华人民共和国种子法》', '第三十一条'), LICENSING_LAW_42],
    conditions: [
      '具有与种子生产经营相适应的生产经营设施、设备及专业技术人员',
      '林木良种生产的，有相应的良种基地',
    ],
    materials: [
      form('林草种子生产经营许可证申请表'),
      BUSINESS_LICENSE,
      material('生产经营设施设备及技术人员情况说明'),
    ],
    keywords: ['苗木', '林木种子', '苗圃'],
  }),
  forestry({
    no: 5,
    name: '森林防火期内在森林防火区野外用火审批',
    category: 'licensing',
    subjects: BOTH,
    limits: [5, 2],
    result: '野外用火许可证',
    themes: ['farming'],
    basis: [
      ref(
        '《森林防火条例》',
        '第二十五条',
        '森林防火期内，禁止在森林防火区野外用火。因防治病虫鼠害、冻害等特殊情况确需野外用火的，应当经县级人民政府批准，并按照要求采取防火措施，严防失火。',
      ),
    ],
    conditions: ['因防治病虫鼠害、冻害等特殊情况确需野外用火', '已制定用火方案和防火措施'],
    materials: [form('野外用火申请表'), idCard('申请人'), material('用火方案及安全防范措施')],
    keywords: ['烧荒', '野外用火', '炼山'],
  }),
];

const FOREST_FEE_BASIS =
  '《财政部 国家林业局关于调整森林植被恢复费征收标准引导节约集约利用林地的通知》（财税〔2015〕122号）';

const forestryExtraItems: DemoItem[] = [
  forestry({
    no: 6,
    name: '林木林地权属争议处理',
    category: 'adjudication',
    subjects: BOTH,
    limits: [60, 45],
    result: '林木林地权属争议处理决定书或调解书',
    resultKind: 'approval_document',
    warning: { daysLeft: 5, fractionLeft: 0.2 },
    themes: ['farming'],
    basis: [
      ref(
        FOREST_LAW,
        '第二十二条',
        '单位之间发生的林木、林地所有权和使用权争议，由县级以上人民政府依法处理。个人之间、个人与单位之间发生的林木所有权和林地使用权争议，由乡镇人民政府或者县级以上人民政府依法处理。',
      ),
      ref('《林木林地权属争议处理办法》', '第四条'),
    ],
    conditions: ['林木、林地所有权或使用权发生争议且协商不成', '争议未经人民法院受理'],
    materials: [form('林权争议处理申请书'), idCard('申请人'), material('林权证或其他权属证明、相关证据材料')],
    keywords: ['山林纠纷', '林权纠纷', '林地争议'],
  }),
  forestry({
    no: 7,
    name: '森林植被恢复费征收',
    category: 'levy',
    subjects: ORG,
    limits: [10, 5],
    result: '森林植被恢复费缴款通知书',
    themes: ['construction_project'],
    basis: [
      ref(
        FOREST_LAW,
        '第三十七条',
        '占用林地的单位应当缴纳森林植被恢复费。森林植被恢复费征收使用管理办法由国务院财政部门会同林业主管部门制定。',
      ),
      ref(FOREST_FEE_BASIS, '一'),
    ],
    conditions: ['经审核同意或批准占用、征收、征用林地的建设单位'],
    materials: [material('使用林地审核同意书', { source: 'government', issuedBy: '林业主管部门' })],
    fees: [
      fee('森林植被恢复费（乔木林地等）', 10, FOREST_FEE_BASIS, {
        notes:
          '按占用林地面积每平方米计收；郁闭度0.2以上的乔木林地、竹林地、苗圃地为每平方米10元，其他地类按文件标准执行',
        waivers:
          '农村居民建设自用住宅、农村集体经济组织修建乡村道路等公益事业以及符合规定的建设项目免征或减征',
      }),
    ],
    keywords: ['植被恢复费', '占用林地收费'],
  }),
];

function water(spec: Omit<ItemSpec, 'dept'>): DemoItem {
  return item({ dept: 'water', ...spec });
}

const waterItems: DemoItem[] = [
  water({
    no: 1,
    name: '取水许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [45, 20],
    result: '取水许可证（电子证照）',
    eLicense: true,
    warning: { daysLeft: 3, fractionLeft: 0.2 },
    themes: ['construction_project', 'operating_permits'],
    basis: [
      ref(WATER_LAW, '第七条', '国家对水资源依法实行取水许可制度和有偿使用制度。'),
      ref(
        WATER_LAW,
        '第四十八条',
        '直接从江河、湖泊或者地下取用水资源的单位和个人，应当按照国家取水许可制度和水资源有偿使用制度的规定，向水行政主管部门或者流域管理机构申请领取取水许可证，并缴纳水资源费，取得取水权。',
      ),
      ref('《取水许可和水资源费征收管理条例》', '第二十条'),
    ],
    conditions: ['取水符合水资源综合规划和用水总量控制指标', '已编制建设项目水资源论证报告或水资源论证表'],
    materials: [
      form('取水许可申请书'),
      material('建设项目水资源论证报告或论证表'),
      material('与第三者利害关系的相关说明', { optional: true }),
      material('取水工程竣工验收资料', { optional: true, notes: '申请核发取水许可证时提交' }),
    ],
    keywords: ['取水证', '打井', '取水许可证', '抽水'],
  }),
  water({
    no: 2,
    name: '生产建设项目水土保持方案审批',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 10],
    result: '水土保持方案批复',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        SOIL_LAW,
        '第二十五条',
        '在山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目，生产建设单位应当编制水土保持方案，报县级以上人民政府水行政主管部门审批，并按照经批准的水土保持方案，采取水土流失预防和治理措施。',
      ),
    ],
    conditions: [
      '征占地面积在0.5公顷以上或挖填土石方总量在1000立方米以上的生产建设项目',
      '水土保持方案编制符合技术标准',
    ],
    materials: [form('水土保持方案审批申请书'), material('水土保持方案报告书或报告表')],
    keywords: ['水保方案', '水土保持'],
  }),
  water({
    no: 3,
    name: '生产建设项目水土保持设施自主验收报备',
    category: 'other_power',
    subjects: ORG,
    limits: [5, null],
    visits: 0,
    result: '水土保持设施验收报备回执',
    resultKind: 'certificate',
    themes: ['construction_project'],
    basis: [ref(SOIL_LAW, '第二十七条')],
    conditions: ['生产建设项目已完成水土保持设施自主验收并公示'],
    materials: [
      material('水土保持设施验收鉴定书'),
      material('水土保持设施验收报告'),
      material('水土保持监测总结报告'),
    ],
    keywords: ['水保验收', '水土保持验收'],
  }),
  water({
    no: 4,
    name: '洪水影响评价类审批（河道管理范围内建设项目工程建设方案审批）',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 10],
    result: '洪水影响评价类审批决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        '《中华人民共和国防洪法》',
        '第二十七条',
        '建设跨河、穿河、穿堤、临河的桥梁、码头、道路、渡口、管道、缆线、取水、排水等工程设施，应当符合防洪标准、岸线规划、航运要求和其他技术要求，不得危害堤防安全，影响河势稳定、妨碍行洪畅通；其工程建设方案未经有关水行政主管部门根据前述防洪要求审查同意的，建设单位不得开工建设。',
      ),
      ref(RIVER_RULES, '第十一条'),
    ],
    conditions: ['工程建设方案符合防洪标准、岸线规划和其他技术要求'],
    materials: [form('洪水影响评价类审批申请书'), material('工程建设方案及防洪评价报告')],
    keywords: ['防洪评价', '涉河审批', '跨河桥梁'],
  }),
  water({
    no: 5,
    name: '河道采砂许可',
    category: 'licensing',
    subjects: BOTH,
    limits: [20, 10],
    result: '河道采砂许可证',
    themes: ['operating_permits'],
    basis: [ref(RIVER_RULES, '第二十五条'), LICENSING_LAW_42],
    conditions: ['采砂地点、范围、期限和方式符合河道采砂规划', '有符合要求的采砂作业方式和设备'],
    materials: [
      form('河道采砂申请书'),
      idCard('申请人（或法定代表人）'),
      material('采砂作业方案及采砂设备情况说明'),
      material('河道采砂可行性论证报告'),
    ],
    keywords: ['采砂', '挖沙', '河砂'],
  }),
];

const SOIL_FEE_BASIS =
  '《国家发展改革委 财政部关于水土保持补偿费收费标准（试行）的通知》（发改价格〔2014〕886号）';

const waterLevyItems: DemoItem[] = [
  water({
    no: 6,
    name: '水土保持补偿费征收',
    category: 'levy',
    subjects: ORG,
    limits: [10, 5],
    result: '水土保持补偿费缴款通知书',
    themes: ['construction_project'],
    basis: [
      ref(
        SOIL_LAW,
        '第三十二条',
        '在山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域开办生产建设项目或者从事其他生产建设活动，损坏水土保持设施、地貌植被，不能恢复原有水土保持功能的，应当缴纳水土保持补偿费，专项用于水土流失预防和治理。',
      ),
    ],
    conditions: ['水土保持方案已批复的生产建设项目，在开工前缴纳'],
    materials: [material('水土保持方案批复', { source: 'government', issuedBy: '水行政主管部门' })],
    fees: [
      fee('水土保持补偿费（一般性生产建设项目）', 1.7, SOIL_FEE_BASIS, {
        notes:
          '按征占用土地面积一次性计征，每平方米1.7元（不足1平方米的按1平方米计），开采矿产资源等按文件规定另行计征',
        waivers: '建设学校、幼儿园、医院、养老服务设施、保障性安居工程、农村村民建设自用住房等按规定免征',
      }),
    ],
    keywords: ['水保费', '水土保持补偿费'],
  }),
];

export const AGRICULTURE_ITEMS: DemoItem[] = [
  ...agricultureItems,
  ...forestryItems,
  ...forestryExtraItems,
  ...waterItems,
  ...waterLevyItems,
];
