/*
 * Demo data: a FICTIONAL county for trying OneWindow out.
 *
 * 岚江省 › 澄州市 › 栖云县 do not exist. Their division codes use province code 39, which GB/T 2260
 * does not assign, and follow the usual layout (2 province + 2 city + 2 county + 3 township + 3 village;
 * 街道 001–099, 镇 100–199, 乡 200–399; 社区居委会 001–199, 村委会 200–399).
 * Telephone numbers (area code 0649), addresses and people are made up as well.
 *
 * Plain data only: server/db/seed/demo.ts inserts it. The stationed departments belong to the county;
 * each township's own government is a department of the township, so items can be delegated to it.
 */

export interface DemoRegion {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
}

export interface DemoDepartment {
  key: string;
  name: string;
  shortName: string;
  /** 进驻方式: 整体进驻 / 审批科室进驻 / 首席代表进驻 / 综合窗口代收 */
  stationingMode: 'whole_unit' | 'approval_office' | 'key_staff' | 'general_window';
  phone: string;
}

export interface DemoTownshipDepartment extends DemoDepartment {
  regionCode: string;
}

export interface DemoZone {
  key: string;
  name: string;
  floor: number;
}

export interface DemoWindow {
  number: string;
  name: string;
  kind: 'general' | 'specialized';
  zoneKey: string;
  /** The department a specialized window serves; null for a general (综合) window. */
  departmentKey: string | null;
}

export interface DemoCenter {
  regionCode: string;
  name: string;
  kind: 'government_service_center' | 'convenience_center' | 'agency_point';
  address: string;
  phone: string;
  openingHours: string;
  hall?: { name: string; floorCount: number; zones: DemoZone[]; windows: DemoWindow[] };
}

export interface DemoStaff {
  username: string;
  displayName: string;
  roles: string[];
  regionCode: string;
  centerRegionCode: string | null;
  departmentKey: string | null;
}

/** The one password of every demo account; documented in the README. */
export const DEMO_PASSWORD = 'Onewindow@2026';

// ---------------------------------------------------------------------------------------------
// 行政区划
// ---------------------------------------------------------------------------------------------

const PROVINCE = '390000000000'; // 岚江省
const CITY = '390500000000'; // 澄州市
const COUNTY = '390522000000'; // 栖云县

const FENGQI = '390522001000'; // 凤栖街道 (county seat)
const YUNXI = '390522100000'; // 云溪镇
const TAOPING = '390522200000'; // 桃坪乡

export const DEMO_COUNTY_CODE: string = COUNTY;

export const DEMO_REGIONS: DemoRegion[] = [
  { code: PROVINCE, name: '岚江省', level: 'province', parentCode: null },
  { code: CITY, name: '澄州市', level: 'city', parentCode: PROVINCE },
  { code: COUNTY, name: '栖云县', level: 'county', parentCode: CITY },

  { code: FENGQI, name: '凤栖街道', level: 'township', parentCode: COUNTY },
  { code: '390522001001', name: '文昌社区', level: 'village', parentCode: FENGQI },
  { code: '390522001002', name: '凤鸣社区', level: 'village', parentCode: FENGQI },

  { code: YUNXI, name: '云溪镇', level: 'township', parentCode: COUNTY },
  { code: '390522100201', name: '石桥村', level: 'village', parentCode: YUNXI },
  { code: '390522100202', name: '柳湾村', level: 'village', parentCode: YUNXI },

  { code: TAOPING, name: '桃坪乡', level: 'township', parentCode: COUNTY },
  { code: '390522200201', name: '上坪村', level: 'village', parentCode: TAOPING },
  { code: '390522200202', name: '茶园村', level: 'village', parentCode: TAOPING },
];

// ---------------------------------------------------------------------------------------------
// 进驻部门 (37) — ordered as the center lists them: government departments, vertically managed
// bodies, public institutions, then public utilities and other organisations.
// ---------------------------------------------------------------------------------------------

// One department per line, read as a table.
// prettier-ignore
export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  // 县政府工作部门
  { key: 'approval', name: '栖云县行政审批局', shortName: '行政审批', stationingMode: 'whole_unit', phone: '0649-66120001' },
  { key: 'development', name: '栖云县发展和改革局', shortName: '发改', stationingMode: 'approval_office', phone: '0649-66120102' },
  { key: 'education', name: '栖云县教育局', shortName: '教育', stationingMode: 'key_staff', phone: '0649-66120103' },
  { key: 'police', name: '栖云县公安局', shortName: '公安', stationingMode: 'approval_office', phone: '0649-66120110' },
  { key: 'civil_affairs', name: '栖云县民政局', shortName: '民政', stationingMode: 'key_staff', phone: '0649-66120105' },
  { key: 'justice', name: '栖云县司法局', shortName: '司法', stationingMode: 'key_staff', phone: '0649-66120106' },
  { key: 'finance', name: '栖云县财政局', shortName: '财政', stationingMode: 'general_window', phone: '0649-66120107' },
  { key: 'human_resources', name: '栖云县人力资源和社会保障局', shortName: '人社', stationingMode: 'approval_office', phone: '0649-66120108' },
  { key: 'natural_resources', name: '栖云县自然资源和规划局', shortName: '自然资源', stationingMode: 'approval_office', phone: '0649-66120109' },
  { key: 'housing', name: '栖云县住房和城乡建设局', shortName: '住建', stationingMode: 'approval_office', phone: '0649-66120111' },
  { key: 'transport', name: '栖云县交通运输局', shortName: '交通', stationingMode: 'key_staff', phone: '0649-66120112' },
  { key: 'water', name: '栖云县水利局', shortName: '水利', stationingMode: 'general_window', phone: '0649-66120113' },
  { key: 'agriculture', name: '栖云县农业农村局', shortName: '农业农村', stationingMode: 'key_staff', phone: '0649-66120114' },
  { key: 'commerce', name: '栖云县商务局', shortName: '商务', stationingMode: 'general_window', phone: '0649-66120115' },
  { key: 'culture', name: '栖云县文化广电旅游体育局', shortName: '文广旅体', stationingMode: 'general_window', phone: '0649-66120116' },
  { key: 'health', name: '栖云县卫生健康局', shortName: '卫健', stationingMode: 'key_staff', phone: '0649-66120117' },
  { key: 'veterans', name: '栖云县退役军人事务局', shortName: '退役军人', stationingMode: 'key_staff', phone: '0649-66120118' },
  { key: 'emergency', name: '栖云县应急管理局', shortName: '应急', stationingMode: 'general_window', phone: '0649-66120119' },
  { key: 'market', name: '栖云县市场监督管理局', shortName: '市场监管', stationingMode: 'approval_office', phone: '0649-66120120' },
  { key: 'medical_security', name: '栖云县医疗保障局', shortName: '医保', stationingMode: 'approval_office', phone: '0649-66120121' },
  { key: 'forestry', name: '栖云县林业局', shortName: '林业', stationingMode: 'general_window', phone: '0649-66120122' },
  { key: 'urban_management', name: '栖云县城市管理局（栖云县综合行政执法局）', shortName: '城管', stationingMode: 'general_window', phone: '0649-66120123' },
  { key: 'civil_defense', name: '栖云县人民防空办公室', shortName: '人防', stationingMode: 'general_window', phone: '0649-66120124' },

  // 垂直管理及派驻机构
  { key: 'tax', name: '国家税务总局栖云县税务局', shortName: '税务', stationingMode: 'whole_unit', phone: '0649-66120201' },
  { key: 'ecology', name: '澄州市生态环境局栖云分局', shortName: '生态环境', stationingMode: 'key_staff', phone: '0649-66120202' },
  { key: 'meteorology', name: '栖云县气象局', shortName: '气象', stationingMode: 'general_window', phone: '0649-66120203' },
  { key: 'tobacco', name: '栖云县烟草专卖局', shortName: '烟草', stationingMode: 'key_staff', phone: '0649-66120204' },
  { key: 'fire', name: '栖云县消防救援大队', shortName: '消防', stationingMode: 'key_staff', phone: '0649-66120205' },
  { key: 'housing_fund', name: '澄州市住房公积金管理中心栖云县管理部', shortName: '公积金', stationingMode: 'whole_unit', phone: '0649-66120206' },

  // 事业单位及其他
  { key: 'real_estate', name: '栖云县不动产登记中心', shortName: '不动产', stationingMode: 'whole_unit', phone: '0649-66120301' },
  { key: 'notary', name: '岚江省栖云县公证处', shortName: '公证', stationingMode: 'key_staff', phone: '0649-66120302' },
  { key: 'archives', name: '栖云县档案馆', shortName: '档案', stationingMode: 'general_window', phone: '0649-66120303' },
  { key: 'disabled', name: '栖云县残疾人联合会', shortName: '残联', stationingMode: 'general_window', phone: '0649-66120304' },

  // 公共服务企业
  { key: 'power', name: '国网栖云县供电公司', shortName: '供电', stationingMode: 'key_staff', phone: '0649-66120401' },
  { key: 'water_supply', name: '栖云县自来水有限公司', shortName: '供水', stationingMode: 'key_staff', phone: '0649-66120402' },
  { key: 'gas', name: '栖云县燃气有限公司', shortName: '燃气', stationingMode: 'key_staff', phone: '0649-66120403' },
  { key: 'post', name: '中国邮政集团有限公司栖云县分公司', shortName: '邮政', stationingMode: 'key_staff', phone: '0649-66120404' },
];

// ---------------------------------------------------------------------------------------------
// 镇（乡、街道）的部门 — one per township: its government (街道: its office), received at the
// township center's general windows.
// ---------------------------------------------------------------------------------------------

// prettier-ignore
export const DEMO_TOWNSHIP_DEPARTMENTS: DemoTownshipDepartment[] = [
  { key: 'fengqi_office', regionCode: FENGQI, name: '凤栖街道办事处', shortName: '凤栖街道', stationingMode: 'general_window', phone: '0649-66231000' },
  { key: 'yunxi_government', regionCode: YUNXI, name: '云溪镇人民政府', shortName: '云溪镇', stationingMode: 'general_window', phone: '0649-66352000' },
  { key: 'taoping_government', regionCode: TAOPING, name: '桃坪乡人民政府', shortName: '桃坪乡', stationingMode: 'general_window', phone: '0649-66478000' },
];

// ---------------------------------------------------------------------------------------------
// 三级服务网络: 县政务服务中心 — 镇（乡、街道）便民服务中心 — 村（社区）便民服务站
// ---------------------------------------------------------------------------------------------

const COUNTY_HOURS = '周一至周五 8:30-12:00、14:00-17:30（法定节假日除外）；周六上午延时服务 9:00-12:00';
const TOWNSHIP_HOURS = '周一至周五 8:30-12:00、14:00-17:30（法定节假日除外）；午间及节假日可电话预约';
const VILLAGE_HOURS = '周一至周五 9:00-11:30、14:30-17:00（法定节假日除外）；农忙时节可预约上门代办';

/** 县政务服务中心: 4 floors, 7 zones, windows 1–40. */
const COUNTY_CENTER: DemoCenter = {
  regionCode: COUNTY,
  name: '栖云县政务服务中心',
  kind: 'government_service_center',
  address: '岚江省澄州市栖云县凤栖街道文昌路188号',
  phone: '0649-66123345',
  openingHours: COUNTY_HOURS,
  hall: {
    name: '栖云县政务服务中心办事大厅',
    floorCount: 4,
    zones: [
      { key: 'social', name: '社会事务区', floor: 1 },
      { key: 'police', name: '公安综合区', floor: 1 },
      { key: 'real_estate', name: '不动产登记区', floor: 2 },
      { key: 'tax', name: '办税区', floor: 2 },
      { key: 'business', name: '商事登记区', floor: 3 },
      { key: 'enterprise', name: '企业服务区', floor: 3 },
      { key: 'construction', name: '建设项目审批区', floor: 4 },
    ],
    // prettier-ignore
    windows: [
      // 1F 社会事务区
      { number: '1', name: '综合受理', kind: 'general', zoneKey: 'social', departmentKey: null },
      { number: '2', name: '综合受理', kind: 'general', zoneKey: 'social', departmentKey: null },
      { number: '3', name: '社保医保综合', kind: 'specialized', zoneKey: 'social', departmentKey: 'human_resources' },
      { number: '4', name: '就业创业与社会保险', kind: 'specialized', zoneKey: 'social', departmentKey: 'human_resources' },
      { number: '5', name: '医疗保障业务', kind: 'specialized', zoneKey: 'social', departmentKey: 'medical_security' },
      { number: '6', name: '社会救助与养老服务', kind: 'specialized', zoneKey: 'social', departmentKey: 'civil_affairs' },
      { number: '7', name: '退役军人服务', kind: 'specialized', zoneKey: 'social', departmentKey: 'veterans' },
      { number: '8', name: '住房公积金业务', kind: 'specialized', zoneKey: 'social', departmentKey: 'housing_fund' },
      // 1F 公安综合区
      { number: '9', name: '户籍业务', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      { number: '10', name: '户籍业务', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      { number: '11', name: '居民身份证受理', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      { number: '12', name: '出入境业务', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      { number: '13', name: '出入境业务', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      { number: '14', name: '车驾管业务', kind: 'specialized', zoneKey: 'police', departmentKey: 'police' },
      // 2F 不动产登记区
      { number: '15', name: '不动产登记综合受理', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'real_estate' },
      { number: '16', name: '不动产登记综合受理', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'real_estate' },
      { number: '17', name: '不动产登记综合受理', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'real_estate' },
      { number: '18', name: '不动产交易税费', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'tax' },
      { number: '19', name: '不动产交易税费', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'tax' },
      { number: '20', name: '房屋交易合同备案', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'housing' },
      { number: '21', name: '不动产缴费发证', kind: 'specialized', zoneKey: 'real_estate', departmentKey: 'real_estate' },
      { number: '22', name: '水电气网联动过户', kind: 'general', zoneKey: 'real_estate', departmentKey: null },
      // 2F 办税区
      { number: '23', name: '综合办税', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      { number: '24', name: '综合办税', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      { number: '25', name: '综合办税', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      { number: '26', name: '发票领用与代开', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      { number: '27', name: '社保费缴纳', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      { number: '28', name: '新办纳税人套餐', kind: 'specialized', zoneKey: 'tax', departmentKey: 'tax' },
      // 3F 商事登记区
      { number: '29', name: '企业开办综合窗口', kind: 'general', zoneKey: 'business', departmentKey: null },
      { number: '30', name: '企业开办综合窗口', kind: 'general', zoneKey: 'business', departmentKey: null },
      { number: '31', name: '经营主体登记', kind: 'specialized', zoneKey: 'business', departmentKey: 'market' },
      { number: '32', name: '食品经营许可', kind: 'specialized', zoneKey: 'business', departmentKey: 'market' },
      { number: '33', name: '涉企经营许可综合受理', kind: 'general', zoneKey: 'business', departmentKey: null },
      // 3F 企业服务区
      { number: '34', name: '帮办代办', kind: 'specialized', zoneKey: 'enterprise', departmentKey: 'approval' },
      { number: '35', name: '办不成事反映', kind: 'specialized', zoneKey: 'enterprise', departmentKey: 'approval' },
      { number: '36', name: '惠企政策兑现', kind: 'general', zoneKey: 'enterprise', departmentKey: null },
      // 4F 建设项目审批区
      { number: '37', name: '工程建设项目综合受理', kind: 'general', zoneKey: 'construction', departmentKey: null },
      { number: '38', name: '投资项目审批', kind: 'specialized', zoneKey: 'construction', departmentKey: 'development' },
      { number: '39', name: '规划与用地审批', kind: 'specialized', zoneKey: 'construction', departmentKey: 'natural_resources' },
      { number: '40', name: '施工许可与竣工验收', kind: 'specialized', zoneKey: 'construction', departmentKey: 'housing' },
    ],
  },
};

/** 镇（乡、街道）便民服务中心: one floor, one zone, general windows only. */
const TOWNSHIP_CENTERS: DemoCenter[] = [
  {
    regionCode: FENGQI,
    name: '凤栖街道便民服务中心',
    kind: 'convenience_center',
    address: '栖云县凤栖街道凤鸣路36号',
    phone: '0649-66231001',
    openingHours: TOWNSHIP_HOURS,
    hall: {
      name: '凤栖街道便民服务中心服务大厅',
      floorCount: 1,
      zones: [{ key: 'service', name: '综合服务区', floor: 1 }],
      // prettier-ignore
      windows: [
        { number: '1', name: '综合受理（社保医保）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '2', name: '综合受理（民政残联）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '3', name: '综合受理（退役军人、卫健）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '4', name: '帮办代办', kind: 'general', zoneKey: 'service', departmentKey: null },
      ],
    },
  },
  {
    regionCode: YUNXI,
    name: '云溪镇便民服务中心',
    kind: 'convenience_center',
    address: '栖云县云溪镇云溪大道56号',
    phone: '0649-66352001',
    openingHours: TOWNSHIP_HOURS,
    hall: {
      name: '云溪镇便民服务中心服务大厅',
      floorCount: 1,
      zones: [{ key: 'service', name: '综合服务区', floor: 1 }],
      // prettier-ignore
      windows: [
        { number: '1', name: '综合受理（社保医保）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '2', name: '综合受理（农业农村、林业）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '3', name: '综合受理（民政残联、退役军人）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '4', name: '帮办代办', kind: 'general', zoneKey: 'service', departmentKey: null },
      ],
    },
  },
  {
    regionCode: TAOPING,
    name: '桃坪乡便民服务中心',
    kind: 'convenience_center',
    address: '栖云县桃坪乡桃源街12号',
    phone: '0649-66478001',
    openingHours: TOWNSHIP_HOURS,
    hall: {
      name: '桃坪乡便民服务中心服务大厅',
      floorCount: 1,
      zones: [{ key: 'service', name: '综合服务区', floor: 1 }],
      // prettier-ignore
      windows: [
        { number: '1', name: '综合受理（社保医保、民政）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '2', name: '综合受理（农业农村、林业、水利）', kind: 'general', zoneKey: 'service', departmentKey: null },
        { number: '3', name: '帮办代办', kind: 'general', zoneKey: 'service', departmentKey: null },
      ],
    },
  },
];

/** 村（社区）便民服务站: an agency point in the village or community office, no hall. */
const VILLAGE_CENTERS: DemoCenter[] = [
  {
    regionCode: '390522001001',
    name: '文昌社区便民服务站',
    kind: 'agency_point',
    address: '栖云县凤栖街道文昌路66号文昌社区党群服务中心一楼',
    phone: '0649-66231101',
    openingHours: VILLAGE_HOURS,
  },
  {
    regionCode: '390522001002',
    name: '凤鸣社区便民服务站',
    kind: 'agency_point',
    address: '栖云县凤栖街道凤鸣路118号凤鸣社区党群服务中心一楼',
    phone: '0649-66231102',
    openingHours: VILLAGE_HOURS,
  },
  {
    regionCode: '390522100201',
    name: '石桥村便民服务站',
    kind: 'agency_point',
    address: '栖云县云溪镇石桥村村民委员会一楼',
    phone: '0649-66352201',
    openingHours: VILLAGE_HOURS,
  },
  {
    regionCode: '390522100202',
    name: '柳湾村便民服务站',
    kind: 'agency_point',
    address: '栖云县云溪镇柳湾村村民委员会一楼',
    phone: '0649-66352202',
    openingHours: VILLAGE_HOURS,
  },
  {
    regionCode: '390522200201',
    name: '上坪村便民服务站',
    kind: 'agency_point',
    address: '栖云县桃坪乡上坪村村民委员会一楼',
    phone: '0649-66478201',
    openingHours: VILLAGE_HOURS,
  },
  {
    regionCode: '390522200202',
    name: '茶园村便民服务站',
    kind: 'agency_point',
    address: '栖云县桃坪乡茶园村村民委员会一楼',
    phone: '0649-66478202',
    openingHours: VILLAGE_HOURS,
  },
];

export const DEMO_CENTERS: DemoCenter[] = [COUNTY_CENTER, ...TOWNSHIP_CENTERS, ...VILLAGE_CENTERS];

// ---------------------------------------------------------------------------------------------
// 工作人员账号 — at least one per role; all share DEMO_PASSWORD.
// ---------------------------------------------------------------------------------------------

// One account per line, read as a table.
// prettier-ignore
export const DEMO_STAFF: DemoStaff[] = [
  // 窗口人员
  { username: 'clerk', displayName: '王晓敏', roles: ['clerk'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
  { username: 'clerk2', displayName: '李婷', roles: ['clerk'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'real_estate' },
  { username: 'clerk3', displayName: '陈思远', roles: ['clerk'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'tax' },
  { username: 'clerk4', displayName: '许嘉怡', roles: ['clerk'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'police' },
  { username: 'township_clerk', displayName: '赵丽娟', roles: ['clerk'], regionCode: YUNXI, centerRegionCode: YUNXI, departmentKey: null },

  // 首席代表
  { username: 'chief', displayName: '刘建国', roles: ['chief_representative'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'market' },
  { username: 'chief2', displayName: '周海燕', roles: ['chief_representative'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'human_resources' },

  // 导服人员 / 代办员
  { username: 'guide', displayName: '孙悦', roles: ['guide'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
  { username: 'agent', displayName: '吴俊杰', roles: ['agent'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },

  // 审批人员
  { username: 'reviewer', displayName: '郑文博', roles: ['reviewer'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'market' },
  { username: 'reviewer2', displayName: '黄雅琴', roles: ['reviewer'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'housing' },
  { username: 'reviewer3', displayName: '冯志刚', roles: ['reviewer'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: 'real_estate' },

  // 中心管理员 / 电子监察人员
  { username: 'admin', displayName: '马志强', roles: ['center_admin'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
  { username: 'supervisor', displayName: '林秀英', roles: ['supervisor'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },

  // 三员: 系统管理员 / 安全管理员 / 安全审计员
  { username: 'sysadmin', displayName: '何建华', roles: ['system_admin'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
  { username: 'secadmin', displayName: '高振宇', roles: ['security_admin'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
  { username: 'auditor', displayName: '罗静', roles: ['audit_admin'], regionCode: COUNTY, centerRegionCode: COUNTY, departmentKey: null },
];
