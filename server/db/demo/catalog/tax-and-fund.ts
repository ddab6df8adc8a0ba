import {
  BOTH,
  BUSINESS_LICENSE,
  ORG,
  PERSON,
  PLACES,
  POWER_OF_ATTORNEY,
  PROPERTY_CERTIFICATE,
  copyOf,
  form,
  idCard,
  item,
  material,
  ref,
  type DemoItem,
  type ItemSpec,
  type Preset,
} from './builders.ts';

/** 国家税务总局栖云县税务局 and 澄州市住房公积金管理中心栖云县管理部. */

const COLLECTION_LAW = '《中华人民共和国税收征收管理法》';
const INVOICE_RULES = '《中华人民共和国发票管理办法》';

function tax(spec: Omit<ItemSpec, 'dept'>): DemoItem {
  return item({ dept: 'tax', ...spec });
}

const taxItems: DemoItem[] = [
  tax({
    no: 1,
    name: '税务登记（新办纳税人信息确认）',
    category: 'other_power',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    result: '税务登记信息（纳税人识别号即统一社会信用代码）',
    resultKind: 'certificate',
    basis: [
      ref(
        COLLECTION_LAW,
        '第十五条',
        '企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位（以下统称从事生产、经营的纳税人）自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。',
      ),
      ref('《税务登记管理办法》（国家税务总局令第7号）', '第八条'),
    ],
    conditions: ['已取得加载统一社会信用代码的营业执照'],
    materials: [
      BUSINESS_LICENSE,
      idCard('法定代表人（负责人）'),
      material('财务负责人、办税人员信息', { forms: ['electronic'], notes: '通过电子税务局在线确认' }),
    ],
    themes: ['business_opening', 'taxation'],
    keywords: ['税务登记', '税务报到', '新办企业', '税务开户'],
  }),
  tax({
    no: 2,
    name: '发票领用',
    hot: 10,
    category: 'other_power',
    subjects: BOTH,
    limits: [5, null],
    visits: 0,
    result: '发票（含数电发票开票额度）',
    resultKind: 'other',
    location: PLACES.invoiceWindow,
    basis: [
      ref(
        INVOICE_RULES,
        '第十五条',
        '需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量以及领用方式。',
      ),
    ],
    conditions: ['已完成税务信息确认', '经营范围和规模需要开具发票'],
    materials: [
      idCard('经办人'),
      material('税控设备或数电发票实名认证', {
        forms: ['electronic'],
        notes: '使用全面数字化电子发票的无需税控设备',
      }),
    ],
    themes: ['taxation', 'business_opening'],
    keywords: ['领发票', '发票申领', '数电票', '开票额度', '发票'],
    faq: [
      [
        '新办企业怎么开发票？',
        '新办纳税人完成信息确认后即可使用全面数字化电子发票，系统自动赋予初始开票额度，无需领用税控设备。',
      ],
      ['开票额度不够怎么办？', '可在电子税务局申请调整开票额度，税务机关按风险等级在规定时间内审核。'],
    ],
  }),
  tax({
    no: 3,
    name: '代开增值税发票',
    category: 'other_power',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    result: '增值税发票',
    resultKind: 'other',
    location: PLACES.invoiceWindow,
    basis: [
      ref(INVOICE_RULES, '第十六条'),
      ref('《国家税务总局关于优化若干税收征管服务事项的通知》（税总征科发〔2022〕19号）', '三'),
    ],
    conditions: ['已办理税务登记的小规模纳税人或临时取得应税收入的单位和个人，需要开具发票'],
    materials: [idCard('经办人'), material('书面合同或证明交易发生的材料', { forms: ['copy'], copies: 1 })],
    themes: ['taxation'],
    keywords: ['代开发票', '个人开发票', '临时开票'],
  }),
  tax({
    no: 4,
    name: '增值税一般纳税人登记',
    category: 'other_power',
    subjects: ORG,
    limits: [1, null],
    visits: 0,
    result: '增值税一般纳税人登记信息',
    resultKind: 'certificate',
    basis: [
      ref('《增值税一般纳税人登记管理办法》（国家税务总局令第43号）', '第二条'),
      ref('《增值税一般纳税人登记管理办法》（国家税务总局令第43号）', '第五条'),
    ],
    conditions: ['年应税销售额超过规定标准，或会计核算健全、能够提供准确税务资料的纳税人'],
    materials: [form('增值税一般纳税人登记表')],
    themes: ['taxation', 'business_change'],
    keywords: ['一般纳税人', '小规模转一般'],
  }),
  tax({
    no: 5,
    name: '纳税申报',
    category: 'levy',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'window'],
    result: '纳税申报回执及完税凭证',
    basis: [
      ref(
        COLLECTION_LAW,
        '第二十五条',
        '纳税人必须依照法律、行政法规规定或者税务机关依照法律、行政法规的规定确定的申报期限、申报项目和申报内容如实办理纳税申报，报送纳税申报表、财务会计报表以及税务机关根据实际需要要求纳税人报送的其他纳税资料。',
      ),
    ],
    conditions: ['负有纳税义务的纳税人、扣缴义务人在申报期内办理'],
    materials: [
      material('纳税申报表及附列资料', { forms: ['electronic'], notes: '通过电子税务局填报' }),
      material('财务会计报表', { forms: ['electronic'], optional: true }),
    ],
    themes: ['taxation'],
    keywords: ['报税', '纳税申报', '增值税申报', '零申报'],
  }),
  tax({
    no: 6,
    name: '个人所得税综合所得汇算清缴',
    category: 'levy',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    channels: ['mobile', 'online', 'window'],
    delivery: ['online'],
    result: '个人所得税年度汇算申报结果',
    basis: [
      ref(
        '《中华人民共和国个人所得税法》',
        '第十一条',
        '居民个人取得综合所得，按年计算个人所得税；有扣缴义务人的，由扣缴义务人按月或者按次预扣预缴税款；需要办理汇算清缴的，应当在取得所得的次年三月一日至六月三十日内办理汇算清缴。',
      ),
    ],
    conditions: ['取得综合所得且需要补税或申请退税的居民个人'],
    materials: [
      material('年度收入和专项附加扣除信息', { forms: ['electronic'], notes: '通过“个人所得税”APP确认' }),
    ],
    keywords: ['个税汇算', '个税退税', '个人所得税'],
  }),
  tax({
    no: 7,
    name: '清税证明开具（注销税务登记）',
    category: 'other_power',
    subjects: BOTH,
    limits: [20, 3],
    visits: 0,
    result: '清税证明',
    resultKind: 'certificate',
    basis: [
      ref(COLLECTION_LAW, '第十六条'),
      ref(
        '《中华人民共和国税收征收管理法实施细则》',
        '第十六条',
        '纳税人在办理注销税务登记前，应当向税务机关结清应纳税款、滞纳金、罚款，缴销发票、税务登记证件和其他税务证件。',
      ),
    ],
    conditions: ['已结清应纳税款、滞纳金、罚款', '已缴销发票'],
    materials: [form('清税申报表'), material('上级主管部门批复文件或董事会决议', { optional: true })],
    themes: ['business_closure', 'taxation'],
    keywords: ['清税', '税务注销', '注销税务登记'],
  }),
  tax({
    no: 8,
    name: '跨区域涉税事项报告',
    category: 'other_power',
    subjects: ORG,
    limits: [1, null],
    visits: 0,
    result: '跨区域涉税事项报告表',
    resultKind: 'certificate',
    basis: [ref('《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》（税总发〔2017〕103号）', '一')],
    conditions: ['纳税人跨省（自治区、直辖市和计划单列市）临时从事生产经营活动'],
    materials: [form('跨区域涉税事项报告表'), copyOf('跨区域经营合同', { optional: true })],
    themes: ['taxation'],
    keywords: ['外经证', '跨区域', '异地施工报验'],
  }),
  tax({
    no: 9,
    name: '契税申报（不动产交易）',
    category: 'levy',
    subjects: BOTH,
    limits: [1, null],
    result: '契税完税（减免）凭证',
    location: PLACES.realEstateTaxWindows,
    basis: [
      ref(
        '《中华人民共和国契税法》',
        '第一条',
        '在中华人民共和国境内转移土地、房屋权属，承受的单位和个人为契税的纳税人，应当依照本法规定缴纳契税。',
      ),
      ref('《中华人民共和国契税法》', '第十条', '纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。'),
    ],
    conditions: ['承受土地、房屋权属，在办理不动产登记前申报'],
    materials: [
      idCard('纳税人'),
      material('不动产买卖合同或权属转移合同', {
        source: 'government',
        issuedBy: '住房和城乡建设部门',
        notes: '已网签的共享调取',
      }),
      material('家庭住房情况查询结果', {
        optional: true,
        notes: '申请家庭首套、二套住房优惠税率的由系统查询',
      }),
    ],
    themes: ['housing'],
    keywords: ['契税', '交契税', '买房交税'],
    faq: [
      [
        '首套房契税多少？',
        '个人购买家庭唯一住房，面积140平方米及以下的按1%、140平方米以上的按1.5%征收契税；第二套住房140平方米以上的按2%征收（财政部 税务总局 住房城乡建设部公告2024年第16号），具体以窗口核定为准。',
      ],
    ],
  }),
  tax({
    no: 10,
    name: '个人出售住房涉税申报',
    category: 'levy',
    subjects: PERSON,
    limits: [1, null],
    result: '完税（减免）凭证',
    location: PLACES.realEstateTaxWindows,
    basis: [
      ref('《中华人民共和国个人所得税法》', '第二条'),
      ref('《财政部 国家税务总局关于全面推开营业税改征增值税试点的通知》（财税〔2016〕36号）', '附件3'),
    ],
    conditions: ['个人转让住房，在办理转移登记前申报'],
    materials: [
      idCard('出售人'),
      PROPERTY_CERTIFICATE,
      material('房屋原值凭证', { optional: true, notes: '按实际所得申报个人所得税的提交' }),
    ],
    themes: ['housing'],
    keywords: ['卖房交税', '满五唯一', '二手房个税'],
  }),
  tax({
    no: 11,
    name: '车辆购置税申报',
    category: 'levy',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    result: '车辆购置税完税证明（电子）',
    basis: [
      ref('《中华人民共和国车辆购置税法》', '第一条'),
      ref(
        '《中华人民共和国车辆购置税法》',
        '第十二条',
        '纳税人应当在向公安机关交通管理部门办理车辆注册登记前，缴纳车辆购置税。',
      ),
    ],
    conditions: ['购置应税车辆，在办理车辆注册登记前申报'],
    materials: [
      idCard('纳税人'),
      material('机动车销售统一发票', { forms: ['electronic'] }),
      material('车辆合格证明', { forms: ['electronic'] }),
    ],
    themes: ['driving_vehicles'],
    keywords: ['购置税', '买车交税', '车购税'],
  }),
  tax({
    no: 12,
    name: '城乡居民基本医疗保险费缴纳',
    category: 'levy',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    channels: ['mobile', 'online', 'kiosk', 'window'],
    delivery: ['online'],
    result: '社会保险费缴费凭证',
    location: PLACES.socialFeeWindow,
    basis: [
      ref('《中华人民共和国社会保险法》', '第二十五条'),
      ref('《国税地税征管体制改革方案》', '社会保险费征管'),
    ],
    conditions: ['已办理城乡居民基本医疗保险参保登记'],
    materials: [idCard('参保人')],
    themes: ['medical_care'],
    keywords: ['交医保', '居民医保缴费', '医保费'],
  }),
  tax({
    no: 13,
    name: '灵活就业人员社会保险费缴纳',
    category: 'levy',
    subjects: PERSON,
    limits: [1, null],
    visits: 0,
    channels: ['mobile', 'online', 'kiosk', 'window'],
    delivery: ['online'],
    result: '社会保险费缴费凭证',
    location: PLACES.socialFeeWindow,
    basis: [
      ref(
        '《中华人民共和国社会保险法》',
        '第六十条',
        '无雇工的个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员，可以直接向社会保险费征收机构缴纳社会保险费。',
      ),
    ],
    conditions: ['已办理灵活就业人员参保登记'],
    materials: [idCard('参保人')],
    themes: ['employment', 'retirement'],
    keywords: ['个人交社保', '灵活就业缴费', '社保缴费'],
  }),
  tax({
    no: 14,
    name: '完税证明开具',
    category: 'public_service',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'kiosk', 'window'],
    delivery: ['window', 'online'],
    result: '税收完税证明',
    resultKind: 'certificate',
    basis: [ref('《税收票证管理办法》（国家税务总局令第28号）', '第十五条')],
    conditions: ['已缴纳税款的纳税人'],
    materials: [idCard('纳税人'), POWER_OF_ATTORNEY],
    themes: ['taxation'],
    keywords: ['完税证明', '纳税证明', '个税证明'],
  }),
];

const taxRewardItems: DemoItem[] = [
  tax({
    no: 15,
    name: '检举纳税人税收违法行为奖励',
    category: 'reward',
    subjects: BOTH,
    limits: [30, 20],
    result: '检举奖励通知书',
    resultKind: 'approval_document',
    basis: [
      ref(
        COLLECTION_LAW,
        '第十三条',
        '任何单位和个人都有权检举违反税收法律、行政法规的行为。收到检举的机关和负责查处的机关应当为检举人保密。税务机关应当按照规定对检举人给予奖励。',
      ),
      ref('《检举纳税人税收违法行为奖励暂行办法》（国家税务总局 财政部令第18号）', '第二条'),
    ],
    conditions: ['检举的税收违法行为经税务机关立案查实处理并依法将税款收缴入库', '检举人实名检举'],
    materials: [
      idCard('检举人'),
      material('检举奖励通知书', { source: 'government', issuedBy: '税务机关' }),
      material('本人银行账户信息'),
    ],
    keywords: ['税务举报', '检举奖励', '偷税举报'],
  }),
];

const FUND_RULES = '《住房公积金管理条例》';
const FUND_24 = ref(
  FUND_RULES,
  '第二十四条',
  '职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：（一）购买、建造、翻建、大修自住住房的；（二）离休、退休的；（三）完全丧失劳动能力，并与单位终止劳动关系的；（四）出境定居的；（五）偿还购房贷款本息的；（六）房租超出家庭工资收入的规定比例的。',
);
const FUND_25 = ref(
  FUND_RULES,
  '第二十五条',
  '住房公积金管理中心应当自受理申请之日起3日内作出准予提取或者不准提取的决定，并通知申请人；准予提取的，由受委托银行办理支付手续。',
);

function fund(spec: Preset<'dept' | 'category'>): DemoItem {
  return item({ dept: 'housing_fund', category: 'public_service', ...spec });
}

function withdrawal(
  no: number,
  situation: string,
  extra: Preset<'dept' | 'no' | 'name' | 'category' | 'subjects' | 'limits' | 'result' | 'basis'>,
): DemoItem {
  return fund({
    no,
    name: `住房公积金提取（${situation}）`,
    subjects: PERSON,
    limits: [3, 1],
    visits: 0,
    result: '住房公积金提取审批结果（资金转入本人银行账户）',
    basis: [FUND_24, FUND_25],
    ...extra,
  });
}

const fundItems: DemoItem[] = [
  fund({
    no: 1,
    name: '住房公积金单位缴存登记',
    subjects: ORG,
    limits: [3, null],
    visits: 0,
    result: '住房公积金单位账户',
    basis: [
      ref(
        FUND_RULES,
        '第十四条',
        '新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。',
      ),
    ],
    conditions: ['已依法设立的单位'],
    materials: [BUSINESS_LICENSE, form('住房公积金单位缴存登记表', '企业开办“一件事”平台同步填报的免于提交')],
    themes: ['business_opening', 'hiring'],
    keywords: ['公积金开户', '单位公积金', '公积金缴存登记'],
  }),
  fund({
    no: 2,
    name: '职工住房公积金账户设立',
    subjects: ORG,
    limits: [3, null],
    visits: 0,
    result: '职工住房公积金个人账户',
    basis: [
      ref(
        FUND_RULES,
        '第十五条',
        '单位录用职工的，应当自录用之日起30日内向住房公积金管理中心办理缴存登记，并办理职工住房公积金账户的设立或者转移手续。',
      ),
    ],
    conditions: ['单位已办理缴存登记，新录用职工'],
    materials: [form('职工住房公积金账户设立清册')],
    themes: ['hiring'],
    keywords: ['公积金增员', '员工公积金'],
  }),
  withdrawal(3, '购买自住住房', {
    hot: 6,
    conditions: ['职工本人、配偶购买自住住房', '在购房合同签订（或不动产登记）之日起规定期限内申请'],
    materials: [
      idCard('职工'),
      material('购房合同或不动产权证书', {
        source: 'e_license',
        issuedBy: '住房和城乡建设部门或不动产登记机构',
        notes: '已共享的免于提交',
      }),
      material('购房款支付凭证或契税完税凭证', {
        source: 'government',
        issuedBy: '税务机关',
        notes: '已共享的免于提交',
      }),
      material('本人银行卡信息'),
    ],
    themes: ['housing'],
    keywords: ['公积金提取', '买房提公积金', '取公积金', '公积金'],
    faq: [
      [
        '提取的钱多久到账？',
        '材料齐全的1个工作日内审批，资金直接转入本人一类银行账户；线上申请的可“秒批秒到”。',
      ],
      [
        '配偶的公积金能一起提吗？',
        '可以。购买同一套自住住房的，职工本人及配偶可在购房总价范围内分别申请提取。',
      ],
    ],
  }),
  withdrawal(4, '偿还住房贷款本息', {
    conditions: ['职工本人或配偶正在偿还自住住房贷款'],
    materials: [
      idCard('职工'),
      material('借款合同及还款明细', { notes: '公积金贷款的由系统调取' }),
      material('本人银行卡信息'),
    ],
    themes: ['housing'],
    keywords: ['还贷提取', '公积金还房贷', '按月提取'],
  }),
  withdrawal(5, '租赁住房', {
    limits: [3, null],
    conditions: ['职工本人及配偶在缴存地无自有住房且租房自住'],
    materials: [
      idCard('职工'),
      material('房屋租赁登记备案证明或无房承诺', {
        optional: true,
        notes: '按租金标准定额提取的免于提交租赁合同',
      }),
    ],
    themes: ['housing'],
    keywords: ['租房提取', '租房提公积金'],
  }),
  withdrawal(6, '离休、退休', {
    limits: [3, null],
    conditions: ['职工已办理离休、退休手续'],
    materials: [
      idCard('职工'),
      material('退休证明', {
        source: 'government',
        issuedBy: '人力资源社会保障部门',
        notes: '已共享的免于提交',
      }),
    ],
    themes: ['retirement'],
    keywords: ['退休提取公积金', '退休销户'],
  }),
  withdrawal(7, '与单位终止劳动关系、出境定居等', {
    conditions: ['与单位终止劳动关系后未再就业、个人账户封存满半年，或出境定居、完全丧失劳动能力'],
    materials: [idCard('职工'), material('终止劳动关系证明、出境定居证明或丧失劳动能力鉴定结论')],
    themes: ['employment'],
    keywords: ['离职提取', '公积金销户'],
  }),
  withdrawal(8, '职工死亡或被宣告死亡', {
    limits: [3, 3],
    visits: 1,
    conditions: ['职工死亡或被宣告死亡，由其继承人、受遗赠人申请'],
    materials: [
      material('职工死亡证明或宣告死亡判决书', {
        source: 'government',
        issuedBy: '医疗机构、公安机关或人民法院',
      }),
      idCard('继承人、受遗赠人'),
      material('继承权公证书或人民法院生效法律文书'),
    ],
    themes: ['funeral'],
    keywords: ['公积金继承', '身后事'],
  }),
  fund({
    no: 9,
    name: '住房公积金个人住房贷款',
    subjects: PERSON,
    limits: [15, 10],
    result: '住房公积金个人住房贷款审批结果',
    basis: [
      ref(
        FUND_RULES,
        '第二十六条',
        '缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。住房公积金管理中心应当自受理申请之日起15日内作出准予贷款或者不准贷款的决定，并通知申请人；准予贷款的，由受委托银行办理贷款手续。',
      ),
    ],
    conditions: [
      '正常缴存住房公积金满规定期限',
      '购买、建造、翻建、大修自住住房',
      '具有按期偿还贷款本息的能力，个人信用良好',
    ],
    materials: [
      form('住房公积金个人住房贷款申请表'),
      idCard('借款人及配偶'),
      material('购房合同', { source: 'government', issuedBy: '住房和城乡建设部门' }),
      material('首付款支付凭证'),
      material('婚姻状况证明', { notes: '已共享的免于提交' }),
    ],
    themes: ['housing'],
    keywords: ['公积金贷款', '公积金买房', '房贷'],
  }),
  fund({
    no: 10,
    name: '住房公积金异地转移接续',
    subjects: PERSON,
    limits: [15, 5],
    visits: 0,
    result: '住房公积金转移接续结果',
    basis: [],
    conditions: ['职工跨城市就业，在转入地已开立住房公积金个人账户'],
    materials: [idCard('职工')],
    themes: ['employment', 'housing'],
    keywords: ['公积金转移', '公积金异地'],
  }),
  fund({
    no: 11,
    name: '住房公积金缴存证明开具',
    subjects: BOTH,
    limits: [1, null],
    visits: 0,
    channels: ['online', 'mobile', 'kiosk', 'window'],
    delivery: ['window', 'online'],
    result: '住房公积金缴存证明',
    resultKind: 'certificate',
    basis: [],
    conditions: ['已缴存住房公积金的职工'],
    materials: [idCard('职工')],
    themes: ['housing'],
    keywords: ['公积金证明', '缴存证明', '公积金查询'],
  }),
];

export const TAX_AND_FUND_ITEMS: DemoItem[] = [...taxItems, ...taxRewardItems, ...fundItems];
