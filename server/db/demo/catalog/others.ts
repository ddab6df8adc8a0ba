import {
  BUSINESS_LICENSE,
  BOTH,
  COMMITMENT_LETTER,
  LICENSING_LAW_42,
  ORG,
  copyOf,
  form,
  idCard,
  item,
  material,
  ref,
  step,
  type DemoItem,
  type Preset,
} from './builders.ts';

/** Other business licences: 商务, 文化广电旅游体育, 应急管理, 城市管理, 烟草专卖. */

const OPERATING = ['operating_permits'] as const;

function licence(spec: Preset<'category' | 'subjects'>): DemoItem {
  return item({ category: 'licensing', subjects: ORG, themes: [...OPERATING], ...spec });
}

const commerceItems: DemoItem[] = [
  licence({
    dept: 'commerce',
    no: 1,
    name: '单用途商业预付卡发卡企业备案',
    category: 'other_power',
    limits: [5, null],
    visits: 0,
    result: '单用途商业预付卡备案回执',
    resultKind: 'certificate',
    basis: [ref('《单用途商业预付卡管理办法（试行）》（商务部令2012年第9号）', '第七条')],
    conditions: [
      '零售业、住宿和餐饮业、居民服务业企业发行单用途商业预付卡',
      '在开展单用途卡业务之日起30日内备案',
    ],
    materials: [
      form('单用途卡发卡企业备案表'),
      BUSINESS_LICENSE,
      material('预收资金存管协议'),
      material('单用途卡章程或协议样本'),
    ],
    keywords: ['预付卡备案', '会员卡', '充值卡'],
  }),
  licence({
    dept: 'commerce',
    no: 2,
    name: '再生资源回收经营者备案',
    category: 'other_power',
    subjects: BOTH,
    limits: [5, null],
    visits: 0,
    result: '再生资源回收经营者备案回执',
    resultKind: 'certificate',
    basis: [
      ref(
        '《再生资源回收管理办法》',
        '第七条',
        '从事再生资源回收经营活动，应当在取得营业执照后30日内，按属地管理原则，向登记注册地工商行政管理部门的同级商务主管部门或者其授权机构备案。',
      ),
    ],
    conditions: ['已取得营业执照，从事再生资源回收经营'],
    materials: [form('再生资源回收经营者备案登记表'), BUSINESS_LICENSE],
    keywords: ['废品回收', '再生资源', '收废品'],
  }),
  licence({
    dept: 'commerce',
    no: 3,
    name: '二手车经营主体备案',
    category: 'other_power',
    subjects: BOTH,
    limits: [5, null],
    visits: 0,
    result: '二手车经营主体备案回执',
    resultKind: 'certificate',
    basis: [ref('《二手车流通管理办法》', '第十条')],
    conditions: ['二手车交易市场经营者、经销企业和经纪机构已取得营业执照'],
    materials: [form('二手车经营主体备案表'), BUSINESS_LICENSE],
    themes: ['operating_permits', 'driving_vehicles'],
    keywords: ['二手车备案', '二手车商'],
  }),
];

const cultureItems: DemoItem[] = [
  licence({
    dept: 'culture',
    no: 1,
    name: '娱乐场所经营许可',
    limits: [20, 10],
    result: '娱乐经营许可证',
    eLicense: true,
    basis: [
      ref(
        '《娱乐场所管理条例》',
        '第九条',
        '娱乐场所申请从事娱乐场所经营活动，应当向所在地县级人民政府文化主管部门提出申请……文化主管部门应当自受理申请之日起20日内依法作出决定。',
      ),
    ],
    conditions: [
      '场所使用面积、设施设备符合规定',
      '不在居民住宅楼、博物馆、图书馆等禁止设立的建筑物内',
      '投资人、法定代表人等不属于条例规定不得开办娱乐场所的人员',
    ],
    materials: [
      form('娱乐场所经营申请表'),
      BUSINESS_LICENSE,
      idCard('法定代表人（负责人）'),
      copyOf('经营场所产权证明或租赁合同'),
      material('场所平面示意图'),
    ],
    keywords: ['KTV', '歌厅', '娱乐场所', '酒吧'],
  }),
  licence({
    dept: 'culture',
    no: 2,
    name: '互联网上网服务营业场所经营单位设立审批',
    limits: [20, 10],
    result: '网络文化经营许可证',
    eLicense: true,
    basis: [
      ref('《互联网上网服务营业场所管理条例》', '第十一条'),
      ref('《互联网上网服务营业场所管理条例》', '第十二条'),
      LICENSING_LAW_42,
    ],
    conditions: [
      '有与其经营活动相适应并符合国家规定的消防安全条件的营业场所',
      '营业场所距中学、小学校园出入口的距离符合规定',
    ],
    materials: [
      form('互联网上网服务营业场所设立申请表'),
      BUSINESS_LICENSE,
      copyOf('营业场所产权证明或租赁合同'),
      material('网络安全和信息安全管理制度'),
    ],
    keywords: ['网吧', '电竞馆', '上网服务'],
  }),
  licence({
    dept: 'culture',
    no: 3,
    name: '营业性演出审批',
    limits: [3, 2],
    result: '营业性演出准予许可决定书',
    resultKind: 'approval_document',
    basis: [ref('《营业性演出管理条例》', '第十三条'), ref('《营业性演出管理条例实施细则》', '第十五条')],
    conditions: ['演出举办单位具有相应资质', '演出场所符合安全条件，节目内容不含条例禁止的内容'],
    materials: [
      form('营业性演出申请登记表'),
      material('演出节目内容材料'),
      material('演出场地安全保障方案'),
      material('演员名单及身份证明'),
    ],
    keywords: ['演出审批', '演唱会审批', '商演'],
  }),
  licence({
    dept: 'culture',
    no: 4,
    name: '高危险性体育项目经营许可',
    limits: [30, 15],
    result: '高危险性体育项目经营许可证',
    basis: [
      ref(
        '《全民健身条例》',
        '第三十二条',
        '企业、个体工商户经营高危险性体育项目的，应当符合下列条件，并向县级以上地方人民政府体育主管部门提出申请……体育主管部门应当自收到申请之日起30日内进行实地核查，做出批准或者不予批准的决定。',
      ),
    ],
    conditions: [
      '相关体育设施符合国家标准',
      '具有达到规定数量的取得国家职业资格证书的社会体育指导人员和救助人员',
      '具有相应的安全保障制度和措施',
    ],
    materials: [
      form('高危险性体育项目经营申请表'),
      BUSINESS_LICENSE,
      material('体育场所、设施、设备符合国家标准的说明或检测报告'),
      copyOf('社会体育指导人员和救助人员职业资格证书'),
    ],
    keywords: ['游泳馆', '攀岩', '滑雪场', '高危体育'],
  }),
  licence({
    dept: 'culture',
    no: 5,
    name: '艺术品经营单位备案',
    category: 'other_power',
    subjects: BOTH,
    limits: [15, null],
    visits: 0,
    result: '艺术品经营单位备案回执',
    resultKind: 'certificate',
    basis: [ref('《艺术品经营管理办法》（文化部令第56号）', '第五条')],
    conditions: ['从事艺术品经营活动的经营单位，自领取营业执照之日起15日内备案'],
    materials: [form('艺术品经营单位备案表'), BUSINESS_LICENSE],
    keywords: ['画廊', '艺术品经营'],
  }),
];

const HAZARDOUS_RULES = '《危险化学品安全管理条例》';

const emergencyItems: DemoItem[] = [
  licence({
    dept: 'emergency',
    no: 1,
    name: '危险化学品经营许可（不带储存设施）',
    limits: [30, 15],
    result: '危险化学品经营许可证',
    eLicense: true,
    basis: [
      ref(
        HAZARDOUS_RULES,
        '第三十五条',
        '从事剧毒化学品、易制爆危险化学品经营的企业，应当向所在地设区的市级人民政府安全生产监督管理部门提出申请，从事其他危险化学品经营的企业，应当向所在地县级人民政府安全生产监督管理部门提出申请（有储存设施的，应当向所在地设区的市级人民政府安全生产监督管理部门提出申请）。……安全生产监督管理部门应当依法进行审查，并对申请人的经营场所、储存设施进行现场核查，自收到证明材料之日起30日内作出批准或者不予批准的决定。',
      ),
    ],
    conditions: [
      '经营场所符合国家标准、行业标准的要求',
      '从业人员经过专业技术培训并经考核合格',
      '有健全的安全管理规章制度和事故应急救援预案',
    ],
    materials: [
      form('危险化学品经营许可证申请书'),
      BUSINESS_LICENSE,
      material('经营场所产权证明或租赁合同'),
      copyOf('主要负责人、安全管理人员安全资格证书'),
      material('安全生产规章制度和事故应急救援预案'),
    ],
    keywords: ['危化品经营', '危化品许可证', '油漆店', '化工店'],
  }),
  licence({
    dept: 'emergency',
    no: 2,
    name: '烟花爆竹经营（零售）许可',
    subjects: BOTH,
    limits: [20, 10],
    result: '烟花爆竹经营（零售）许可证',
    basis: [ref('《烟花爆竹安全管理条例》', '第十九条'), ref('《烟花爆竹经营许可实施办法》', '第十八条')],
    conditions: [
      '符合县级零售网点布局规划',
      '零售场所与居民居住场所保持必要的安全距离',
      '主要负责人经过安全知识教育',
    ],
    materials: [
      form('烟花爆竹经营（零售）许可证申请书'),
      BUSINESS_LICENSE,
      material('零售场所产权或租赁证明'),
      material('安全管理制度和操作规程'),
    ],
    keywords: ['卖烟花', '烟花爆竹零售', '鞭炮'],
  }),
  licence({
    dept: 'emergency',
    no: 3,
    name: '生产经营单位生产安全事故应急预案备案',
    category: 'other_power',
    limits: [5, null],
    visits: 0,
    result: '应急预案备案登记表',
    resultKind: 'certificate',
    themes: [],
    basis: [
      ref('《生产安全事故应急条例》', '第七条'),
      ref('《生产安全事故应急预案管理办法》（应急管理部令第2号）', '第二十六条'),
    ],
    conditions: ['生产经营单位已编制并评审（论证）生产安全事故应急预案'],
    materials: [
      form('生产经营单位生产安全事故应急预案备案申请表'),
      material('应急预案评审（论证）意见'),
      material('生产安全事故应急预案', { forms: ['electronic'] }),
    ],
    keywords: ['应急预案备案', '安全预案'],
  }),
];

const safetyInspectionItems: DemoItem[] = [
  item({
    dept: 'emergency',
    no: 4,
    name: '安全生产监督检查',
    category: 'inspection',
    subjects: ORG,
    limits: [20, 15],
    visits: 0,
    channels: ['online'],
    delivery: ['online'],
    result: '现场检查记录及整改指令书',
    resultKind: 'other',
    steps: [
      step('检查', 'reviewer', 10, '执法人员出示证件，按年度监督检查计划和“双随机、一公开”要求进场检查'),
      step('处理', 'chief_representative', 5, '对事故隐患责令立即排除或限期整改，依法作出现场处理决定'),
    ],
    basis: [
      ref('《中华人民共和国安全生产法》', '第六十五条'),
      ref('《中华人民共和国安全生产法》', '第六十六条'),
    ],
    conditions: ['辖区内生产经营单位，按年度监督检查计划和风险等级确定检查频次'],
    materials: [material('安全生产责任制、管理制度和隐患排查治理记录', { optional: true })],
    themes: [],
    keywords: ['安全检查', '安全生产检查', '双随机'],
  }),
];

const urbanItems: DemoItem[] = [
  licence({
    dept: 'urban_management',
    no: 1,
    name: '城市建筑垃圾处置核准',
    subjects: BOTH,
    limits: [20, 5],
    result: '城市建筑垃圾处置核准决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref('《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', '附件第101项'),
      ref('《城市建筑垃圾管理规定》（建设部令第139号）', '第七条'),
    ],
    conditions: ['已提交建筑垃圾处置方案，有消纳场地', '运输车辆具备全密闭运输机械装置或密闭苫盖装置'],
    materials: [
      form('城市建筑垃圾处置核准申请表'),
      material('建筑垃圾处置方案'),
      material('消纳场地证明或协议'),
      copyOf('运输车辆行驶证'),
    ],
    keywords: ['渣土', '建筑垃圾', '装修垃圾'],
  }),
  licence({
    dept: 'urban_management',
    no: 2,
    name: '设置大型户外广告审批',
    subjects: BOTH,
    limits: [20, 5],
    commitment: true,
    result: '户外广告设置许可决定书',
    resultKind: 'approval_document',
    basis: [
      ref(
        '《城市市容和环境卫生管理条例》',
        '第十一条',
        '大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。',
      ),
    ],
    conditions: ['设置地点符合户外广告设置规划', '设施结构安全，与周边环境相协调'],
    materials: [
      form('户外广告设置申请表'),
      material('广告设计效果图和设置位置图'),
      material('设施结构安全说明'),
      copyOf('场地使用权证明'),
      COMMITMENT_LETTER,
    ],
    keywords: ['广告牌', '户外广告', '招牌'],
  }),
  licence({
    dept: 'urban_management',
    no: 3,
    name: '临时占用城市道路审批',
    subjects: BOTH,
    limits: [20, 5],
    result: '临时占用城市道路许可决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        '《城市道路管理条例》',
        '第三十一条',
        '因特殊情况需要临时占用城市道路的，须经市政工程行政主管部门和公安交通管理部门批准，方可按照规定占用。',
      ),
    ],
    conditions: [
      '因建设施工、临时堆放等特殊情况确需临时占用城市道路',
      '已取得公安交通管理部门同意（涉及交通的）',
    ],
    materials: [
      form('临时占用城市道路申请表'),
      material('占道位置平面图'),
      material('安全防护措施和交通组织方案'),
    ],
    keywords: ['占道', '占用道路', '临时占道'],
  }),
  licence({
    dept: 'urban_management',
    no: 4,
    name: '挖掘城市道路审批',
    subjects: BOTH,
    limits: [20, 5],
    result: '挖掘城市道路许可决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        '《城市道路管理条例》',
        '第三十三条',
        '因工程建设需要挖掘城市道路的，应当提交城市规划部门批准签发的文件和有关设计文件，经市政工程行政主管部门和公安交通管理部门批准，方可按照规定挖掘。',
      ),
    ],
    conditions: ['因工程建设确需挖掘城市道路', '已取得规划许可等批准文件'],
    materials: [
      form('挖掘城市道路申请表'),
      material('规划批准文件及设计文件'),
      material('施工方案及修复承诺'),
    ],
    keywords: ['挖路', '道路开挖', '管线施工'],
  }),
  licence({
    dept: 'urban_management',
    no: 5,
    name: '砍伐、迁移城市树木审批',
    subjects: BOTH,
    limits: [20, 10],
    result: '砍伐（迁移）城市树木许可决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [
      ref(
        '《城市绿化条例》',
        '第二十条',
        '砍伐城市树木，必须经城市人民政府城市绿化行政主管部门批准，并按照国家有关规定补植树木或者采取其他补救措施。',
      ),
    ],
    conditions: ['因建设、树木危及安全等原因确需砍伐或迁移', '已制定补植或补偿方案'],
    materials: [
      form('砍伐（迁移）城市树木申请表'),
      material('树木位置图及现状照片'),
      material('补植或补偿方案'),
    ],
    keywords: ['砍树', '移树', '城市绿化'],
  }),
  licence({
    dept: 'urban_management',
    no: 6,
    name: '临时占用城市绿地审批',
    subjects: BOTH,
    limits: [20, 10],
    result: '临时占用城市绿地许可决定书',
    resultKind: 'approval_document',
    themes: ['construction_project'],
    basis: [ref('《城市绿化条例》', '第十九条')],
    conditions: ['因建设或其他特殊需要临时占用城市绿地', '承诺期满恢复原状'],
    materials: [form('临时占用城市绿地申请表'), material('占用位置图'), material('绿地恢复方案')],
    keywords: ['占用绿地', '临时绿地'],
  }),
  licence({
    dept: 'urban_management',
    no: 7,
    name: '从事城市生活垃圾经营性清扫、收集、运输服务审批',
    limits: [20, 10],
    result: '城市生活垃圾经营性清扫、收集、运输服务许可证',
    basis: [
      ref('《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', '附件第102项'),
      ref('《城市生活垃圾管理办法》（建设部令第157号）', '第十七条'),
    ],
    conditions: ['有符合要求的垃圾收集、运输车辆和设备', '有健全的技术、质量、安全和监测管理制度'],
    materials: [
      form('城市生活垃圾经营性清扫、收集、运输服务申请表'),
      BUSINESS_LICENSE,
      copyOf('车辆行驶证及设备清单'),
      material('管理制度文本'),
    ],
    keywords: ['垃圾清运', '保洁公司', '垃圾运输'],
  }),
];

const TOBACCO_LAW = '《中华人民共和国烟草专卖法》';
const TOBACCO_RULES = '《烟草专卖许可证管理办法》';

function tobacco(spec: Preset<'dept' | 'category' | 'subjects'>): DemoItem {
  return licence({ dept: 'tobacco', subjects: BOTH, ...spec });
}

const tobaccoItems: DemoItem[] = [
  tobacco({
    no: 1,
    name: '烟草专卖零售许可证新办',
    limits: [20, 10],
    result: '烟草专卖零售许可证',
    eLicense: true,
    basis: [
      ref(
        TOBACCO_LAW,
        '第十六条',
        '经营烟草制品零售业务的企业或者个人，由县级人民政府工商行政管理部门根据上一级烟草专卖行政主管部门的委托，审查批准发给烟草专卖零售许可证。',
      ),
      ref(TOBACCO_RULES, '第二十条'),
    ],
    conditions: [
      '有与经营烟草制品零售业务相适应的资金',
      '有固定的经营场所',
      '符合烟草专卖零售许可证合理布局规定',
      '未成年人不得申领',
    ],
    materials: [
      form('烟草专卖零售许可证申请表'),
      BUSINESS_LICENSE,
      idCard('经营者'),
      copyOf('经营场所产权证明或租赁合同'),
    ],
    keywords: ['烟草证', '卖烟', '烟草零售'],
  }),
  tobacco({
    no: 2,
    name: '烟草专卖零售许可证延续',
    limits: [20, 5],
    result: '烟草专卖零售许可证',
    eLicense: true,
    basis: [ref(TOBACCO_LAW, '第十六条'), ref(TOBACCO_RULES, '第三十四条')],
    conditions: ['许可证有效期届满需继续经营，在有效期届满30日前申请'],
    materials: [form('烟草专卖零售许可证延续申请表'), BUSINESS_LICENSE],
    keywords: ['烟草证到期', '烟草证延续'],
  }),
  tobacco({
    no: 3,
    name: '烟草专卖零售许可证变更',
    limits: [20, 5],
    result: '烟草专卖零售许可证',
    eLicense: true,
    basis: [ref(TOBACCO_RULES, '第三十六条')],
    conditions: ['企业名称、负责人、经营场所等许可事项发生变化'],
    materials: [form('烟草专卖零售许可证变更申请表'), BUSINESS_LICENSE, material('与变更事项相关的证明材料')],
    themes: ['operating_permits', 'business_change'],
    keywords: ['烟草证变更'],
  }),
  tobacco({
    no: 4,
    name: '烟草专卖零售许可证停业、歇业',
    limits: [20, null],
    visits: 0,
    result: '停业（歇业）核准通知',
    resultKind: 'approval_document',
    basis: [ref(TOBACCO_RULES, '第三十八条')],
    conditions: ['持证人因故停止经营或歇业'],
    materials: [form('烟草专卖零售许可证停业（歇业）申请表')],
    themes: ['operating_permits', 'business_closure'],
    keywords: ['烟草证歇业', '烟草证停业', '烟草证注销'],
  }),
];

export const OTHER_ITEMS: DemoItem[] = [
  ...commerceItems,
  ...cultureItems,
  ...emergencyItems,
  ...safetyInspectionItems,
  ...urbanItems,
  ...tobaccoItems,
];
