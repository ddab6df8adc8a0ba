import {
  BUSINESS_LICENSE,
  BOTH,
  COMMITMENT_LETTER,
  LICENSING_LAW_42,
  ORG,
  PERSON,
  PLACES,
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
  type Preset,
} from './builders.ts';

/*
 * 工程建设项目审批: 立项用地规划许可 (发改, 自然资源), 工程建设许可 and 施工许可 (住建, 人防, 气象,
 * 生态环境), 竣工验收 (住建 leads the joint acceptance, 消防救援 checks public venues before opening).
 */

const PROJECT = ['construction_project'] as const;
const PROJECT_UNIT = material('项目单位营业执照或事业单位法人证书', {
  source: 'e_license',
  issuedBy: '登记管理机关',
  notes: '通过电子证照库调取',
});

// ---------------------------------------------------------------------------------------------
// 栖云县发展和改革局
// ---------------------------------------------------------------------------------------------

const INVESTMENT_RULES = '《企业投资项目核准和备案管理条例》';
const GOVERNMENT_INVESTMENT = '《政府投资条例》';

function development(spec: Preset<'dept' | 'subjects'>): DemoItem {
  return item({ dept: 'development', subjects: ORG, themes: [...PROJECT], ...spec });
}

const developmentItems: DemoItem[] = [
  development({
    no: 1,
    name: '企业投资项目备案',
    category: 'other_power',
    limits: [1, null],
    visits: 0,
    result: '项目备案证明（项目代码）',
    resultKind: 'certificate',
    basis: [
      ref(
        INVESTMENT_RULES,
        '第十三条',
        '实行备案管理的项目，企业应当在开工建设前通过在线平台将下列信息告知备案机关：企业基本情况；项目名称、建设地点、建设规模、建设内容；项目总投资额；项目符合产业政策的声明。',
      ),
      ref(INVESTMENT_RULES, '第十四条', '备案机关收到本条例第十三条规定的全部信息即为备案。'),
    ],
    conditions: ['不属于《政府核准的投资项目目录》范围的企业投资项目', '项目符合国家产业政策'],
    materials: [
      material('项目备案信息', { forms: ['electronic'], notes: '通过投资项目在线审批监管平台填报' }),
      material('项目符合产业政策的声明', { forms: ['electronic'] }),
    ],
    keywords: ['项目备案', '立项', '备案证', '项目代码'],
  }),
  development({
    no: 2,
    name: '企业投资项目核准',
    category: 'licensing',
    limits: [20, 10],
    result: '项目核准批复文件',
    resultKind: 'approval_document',
    basis: [
      ref(INVESTMENT_RULES, '第三条'),
      ref(
        INVESTMENT_RULES,
        '第九条',
        '核准机关应当自受理申请之日起20个工作日内，作出是否予以核准的决定；项目情况复杂或者需要征求有关单位意见的，经本机关主要负责人批准，可以延长核准期限，但延长的期限不得超过40个工作日。',
      ),
    ],
    conditions: [
      '属于《政府核准的投资项目目录》规定由县级核准的项目',
      '已取得用地预审与选址意见书等前置文件',
    ],
    materials: [
      form('项目申请报告'),
      PROJECT_UNIT,
      material('用地预审与选址意见书', { source: 'government', issuedBy: '自然资源和规划部门' }),
    ],
    keywords: ['项目核准', '立项批复'],
  }),
  development({
    no: 3,
    name: '政府投资项目建议书审批',
    category: 'other_power',
    limits: [20, 10],
    result: '项目建议书批复',
    resultKind: 'approval_document',
    basis: [
      ref(
        GOVERNMENT_INVESTMENT,
        '第九条',
        '政府采取直接投资方式、资本金注入方式投资的项目，项目单位应当编制项目建议书、可行性研究报告、初步设计，按照政府投资管理权限和规定的程序，报投资主管部门或者其他有关部门审批。',
      ),
    ],
    conditions: ['使用政府投资资金、属于县级审批权限的项目'],
    materials: [form('项目建议书审批申请文件'), material('项目建议书')],
    keywords: ['项目建议书', '政府投资'],
  }),
  development({
    no: 4,
    name: '政府投资项目可行性研究报告审批',
    category: 'other_power',
    limits: [20, 10],
    result: '可行性研究报告批复',
    resultKind: 'approval_document',
    basis: [ref(GOVERNMENT_INVESTMENT, '第九条'), ref(GOVERNMENT_INVESTMENT, '第十一条')],
    conditions: ['项目建议书已批复（或按规定可直接审批可行性研究报告）', '已取得用地预审与选址意见书'],
    materials: [
      form('可行性研究报告审批申请文件'),
      material('可行性研究报告'),
      material('用地预审与选址意见书', { source: 'government', issuedBy: '自然资源和规划部门' }),
    ],
    keywords: ['可研批复', '可行性研究报告'],
  }),
  development({
    no: 5,
    name: '政府投资项目初步设计审批',
    category: 'other_power',
    limits: [20, 10],
    result: '初步设计及概算批复',
    resultKind: 'approval_document',
    basis: [ref(GOVERNMENT_INVESTMENT, '第九条'), ref(GOVERNMENT_INVESTMENT, '第十二条')],
    conditions: ['可行性研究报告已批复'],
    materials: [form('初步设计审批申请文件'), material('初步设计文件及概算')],
    keywords: ['初步设计', '概算批复'],
  }),
  development({
    no: 6,
    name: '固定资产投资项目节能审查',
    category: 'licensing',
    limits: [20, 10],
    result: '节能审查意见',
    resultKind: 'approval_document',
    basis: [
      ref('《中华人民共和国节约能源法》', '第十五条', '国家实行固定资产投资项目节能评估和审查制度。'),
      ref('《固定资产投资项目节能审查办法》（国家发展改革委令2023年第2号）', '第二章'),
    ],
    conditions: ['年综合能源消费量达到规定标准、需单独进行节能审查的项目'],
    materials: [form('节能审查申请文件'), material('节能报告'), PROJECT_UNIT],
    keywords: ['节能审查', '能评'],
  }),
  development({
    no: 7,
    name: '依法必须招标项目的招标方案核准',
    category: 'other_power',
    limits: [20, 5],
    result: '招标方案核准意见',
    resultKind: 'approval_document',
    basis: [
      ref(
        '《中华人民共和国招标投标法实施条例》',
        '第七条',
        '按照国家有关规定需要履行项目审批、核准手续的依法必须进行招标的项目，其招标范围、招标方式、招标组织形式应当报项目审批、核准部门审批、核准。',
      ),
    ],
    conditions: ['需履行审批、核准手续的依法必须招标项目'],
    materials: [form('招标方案核准申请表'), material('招标范围、招标方式、招标组织形式说明')],
    keywords: ['招标方案', '招标核准'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县自然资源和规划局
// ---------------------------------------------------------------------------------------------

const PLANNING_LAW = '《中华人民共和国城乡规划法》';
const LAND_LAW = '《中华人民共和国土地管理法》';

function planning(spec: Preset<'dept' | 'category'>): DemoItem {
  return item({ dept: 'natural_resources', category: 'licensing', themes: [...PROJECT], ...spec });
}

const planningItems: DemoItem[] = [
  planning({
    no: 1,
    name: '建设项目用地预审与选址意见书核发',
    subjects: ORG,
    limits: [20, 10],
    result: '建设项目用地预审与选址意见书',
    eLicense: true,
    basis: [
      ref(
        PLANNING_LAW,
        '第三十六条',
        '按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位在报送有关部门批准或者核准前，应当向城乡规划主管部门申请核发选址意见书。',
      ),
      ref(LAND_LAW, '第五十二条'),
      ref(
        '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
        '一',
      ),
    ],
    conditions: [
      '项目符合国土空间规划和用途管制要求',
      '需审批、核准的建设项目，或以划拨方式使用国有土地的项目',
    ],
    materials: [
      form('建设项目用地预审与选址申请表'),
      PROJECT_UNIT,
      material('项目建设依据', { notes: '项目建议书批复或其他立项文件' }),
      material('标注项目用地范围的土地利用现状图'),
    ],
    keywords: ['选址意见书', '用地预审', '多审合一'],
  }),
  planning({
    no: 2,
    name: '建设用地规划许可证核发',
    subjects: ORG,
    limits: [20, 5],
    result: '建设用地规划许可证',
    eLicense: true,
    basis: [
      ref(PLANNING_LAW, '第三十七条'),
      ref(
        PLANNING_LAW,
        '第三十八条',
        '以出让方式取得国有土地使用权的建设项目，建设单位在取得建设项目的批准、核准、备案文件和签订国有土地使用权出让合同后，向城市、县人民政府城乡规划主管部门领取建设用地规划许可证。',
      ),
      LICENSING_LAW_42,
    ],
    conditions: [
      '已签订国有建设用地使用权出让合同，或已取得划拨用地批准文件',
      '已取得项目批准、核准或备案文件',
    ],
    materials: [
      form('建设用地规划许可申请表'),
      PROJECT_UNIT,
      material('国有建设用地使用权出让合同或划拨决定书', {
        source: 'government',
        issuedBy: '自然资源和规划部门',
      }),
      material('项目批准、核准或备案文件', { source: 'government', issuedBy: '发展和改革部门' }),
    ],
    keywords: ['用地规划许可证', '拿地', '规划许可'],
  }),
  planning({
    no: 3,
    name: '建设工程规划许可证核发',
    subjects: BOTH,
    limits: [20, 5],
    result: '建设工程规划许可证',
    eLicense: true,
    basis: [
      ref(
        PLANNING_LAW,
        '第四十条',
        '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。',
      ),
      LICENSING_LAW_42,
    ],
    conditions: [
      '已取得建设用地规划许可证和土地使用权属证明',
      '建设工程设计方案符合控制性详细规划和规划条件',
      '设计方案已按规定进行批前公示（涉及利害关系人的）',
    ],
    materials: [
      form('建设工程规划许可申请表'),
      PROJECT_UNIT,
      material('不动产权证书（国有建设用地使用权）', { source: 'e_license', issuedBy: '不动产登记机构' }),
      material('建设工程设计方案总平面图及建筑单体方案', {
        forms: ['original', 'electronic'],
        notes: '含电子报批文件',
      }),
      material('建设工程设计方案审查意见', { optional: true, notes: '已经方案联审的免于提交' }),
    ],
    keywords: ['工程规划许可证', '规划证', '报建'],
    faq: [
      [
        '社会投资小型低风险项目也要办吗？',
        '需要，但可以告知承诺方式办理：用地规划许可与工程规划许可合并办理，提交承诺书后1个工作日内核发。',
      ],
      ['规划许可证有效期多久？', '建设工程规划许可证核发后一年内未开工建设且未申请延期的，许可证自行失效。'],
    ],
  }),
  planning({
    no: 4,
    name: '乡村建设规划许可证核发',
    subjects: BOTH,
    limits: [20, 5],
    result: '乡村建设规划许可证',
    eLicense: true,
    location: `${PLACES.projectsGeneral}；农村村民住宅可在乡镇便民服务中心申请`,
    basis: [
      ref(
        PLANNING_LAW,
        '第四十一条',
        '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。',
      ),
    ],
    conditions: ['建设项目符合村庄规划', '不占用农用地或已依法办理农用地转用审批'],
    materials: [
      form('乡村建设规划许可申请表'),
      idCard('申请人（或法定代表人）'),
      material('建设工程设计方案或农房通用图集选用说明'),
      material('村民委员会意见'),
    ],
    themes: ['construction_project', 'farming'],
    keywords: ['农村建房', '乡村规划许可', '建房许可'],
  }),
  planning({
    no: 5,
    name: '临时建设工程规划许可',
    subjects: BOTH,
    limits: [20, 5],
    result: '临时建设工程规划许可证',
    basis: [
      ref(
        PLANNING_LAW,
        '第四十四条',
        '在城市、镇规划区内进行临时建设的，应当经城市、县人民政府城乡规划主管部门批准。临时建设影响近期建设规划或者控制性详细规划的实施以及交通、市容、安全等的，不得批准。',
      ),
    ],
    conditions: ['临时建设不影响近期建设规划和控制性详细规划实施', '承诺在批准期限内自行拆除'],
    materials: [
      form('临时建设规划许可申请表'),
      material('临时建设设计图纸'),
      material('土地使用证明或临时用地批准文件'),
      COMMITMENT_LETTER,
    ],
    keywords: ['临时建筑', '工棚', '临时规划许可'],
  }),
  planning({
    no: 6,
    name: '建设工程规划条件核实',
    category: 'confirmation',
    subjects: ORG,
    limits: [20, 5],
    result: '建设工程规划核实意见书',
    resultKind: 'certificate',
    basis: [
      ref(
        PLANNING_LAW,
        '第四十五条',
        '县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。',
      ),
    ],
    conditions: ['建设工程已按规划许可完成建设', '已完成竣工规划测量'],
    materials: [
      form('规划核实申请表'),
      material('竣工规划测量成果报告'),
      material('建设工程规划许可证及附图', { source: 'e_license', issuedBy: '自然资源和规划部门' }),
    ],
    keywords: ['规划核实', '规划验收'],
  }),
  planning({
    no: 7,
    name: '临时用地审批',
    subjects: BOTH,
    limits: [20, 10],
    result: '临时用地批准文件',
    resultKind: 'approval_document',
    basis: [
      ref(
        LAND_LAW,
        '第五十七条',
        '建设项目施工和地质勘查需要临时使用国有土地或者农民集体所有的土地的，由县级以上人民政府自然资源主管部门批准。临时使用土地期限一般不超过二年。',
      ),
    ],
    conditions: ['建设项目施工或地质勘查确需临时使用土地', '已与土地所有权人签订临时使用土地合同并约定复垦'],
    materials: [
      form('临时用地申请表'),
      material('临时使用土地合同'),
      material('土地复垦方案或复垦承诺书'),
      material('临时用地勘测定界图'),
    ],
    keywords: ['临时用地', '施工用地'],
  }),
  planning({
    no: 8,
    name: '农用地转用和土地征收审批（报批）',
    level: 2,
    subjects: ORG,
    limits: [60, 40],
    kind: 'escalated',
    result: '农用地转用和土地征收批复',
    resultKind: 'approval_document',
    warning: { daysLeft: 5, fractionLeft: 0.2 },
    basis: [
      ref(LAND_LAW, '第四十四条', '建设占用土地，涉及农用地转为建设用地的，应当办理农用地转用审批手续。'),
      ref(LAND_LAW, '第四十六条'),
    ],
    conditions: ['建设项目符合国土空间规划，已落实耕地占补平衡', '已完成征地前期工作和社会稳定风险评估'],
    materials: [
      form('建设用地呈报说明书'),
      material('农用地转用方案、补充耕地方案和征收土地方案'),
      material('勘测定界图及报告'),
      material('征地前期工作材料'),
    ],
    keywords: ['征地', '农转用', '用地报批'],
  }),
  planning({
    no: 9,
    name: '国有建设用地使用权划拨审批',
    category: 'other_power',
    subjects: ORG,
    limits: [20, 10],
    result: '国有建设用地划拨决定书',
    resultKind: 'approval_document',
    basis: [
      ref(
        LAND_LAW,
        '第五十四条',
        '建设单位使用国有土地，应当以出让等有偿使用方式取得；但是，下列建设用地，经县级以上人民政府依法批准，可以以划拨方式取得：（一）国家机关用地和军事用地；（二）城市基础设施用地和公益事业用地；（三）国家重点扶持的能源、交通、水利等基础设施用地；（四）法律、行政法规规定的其他用地。',
      ),
    ],
    conditions: ['项目属于《划拨用地目录》范围'],
    materials: [
      form('划拨用地申请表'),
      material('项目批准文件'),
      material('建设用地规划许可证', { source: 'e_license', issuedBy: '自然资源和规划部门' }),
    ],
    keywords: ['划拨用地', '划拨决定书'],
  }),
];

const landDisputeItems: DemoItem[] = [
  item({
    dept: 'natural_resources',
    no: 10,
    name: '土地权属争议调处',
    category: 'adjudication',
    subjects: BOTH,
    limits: [60, 45],
    result: '土地权属争议处理决定书或调解书',
    resultKind: 'approval_document',
    warning: { daysLeft: 5, fractionLeft: 0.2 },
    basis: [
      ref(
        LAND_LAW,
        '第十四条',
        '土地所有权和使用权争议，由当事人协商解决；协商不成的，由人民政府处理。单位之间的争议，由县级以上人民政府处理；个人之间、个人与单位之间的争议，由乡级人民政府或者县级以上人民政府处理。',
      ),
      ref('《土地权属争议调查处理办法》', '第十四条'),
    ],
    conditions: [
      '当事人之间发生土地所有权或使用权争议且协商不成',
      '争议土地位于栖云县行政区域内，属于县级人民政府处理范围',
    ],
    materials: [
      form('土地权属争议调处申请书', '按对方当事人人数提交副本'),
      idCard('申请人（或法定代表人）'),
      material('土地权属来源证明及相关证据材料'),
    ],
    themes: ['farming'],
    keywords: ['土地纠纷', '地界纠纷', '确权争议'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县住房和城乡建设局
// ---------------------------------------------------------------------------------------------

const BUILDING_LAW = '《中华人民共和国建筑法》';
const FIRE_LAW = '《中华人民共和国消防法》';
const FIRE_DESIGN_RULES = '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，第58号修正）';

function housing(spec: Omit<ItemSpec, 'dept'>): DemoItem {
  return item({ dept: 'housing', ...spec });
}

const housingItems: DemoItem[] = [
  housing({
    no: 1,
    name: '建筑工程施工许可',
    category: 'licensing',
    subjects: ORG,
    limits: [7, 3],
    result: '建筑工程施工许可证',
    eLicense: true,
    themes: [...PROJECT],
    basis: [
      ref(
        BUILDING_LAW,
        '第七条',
        '建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。',
      ),
      ref(
        BUILDING_LAW,
        '第八条',
        '建设行政主管部门应当自收到申请之日起七日内，对符合条件的申请颁发施工许可证。',
      ),
      ref(
        '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）',
        '第二条',
        '工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证。',
      ),
      ref('《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）', '第四条'),
    ],
    conditions: [
      '依法应当办理用地批准手续的，已经办理该建筑工程用地批准手续',
      '在城市、镇规划区的建筑工程，已经取得建设工程规划许可证',
      '施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求',
      '已经确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料',
      '有保证工程质量和安全的具体措施',
    ],
    materials: [
      form('建筑工程施工许可证申请表'),
      material('建设工程规划许可证', { source: 'e_license', issuedBy: '自然资源和规划部门' }),
      material('施工合同', { forms: ['electronic'], notes: '已在招投标平台备案的自动调取' }),
      material('施工图设计文件审查合格书或施工图审查承诺', { deferrable: true }),
      material('建设资金已经落实承诺书'),
      material('保证工程质量和安全的具体措施'),
    ],
    keywords: ['施工许可证', '开工许可', '施工证', '报建'],
    faq: [
      [
        '多大的工程可以不办施工许可证？',
        '工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程可以不申请办理施工许可证。',
      ],
      [
        '可以分阶段办理施工许可吗？',
        '可以。社会投资项目可按基坑支护和土方开挖、地下室、±0.000以上分阶段申请施工许可。',
      ],
    ],
  }),
  housing({
    no: 2,
    name: '商品房预售许可',
    category: 'licensing',
    subjects: ORG,
    limits: [10, 5],
    result: '商品房预售许可证',
    eLicense: true,
    themes: ['construction_project', 'housing'],
    basis: [
      ref(
        '《中华人民共和国城市房地产管理法》',
        '第四十五条',
        '商品房预售，应当符合下列条件：（一）已交付全部土地使用权出让金，取得土地使用权证书；（二）持有建设工程规划许可证；（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；（四）向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。',
      ),
      ref('《城市商品房预售管理办法》', '第七条'),
    ],
    conditions: [
      '已交付全部土地出让金，取得土地使用权证书',
      '持有建设工程规划许可证和施工许可证',
      '投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期',
    ],
    materials: [
      form('商品房预售许可申请表'),
      material('房地产开发企业营业执照和资质证书', {
        source: 'e_license',
        issuedBy: '市场监督管理和住房城乡建设部门',
      }),
      material('工程施工合同及关于施工进度的说明'),
      material('商品房预售方案', { notes: '含预售房屋分层平面图、预售资金监管协议' }),
    ],
    keywords: ['预售证', '商品房预售', '开盘'],
  }),
  housing({
    no: 3,
    name: '存量房买卖合同网签备案',
    category: 'public_service',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    result: '存量房买卖合同（网签备案）',
    resultKind: 'other',
    location: PLACES.transactionWindow,
    basis: [ref('《住房和城乡建设部关于提升房屋网签备案服务效能的意见》（建房规〔2020〕4号）', '二')],
    conditions: ['房屋已办理不动产登记，未被查封', '买卖双方已达成交易意向'],
    materials: [
      idCard('买卖双方'),
      PROPERTY_CERTIFICATE,
      material('存量房买卖合同', { notes: '可在窗口或经纪机构网签系统在线签订' }),
    ],
    themes: ['housing'],
    keywords: ['网签', '二手房网签', '合同备案', '买房'],
  }),
  housing({
    no: 4,
    name: '商品房买卖合同网签备案',
    category: 'other_power',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    result: '商品房买卖合同（网签备案）',
    resultKind: 'other',
    location: PLACES.transactionWindow,
    basis: [
      ref(
        '《中华人民共和国城市房地产管理法》',
        '第四十五条',
        '商品房预售人应当按照国家有关规定将预售合同报县级以上人民政府房产管理部门和土地管理部门登记备案。',
      ),
    ],
    conditions: ['开发企业已取得商品房预售许可或现售备案', '买受人与开发企业已签订商品房买卖合同'],
    materials: [
      idCard('买受人'),
      material('商品房买卖合同', { forms: ['electronic'], notes: '开发企业在网签系统在线签订后提交' }),
    ],
    themes: ['housing'],
    keywords: ['新房网签', '买新房', '商品房备案'],
  }),
  housing({
    no: 5,
    name: '房屋租赁合同登记备案',
    category: 'public_service',
    subjects: BOTH,
    limits: [3, null],
    visits: 0,
    result: '房屋租赁登记备案证明',
    resultKind: 'certificate',
    location: PLACES.transactionWindow,
    basis: [
      ref(
        '《商品房屋租赁管理办法》（住房和城乡建设部令第6号）',
        '第十四条',
        '房屋租赁合同订立后三十日内，房屋租赁当事人应当到租赁房屋所在地直辖市、市、县人民政府建设（房地产）主管部门办理房屋租赁登记备案。',
      ),
    ],
    conditions: ['已签订房屋租赁合同，出租房屋符合安全、防灾等要求'],
    materials: [idCard('出租人和承租人'), material('房屋租赁合同'), PROPERTY_CERTIFICATE],
    themes: ['housing', 'household_registration'],
    keywords: ['租房备案', '租赁备案', '租房落户'],
  }),
  housing({
    no: 6,
    name: '特殊建设工程消防设计审查',
    category: 'licensing',
    subjects: ORG,
    limits: [15, 10],
    result: '特殊建设工程消防设计审查意见书',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref(
        FIRE_LAW,
        '第十一条',
        '国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查，住房和城乡建设主管部门依法对审查的结果负责。',
      ),
      ref(FIRE_DESIGN_RULES, '第三章'),
    ],
    conditions: [
      '属于特殊建设工程范围（如总建筑面积大于一千平方米的托儿所、养老建筑等）',
      '消防设计文件符合国家工程建设消防技术标准',
    ],
    materials: [
      form('特殊建设工程消防设计审查申请表'),
      material('消防设计文件'),
      material('依法需要办理建设工程规划许可的，提交建设工程规划许可文件', {
        source: 'e_license',
        issuedBy: '自然资源和规划部门',
      }),
    ],
    keywords: ['消防审查', '消防设计审查', '消防报建'],
  }),
  housing({
    no: 7,
    name: '特殊建设工程消防验收',
    category: 'licensing',
    subjects: ORG,
    limits: [15, 10],
    result: '特殊建设工程消防验收意见书',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref(
        FIRE_LAW,
        '第十三条',
        '国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。',
      ),
      ref(FIRE_DESIGN_RULES, '第四章'),
    ],
    conditions: ['特殊建设工程已竣工', '已完成工程竣工验收消防查验并合格'],
    materials: [
      form('特殊建设工程消防验收申请表'),
      material('工程竣工验收报告'),
      material('涉及消防的建设工程竣工图纸'),
    ],
    keywords: ['消防验收', '竣工消防', '消防合格'],
  }),
  housing({
    no: 8,
    name: '其他建设工程消防验收备案',
    category: 'other_power',
    subjects: ORG,
    limits: [5, null],
    visits: 0,
    result: '消防验收备案凭证',
    resultKind: 'certificate',
    themes: [...PROJECT],
    basis: [
      ref(
        FIRE_LAW,
        '第十三条',
        '前款规定以外的其他建设工程，建设单位在验收后应当报住房和城乡建设主管部门备案，住房和城乡建设主管部门应当进行抽查。',
      ),
    ],
    conditions: ['不属于特殊建设工程的其他建设工程已完成竣工验收'],
    materials: [
      form('消防验收备案表'),
      material('工程竣工验收报告'),
      material('涉及消防的建设工程竣工图纸', { forms: ['electronic'] }),
    ],
    keywords: ['消防备案', '竣工消防备案'],
  }),
  housing({
    no: 9,
    name: '房屋建筑和市政基础设施工程竣工验收备案',
    category: 'other_power',
    subjects: ORG,
    limits: [15, 3],
    result: '竣工验收备案表',
    resultKind: 'certificate',
    themes: ['construction_project', 'housing'],
    basis: [
      ref(
        '《建设工程质量管理条例》',
        '第四十九条',
        '建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。',
      ),
    ],
    conditions: ['工程已竣工验收合格'],
    materials: [
      form('竣工验收备案表'),
      material('工程竣工验收报告'),
      material('规划、消防、人防等认可文件', {
        source: 'government',
        issuedBy: '相关主管部门',
        notes: '联合验收的由系统共享',
      }),
      material('施工单位签署的工程质量保修书'),
    ],
    keywords: ['竣工备案', '竣工验收'],
  }),
  housing({
    no: 10,
    name: '工程建设项目竣工联合验收',
    category: 'other_power',
    subjects: ORG,
    limits: [15, 10],
    kind: 'joint',
    result: '竣工联合验收意见书',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    steps: [
      step('受理', 'clerk', 0, '综合窗口一次受理，推送规划、消防、人防、档案等部门'),
      step('联合现场验收', 'reviewer', 7, '住建部门牵头组织各部门同一时间联合现场验收'),
      step('汇总意见', 'chief_representative', 3, '限时汇总各部门意见，出具联合验收意见书'),
      step('送达', 'clerk', 0, '统一出件'),
    ],
    basis: [
      ref('《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）', '三'),
      ref('《建设工程质量管理条例》', '第十六条'),
    ],
    conditions: ['工程已按设计和合同约定完成全部内容', '建设单位已组织参建单位完成竣工验收自查'],
    materials: [
      form('竣工联合验收申请表'),
      material('竣工验收报告'),
      material('竣工图及规划核实测量成果'),
      material('人防工程、档案等专项验收资料'),
    ],
    keywords: ['联合验收', '竣工验收', '多验合一'],
  }),
  housing({
    no: 11,
    name: '城镇污水排入排水管网许可',
    category: 'licensing',
    subjects: ORG,
    limits: [15, 5],
    result: '城镇污水排入排水管网许可证',
    eLicense: true,
    themes: ['operating_permits', 'construction_project'],
    basis: [
      ref(
        '《城镇排水与污水处理条例》',
        '第二十一条',
        '从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，应当向城镇排水主管部门申请领取污水排入排水管网许可证。',
      ),
      ref('《城镇污水排入排水管网许可管理办法》', '第八条'),
    ],
    conditions: ['排放口设置符合城镇排水规划要求', '按规定建设预处理设施，排放污水符合纳管标准'],
    materials: [
      form('城镇污水排入排水管网许可申请表'),
      BUSINESS_LICENSE,
      material('排水接管位置图、排水管网平面图'),
      material('排水水质检测报告', { deferrable: true }),
    ],
    keywords: ['排水许可', '排污纳管', '餐饮排水'],
  }),
  housing({
    no: 12,
    name: '燃气经营许可',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 10],
    result: '燃气经营许可证',
    eLicense: true,
    themes: ['operating_permits'],
    basis: [
      ref(
        '《城镇燃气管理条例》',
        '第十五条',
        '国家对燃气经营实行许可证制度。从事燃气经营活动的企业，应当具备下列条件……符合前款规定条件的，由县级以上地方人民政府燃气管理部门核发燃气经营许可证。',
      ),
      LICENSING_LAW_42,
    ],
    conditions: [
      '符合燃气发展规划要求',
      '有符合国家标准的燃气气源和燃气设施',
      '有固定的经营场所、完善的安全管理制度和健全的经营方案',
      '企业主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格',
    ],
    materials: [
      form('燃气经营许可申请表'),
      BUSINESS_LICENSE,
      material('燃气设施竣工验收及安全评价报告'),
      copyOf('从业人员专业培训考核合格证书'),
      material('安全管理制度和经营方案'),
    ],
    keywords: ['燃气许可', '液化气站', '燃气经营'],
  }),
  housing({
    no: 13,
    name: '建筑起重机械使用登记',
    category: 'other_power',
    subjects: ORG,
    limits: [7, 3],
    result: '建筑起重机械使用登记证明',
    resultKind: 'certificate',
    themes: [...PROJECT],
    basis: [
      ref(
        '《建设工程安全生产管理条例》',
        '第三十五条',
        '施工单位应当自施工起重机械和整体提升脚手架、模板等自升式架设设施验收合格之日起30日内，向建设行政主管部门或者其他有关部门登记。',
      ),
    ],
    conditions: ['建筑起重机械已安装验收合格'],
    materials: [
      form('建筑起重机械使用登记表'),
      material('安装验收资料及检验检测报告'),
      copyOf('特种作业人员操作资格证书'),
    ],
    keywords: ['塔吊登记', '起重机械', '施工升降机'],
  }),
  housing({
    no: 14,
    name: '公共租赁住房申请',
    category: 'benefit',
    subjects: PERSON,
    limits: [30, 20],
    result: '公共租赁住房资格审核结果',
    resultKind: 'approval_document',
    themes: ['housing', 'social_assistance'],
    basis: [ref('《公共租赁住房管理办法》（住房和城乡建设部令第11号）', '第七条')],
    conditions: [
      '在栖云县无住房或住房面积低于规定标准',
      '收入、财产低于规定标准',
      '城镇稳定就业的外来务工人员可按规定申请',
    ],
    materials: [
      form('公共租赁住房申请表'),
      idCard('申请人及家庭成员'),
      material('家庭收入、住房情况说明及授权核查书'),
    ],
    keywords: ['公租房', '廉租房', '保障房'],
  }),
];

// ---------------------------------------------------------------------------------------------
// 栖云县人民防空办公室, 栖云县消防救援大队, 生态环境分局, 气象局
// ---------------------------------------------------------------------------------------------

const CIVIL_DEFENSE_LAW = '《中华人民共和国人民防空法》';

const defenseItems: DemoItem[] = [
  item({
    dept: 'civil_defense',
    no: 1,
    name: '应建防空地下室的民用建筑项目报建审批',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 5],
    result: '人防工程建设审批意见',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref(CIVIL_DEFENSE_LAW, '第二十二条', '城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。'),
      LICENSING_LAW_42,
    ],
    conditions: ['城市规划区内新建民用建筑，按规定应修建防空地下室'],
    materials: [
      form('人防工程建设审批申请表'),
      material('建设工程设计方案总平面图'),
      material('防空地下室施工图设计文件'),
    ],
    keywords: ['人防审批', '人防报建', '防空地下室'],
  }),
  item({
    dept: 'civil_defense',
    no: 2,
    name: '防空地下室易地建设审批',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 5],
    result: '防空地下室易地建设审批意见',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref(CIVIL_DEFENSE_LAW, '第二十二条'),
      ref('《关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）', '第三条'),
    ],
    conditions: ['因地质、地形、施工等客观条件限制不宜修建防空地下室'],
    materials: [form('防空地下室易地建设申请表'), material('不宜修建防空地下室的情况说明及相关证明')],
    keywords: ['人防易地', '易地建设'],
  }),
  item({
    dept: 'civil_defense',
    no: 3,
    name: '防空地下室易地建设费征收',
    category: 'levy',
    subjects: ORG,
    limits: [10, 5],
    result: '人防易地建设费缴款通知书',
    themes: [...PROJECT],
    basis: [ref('《关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）', '第二条')],
    conditions: ['已批准易地建设的民用建筑项目'],
    materials: [
      material('防空地下室易地建设审批意见', { source: 'government', issuedBy: '人民防空主管部门' }),
    ],
    fees: [
      fee(
        '防空地下室易地建设费',
        1500,
        '《国家计委 财政部 国家国防动员委员会 建设部关于规范防空地下室易地建设收费的规定》（计价格〔2000〕474号）；岚江省物价、财政部门核定的收费标准',
        {
          notes: '按应建防空地下室面积每平方米计收，具体以核定面积为准',
          waivers: '保障性住房等符合国家规定的项目按规定减免',
        },
      ),
    ],
    keywords: ['人防费', '易地建设费'],
  }),
  item({
    dept: 'civil_defense',
    no: 4,
    name: '人民防空工程竣工验收备案',
    category: 'other_power',
    subjects: ORG,
    limits: [15, 5],
    result: '人防工程竣工验收备案表',
    resultKind: 'certificate',
    themes: [...PROJECT],
    basis: [ref(CIVIL_DEFENSE_LAW, '第二十四条'), ref('《人民防空工程质量监督管理规定》', '第二十条')],
    conditions: ['人民防空工程已竣工验收合格'],
    materials: [form('人防工程竣工验收备案表'), material('人防工程竣工验收报告'), material('人防工程竣工图')],
    keywords: ['人防验收', '人防备案'],
  }),
  item({
    dept: 'civil_defense',
    no: 5,
    name: '拆除人民防空工程审批',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 10],
    result: '拆除人民防空工程批复',
    resultKind: 'approval_document',
    basis: [
      ref(
        CIVIL_DEFENSE_LAW,
        '第二十八条',
        '任何组织或者个人不得擅自拆除本法第二十一条规定的人民防空工程；确需拆除的，必须报经人民防空主管部门批准，并由拆除单位负责补建或者补偿。',
      ),
    ],
    conditions: ['人民防空工程确需拆除，已制定补建或补偿方案'],
    materials: [form('拆除人防工程申请表'), material('拆除理由及补建、补偿方案')],
    keywords: ['拆除人防'],
  }),
  item({
    dept: 'fire',
    no: 1,
    name: '公众聚集场所投入使用、营业前消防安全检查',
    category: 'licensing',
    subjects: ORG,
    limits: [10, null],
    commitment: true,
    result: '公众聚集场所投入使用、营业前消防安全检查合格证',
    eLicense: true,
    themes: ['operating_permits'],
    basis: [
      ref(
        FIRE_LAW,
        '第十五条',
        '公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理。……申请材料齐全、符合法定形式的，应当予以许可。……申请人选择不采用告知承诺方式办理的，消防救援机构应当自受理申请之日起十日内，根据消防技术标准和管理规定，对该场所进行检查。',
      ),
    ],
    conditions: [
      '场所依法通过消防验收或已进行消防验收备案',
      '消防设施、器材和消防安全标志符合标准并完好有效',
      '已建立消防安全制度，员工经消防安全培训',
    ],
    materials: [
      form('公众聚集场所投入使用、营业前消防安全检查申请表'),
      COMMITMENT_LETTER,
      BUSINESS_LICENSE,
      material('场所平面布置图、场所消防设施平面图'),
      material('消防安全制度、灭火和应急疏散预案'),
    ],
    keywords: ['消防检查', '开业消防', 'KTV消防', '饭店消防', '消防许可'],
    faq: [['选择告知承诺多久拿证？', '材料齐全、符合法定形式的当场发证，消防救援机构在发证后组织核查。']],
  }),
  item({
    dept: 'fire',
    no: 2,
    name: '火灾事故认定',
    category: 'confirmation',
    subjects: BOTH,
    limits: [30, 20],
    result: '火灾事故认定书',
    resultKind: 'approval_document',
    basis: [
      ref(FIRE_LAW, '第五十一条', '消防救援机构有权根据需要封闭火灾现场，负责调查火灾原因，统计火灾损失。'),
      ref('《火灾事故调查规定》', '第二十五条'),
    ],
    conditions: ['发生火灾，属于本机构管辖'],
    materials: [material('火灾损失统计表及相关证据材料', { optional: true })],
    keywords: ['火灾认定', '火灾证明', '失火'],
  }),
];

const ECOLOGY_LAW = '《中华人民共和国环境影响评价法》';

const ecologyAndWeatherItems: DemoItem[] = [
  item({
    dept: 'ecology',
    no: 1,
    name: '建设项目环境影响报告表审批',
    category: 'licensing',
    level: 3,
    subjects: ORG,
    limits: [30, 15],
    result: '环境影响报告表批复',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref(
        ECOLOGY_LAW,
        '第二十二条',
        '审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。',
      ),
      ref('《建设项目环境保护管理条例》', '第九条'),
    ],
    conditions: [
      '按《建设项目环境影响评价分类管理名录》应编制环境影响报告表',
      '项目符合生态环境分区管控要求',
    ],
    materials: [
      form('建设项目环境影响报告表审批申请书'),
      material('建设项目环境影响报告表', { forms: ['original', 'electronic'] }),
      material('建设项目环境影响评价信息公开情况说明'),
    ],
    keywords: ['环评', '环评批复', '环境影响报告表'],
  }),
  item({
    dept: 'ecology',
    no: 2,
    name: '建设项目环境影响报告书审批',
    category: 'licensing',
    level: 3,
    subjects: ORG,
    limits: [60, 30],
    kind: 'escalated',
    result: '环境影响报告书批复',
    resultKind: 'approval_document',
    warning: { daysLeft: 5, fractionLeft: 0.2 },
    themes: [...PROJECT],
    basis: [ref(ECOLOGY_LAW, '第二十二条'), ref(ECOLOGY_LAW, '第二十一条')],
    conditions: ['按分类管理名录应编制环境影响报告书', '已依法开展公众参与'],
    materials: [
      form('建设项目环境影响报告书审批申请书'),
      material('建设项目环境影响报告书'),
      material('公众参与说明'),
    ],
    keywords: ['环评报告书', '环评审批'],
  }),
  item({
    dept: 'ecology',
    no: 3,
    name: '建设项目环境影响登记表备案',
    category: 'other_power',
    level: 3,
    subjects: ORG,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile'],
    delivery: ['online'],
    result: '环境影响登记表备案回执',
    resultKind: 'certificate',
    themes: [...PROJECT],
    basis: [ref(ECOLOGY_LAW, '第二十二条', '国家对环境影响登记表实行备案管理。')],
    conditions: ['按分类管理名录应填报环境影响登记表的项目'],
    materials: [
      material('建设项目环境影响登记表', {
        forms: ['electronic'],
        notes: '在环境影响登记表备案系统在线填报',
      }),
    ],
    keywords: ['环评登记表', '环评备案'],
  }),
  item({
    dept: 'ecology',
    no: 4,
    name: '排污许可证核发',
    category: 'licensing',
    level: 3,
    subjects: ORG,
    limits: [20, 10],
    result: '排污许可证',
    eLicense: true,
    themes: ['operating_permits'],
    basis: [ref('《排污许可管理条例》', '第二条'), ref('《排污许可管理条例》', '第十三条')],
    conditions: ['纳入固定污染源排污许可分类管理名录的排污单位', '污染物排放符合排放标准和总量控制要求'],
    materials: [
      form('排污许可证申请表', '通过全国排污许可证管理信息平台填报'),
      material('自行监测方案'),
      material('环境影响评价审批文件或登记表备案材料', { source: 'government', issuedBy: '生态环境部门' }),
    ],
    keywords: ['排污证', '排污许可'],
  }),
  item({
    dept: 'meteorology',
    no: 1,
    name: '雷电防护装置设计审核',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 5],
    result: '雷电防护装置设计核准意见书',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref('《气象灾害防御条例》', '第二十三条'),
      ref('《雷电防护装置设计审核和竣工验收规定》', '第八条'),
    ],
    conditions: [
      '油库、气库、弹药库、化学品仓库、烟花爆竹、石化等易燃易爆建设工程和场所，或雷电易发区内需单独安装雷电防护装置的场所',
    ],
    materials: [
      form('雷电防护装置设计审核申请书'),
      material('雷电防护装置设计说明书和设计图纸'),
      material('设计单位和人员的资质资格证明'),
    ],
    keywords: ['防雷审核', '防雷设计'],
  }),
  item({
    dept: 'meteorology',
    no: 2,
    name: '雷电防护装置竣工验收',
    category: 'licensing',
    subjects: ORG,
    limits: [20, 5],
    result: '雷电防护装置验收意见书',
    resultKind: 'approval_document',
    themes: [...PROJECT],
    basis: [
      ref('《气象灾害防御条例》', '第二十三条'),
      ref('《雷电防护装置设计审核和竣工验收规定》', '第十四条'),
    ],
    conditions: [
      '雷电防护装置设计已经审核同意并按设计施工完成',
      '已取得具有资质的机构出具的防雷装置检测报告',
    ],
    materials: [form('雷电防护装置竣工验收申请书'), material('雷电防护装置检测报告'), material('竣工图纸')],
    keywords: ['防雷验收', '避雷验收'],
  }),
  item({
    dept: 'meteorology',
    no: 3,
    name: '升放无人驾驶自由气球或者系留气球活动审批',
    category: 'licensing',
    subjects: ORG,
    limits: [5, 3],
    result: '升放气球活动许可决定书',
    resultKind: 'approval_document',
    basis: [ref('《通用航空飞行管制条例》', '第三十二条'), ref('《施放气球管理办法》', '第十四条')],
    conditions: ['施放单位具有施放气球资质', '升放地点、时间符合安全要求'],
    materials: [form('升放气球活动申请表'), copyOf('施放气球资质证'), material('升放活动安全方案')],
    keywords: ['放气球', '系留气球', '庆典气球'],
  }),
];

export const CONSTRUCTION_ITEMS: DemoItem[] = [
  ...developmentItems,
  ...planningItems,
  ...landDisputeItems,
  ...housingItems,
  ...defenseItems,
  ...ecologyAndWeatherItems,
];
