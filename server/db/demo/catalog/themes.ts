/*
 * 主题服务: the life events (自然人) and business stages (法人) the portal groups items by.
 * Codes are lowercase snake_case and stable; items refer to them in `content.themes`.
 */

export interface DemoTheme {
  code: string;
  name: string;
  audience: 'natural_person' | 'legal_person';
  description: string;
}

// One theme per line, read as a table.
// prettier-ignore
const THEMES = [
  // 个人生命周期
  { code: 'newborn', name: '新生儿出生', audience: 'natural_person', description: '出生医学证明、出生登记（落户）、医保参保、社保卡申领等新生儿“出生一件事”' },
  { code: 'marriage_family', name: '婚姻家庭', audience: 'natural_person', description: '结婚、离婚、补领婚姻证件、收养登记、生育登记及相关公证' },
  { code: 'schooling', name: '入学教育', audience: 'natural_person', description: '义务教育入学、学生资助、教师资格认定及学历等公证' },
  { code: 'employment', name: '就业创业', audience: 'natural_person', description: '就业失业登记、失业保险金申领、创业补贴与创业担保贷款、技能补贴' },
  { code: 'retirement', name: '退休养老', audience: 'natural_person', description: '退休申请、养老保险待遇领取、高龄津贴、养老机构等养老服务' },
  { code: 'funeral', name: '身后事', audience: 'natural_person', description: '死亡注销户口、丧葬补助金和抚恤金、惠民殡葬补贴、继承公证与继承登记' },
  { code: 'housing', name: '住房与不动产', audience: 'natural_person', description: '房屋买卖过户、抵押、首次登记、公积金提取与贷款、水电气过户' },
  { code: 'medical_care', name: '医疗保障', audience: 'natural_person', description: '医保参保缴费、医疗费用报销、异地就医备案、门诊慢特病与医疗救助' },
  { code: 'social_assistance', name: '社会救助', audience: 'natural_person', description: '最低生活保障、特困供养、临时救助、孤儿和困境儿童保障' },
  { code: 'household_registration', name: '户籍与身份证件', audience: 'natural_person', description: '户口迁移、户口登记变更、居民身份证申领换领补领、居住证' },
  { code: 'travel_abroad', name: '出入境', audience: 'natural_person', description: '普通护照、往来港澳台通行证及签注' },
  { code: 'driving_vehicles', name: '驾驶与车辆', audience: 'natural_person', description: '驾驶证换证补证、机动车登记与检验、拖拉机和联合收割机登记' },
  { code: 'disability', name: '残疾人服务', audience: 'natural_person', description: '残疾人证办理、残疾人两项补贴、辅助器具适配' },
  { code: 'veterans', name: '退役军人服务', audience: 'natural_person', description: '优待证申领、抚恤补助、光荣牌悬挂等退役军人和其他优抚对象服务' },
  { code: 'farming', name: '农业生产', audience: 'natural_person', description: '宅基地、农机、种养殖、林木采伐和惠农补贴' },
  { code: 'legal_services', name: '公证与法律服务', audience: 'natural_person', description: '公证、法律援助、人民调解等法律服务' },

  // 企业全生命周期
  { code: 'business_opening', name: '开办企业', audience: 'legal_person', description: '营业执照、公章刻制、税务信息确认与发票领用、社保和公积金登记“一件事”' },
  { code: 'construction_project', name: '工程建设项目审批', audience: 'legal_person', description: '立项用地规划许可、工程建设许可、施工许可、竣工验收四个阶段' },
  { code: 'operating_permits', name: '准营许可', audience: 'legal_person', description: '食品、药品、医疗、文化、交通运输等行业经营许可（“一业一证”）' },
  { code: 'business_change', name: '企业变更', audience: 'legal_person', description: '经营主体变更登记、备案及许可证件同步变更' },
  { code: 'business_closure', name: '企业注销', audience: 'legal_person', description: '清税、注销登记、简易注销、社保和公积金账户注销' },
  { code: 'taxation', name: '纳税服务', audience: 'legal_person', description: '税务信息确认、发票领用与代开、纳税申报、完税证明' },
  { code: 'hiring', name: '员工招聘与用工', audience: 'legal_person', description: '就业登记、社保和公积金缴存、劳务派遣、特殊工时、稳岗返还' },
] as const satisfies readonly DemoTheme[];

export type ThemeCode = (typeof THEMES)[number]['code'];

export const DEMO_THEMES: DemoTheme[] = THEMES.map((theme) => ({ ...theme }));
